package vm370.rscs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import vm370.rscs.command.Asker;
import vm370.rscs.command.CommandProcessor;
import vm370.rscs.command.Operations;
import vm370.rscs.command.RscsMessage;
import vm370.rscs.config.LinkDefinition;
import vm370.rscs.config.RscsConfig;
import vm370.rscs.link.Link;
import vm370.rscs.link.QueuedFile;
import vm370.rscs.link.LinkEvent;
import vm370.rscs.link.LinkState;
import vm370.rscs.link.Listener;
import vm370.rscs.nje.NodalMessage;
import vm370.rscs.route.Route;
import vm370.rscs.route.RoutingTable;
import vm370.rscs.spool.CpServices;
import vm370.rscs.spool.SpoolAccess;

/**
 * RSCS's main loop, on the virtual machine's thread: it takes what the links report, special
 * messages (commands and MSG), operator commands typed at the console, and files from the reader;
 * with nothing to do it waits enabled, off the real processor, a little longer each time.
 * @vm370 DMTREX
 */
final class Supervisor implements Operations {

    private static final long FIRST_IDLE_MICROS = 500;
    /** While work came lately, the wait stays short: a link's peer waits on what this loop does next. */
    private static final long BUSY_IDLE_MICROS = 2_000;
    private static final long LONGEST_IDLE_MICROS = 50_000;
    private static final long RECENT_NANOS = 2_000_000_000L;
    private static final long READER_RECHECK_NANOS = 20_000_000;
    private static final int FILES_PER_PASS = 4;
    /**
     * Files taken from links per pass, remembered on disk in one write and then acknowledged: half
     * a sender's window, so that it goes on sending while this pass makes the others durable.
     */
    private static final int RECEIVED_PER_PASS = 2;

    private final CpServices cp;
    private final SpoolAccess spool;
    private final RscsConfig config;
    private final String serviceMachine;
    private final ConcurrentLinkedQueue<LinkEvent> events = new ConcurrentLinkedQueue<>();
    private final Map<String, Link> links = new LinkedHashMap<>();
    private final RoutingTable routing;
    private final FileHandler files;
    private final CommandProcessor commands;
    private Listener listener;
    private boolean readerEmpty;
    private long nextReaderCheck;

    Supervisor(CpServices cp, RscsConfig config, String serviceMachine, DeliveredFiles delivered) {
        this.cp = cp;
        this.spool = new SpoolAccess(cp);
        this.config = config;
        this.serviceMachine = serviceMachine;
        for (LinkDefinition d : config.links()) {
            links.put(d.node(), new Link(d, config.localNode(), config.retryFirst(), config.retryMost(), events::add));
        }
        this.routing = new RoutingTable(config.localNode(), links, config.routes());
        this.files = new FileHandler(spool, routing, this::tell, serviceMachine, config.hopLimit(), delivered);
        this.commands = new CommandProcessor(this);
    }

    /** Runs until CP ends the machine (GuestEnded passes through). */
    void run() {
        spool.start();
        cp.acceptSpecialMessages();
        try {
            listener = new Listener(config.port(), config.localNode(), links, cp::console);
        } catch (IOException e) {
            cp.console(RscsMessage.LISTEN_FAILED.text(config.port(), e.getMessage()));
        }
        try {
            links.values().stream().filter(l -> l.definition().autoStart()).forEach(Link::start);
            cp.console(RscsMessage.READY.text(config.localNode(), links.size(), listener == null ? 0 : listener.port()));
            long idle = FIRST_IDLE_MICROS;
            long lastWork = System.nanoTime();
            while (true) {
                if (pass()) {
                    idle = FIRST_IDLE_MICROS;
                    lastWork = System.nanoTime();
                    continue;
                }
                Optional<String> typed = cp.idle(idle);
                boolean recent = System.nanoTime() - lastWork < RECENT_NANOS;
                idle = Math.min(idle * 2, recent ? BUSY_IDLE_MICROS : LONGEST_IDLE_MICROS);
                typed.ifPresent(line -> commands.execute(line, new Asker.Console()).forEach(cp::console));
            }
        } finally {
            links.values().forEach(Link::drain);
            if (listener != null) {
                try {
                    listener.close();
                } catch (IOException ignored) {
                    // The machine is going away; nothing waits on the listener.
                }
            }
        }
    }

    /** One round of work; false when there was none. */
    private boolean pass() {
        boolean busy = false;
        LinkEvent event;
        int received = 0;
        while (received < RECEIVED_PER_PASS && (event = events.poll()) != null) {
            handle(event);
            if (event instanceof LinkEvent.FileReceived) {
                received++;
            }
            busy = true;
        }
        files.acknowledgeReceived();
        Optional<CpServices.SpecialMessage> smsg;
        while ((smsg = cp.nextSpecialMessage()).isPresent()) {
            String sender = smsg.get().sender();
            commands.execute(smsg.get().text(), new Asker.LocalUser(sender)).forEach(line -> tell(config.localNode(), sender, line));
            busy = true;
        }
        files.purgeAcknowledged();
        busy |= files.releaseReady();
        if (readerEmpty && System.nanoTime() - nextReaderCheck < 0) {
            return busy;
        }
        for (int i = 0; i < FILES_PER_PASS && files.roomForMore(); i++) {
            if (!files.takeFromReader()) {
                readerEmpty = true;
                nextReaderCheck = System.nanoTime() + READER_RECHECK_NANOS;
                return busy;
            }
            readerEmpty = false;
            busy = true;
        }
        return busy;
    }

    private void handle(LinkEvent event) {
        switch (event) {
            case LinkEvent.FileReceived r -> files.received(r);
            case LinkEvent.FileSent s -> files.sent(s.link(), s.outbound());
            case LinkEvent.MessageReceived m -> received(m.message());
            case LinkEvent.StateChanged c -> {
                if (c.state() == LinkState.ACTIVE) {
                    cp.console(RscsMessage.LINK_ACTIVE.text(c.link().node()));
                    files.release(c.link());
                    readerEmpty = false;
                } else if (c.state() == LinkState.CONNECTING) {
                    cp.console(RscsMessage.LINK_RETRYING.text(c.link().node(), c.detail()));
                } else {
                    cp.console(RscsMessage.LINK_INACTIVE.text(c.link().node(), c.detail()));
                }
            }
        }
    }

    /** A nodal message: sent on when it is for another node, else shown, delivered or executed here. */
    private void received(NodalMessage m) {
        if (!m.toNode().equals(config.localNode())) {
            if (routing.resolve(m.toNode()) instanceof Route.ViaLink v) {
                v.link().send(m);
            }
            return;
        }
        switch (m.kind()) {
            case USER_MESSAGE -> {
                String line = "FROM " + m.fromNode() + "(" + m.fromUser() + "): " + m.text();
                if (!userMessage(m.toUser(), line) && !m.fromUser().isEmpty()) {
                    tell(m.fromNode(), m.fromUser(), RscsMessage.NOT_LOGGED_ON.text(m.toUser(), config.localNode()));
                }
            }
            case SYSTEM_MESSAGE -> {
                String line = "FROM " + m.fromNode() + ": " + m.text();
                if (m.toUser().isEmpty() || !userMessage(m.toUser(), line)) {
                    cp.console(line);
                }
            }
            case COMMAND -> commands.execute(m.text(), new Asker.RemoteUser(m.fromNode(), m.toUser()))
                    .forEach(line -> tell(m.fromNode(), m.toUser(), line));
        }
    }

    private boolean userMessage(String userid, String line) {
        return cp.cp("MSG " + userid + " " + line).returnCode() == 0;
    }

    /** Tells a user (here: CP MSG; elsewhere: a nodal system message) or, with no user, the console. */
    void tell(String node, String user, String text) {
        if (node.equals(config.localNode())) {
            if (user.isEmpty() || !userMessage(user, text)) {
                cp.console(text);
            }
            return;
        }
        if (routing.resolve(node) instanceof Route.ViaLink v) {
            v.link().send(FileHandler.systemMessage(node, user, config.localNode(), text));
        }
    }

    @Override
    public RoutingTable routing() {
        return routing;
    }

    @Override
    public boolean authorized(String userid) {
        return config.authorized().contains(userid);
    }

    @Override
    public List<String> message(String toNode, String toUser, String fromUser, String text) {
        return switch (routing.resolve(toNode)) {
            case Route.Local l -> userMessage(toUser, "FROM " + config.localNode() + "(" + fromUser + "): " + text)
                    ? List.of() : List.of(RscsMessage.NOT_LOGGED_ON.text(toUser, toNode));
            case Route.ViaLink v -> v.link().send(new NodalMessage(NodalMessage.Kind.USER_MESSAGE, toNode, toUser,
                    config.localNode(), fromUser, text)) ? List.of()
                    : List.of(RscsMessage.MESSAGE_NOT_SENT.text(toNode, toUser, "TOO MANY MESSAGES WAITING"));
            case Route.Unknown u -> List.of(RscsMessage.NO_SUCH_NODE.text(toNode));
        };
    }

    @Override
    public List<String> remoteCommand(String node, String replyTo, String text) {
        if (!(routing.resolve(node) instanceof Route.ViaLink v)) {
            return List.of(RscsMessage.NO_SUCH_NODE.text(node));
        }
        v.link().send(new NodalMessage(NodalMessage.Kind.COMMAND, node, replyTo, config.localNode(), "", text));
        return List.of();
    }

    @Override
    public List<String> flush(Link link) {
        return files.flush(link);
    }

    @Override
    public List<String> changeClass(int spoolId, char spoolClass) {
        CpServices.Response r = cp.cp(String.format("CHANGE RDR %04d CLASS %c", spoolId, spoolClass));
        return r.returnCode() == 0 ? List.of(RscsMessage.CHANGED.text(spoolId))
                : List.of(RscsMessage.NO_SUCH_FILE.text(String.format("%04d", spoolId)));
    }

    @Override
    public List<String> cpQuery(String operands) {
        String what = operands.strip().toUpperCase(java.util.Locale.ROOT);
        if (!what.matches("(TIME|USERS|NAMES|LOGMSG|CPLEVEL)( .*)?")) {
            return List.of(RscsMessage.NOT_AUTHORIZED.text("CPQ " + what));
        }
        return new ArrayList<>(cp.cp("QUERY " + what).lines());
    }

    @Override
    public List<QueuedFile> parked(Link link) {
        return files.parked(link);
    }

    @Override
    public void linkReady(Link link) {
        files.release(link);
    }
}
