package vm370.rscs.link;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import vm370.rscs.config.LinkDefinition;
import vm370.rscs.nje.ControlRecord;
import vm370.rscs.nje.NodalMessage;

/**
 * A link to an adjacent node: its queue of files (each still in RSCS's reader until the peer
 * acknowledges it), its nodal messages, and its connection. Started, it opens a TCPNJE connection
 * to the peer (retrying with a wait that doubles up to a limit) or takes the one the peer opens;
 * when the connection breaks, the file in flight goes back to the head of the queue and is sent
 * again on the next one, and the receiving side's memory of what it delivered keeps it from
 * arriving twice. Files, state and the session are guarded by {@code this}.
 */
public final class Link {

    private static final int CONNECT_TIMEOUT_MS = 10_000;
    private static final int MESSAGE_LIMIT = 256;

    private final LinkDefinition definition;
    private final String localNode;
    private final Consumer<LinkEvent> events;
    private final Duration retryFirst;
    private final Duration retryMost;
    private final Deque<Outbound> queue = new ArrayDeque<>();
    private final Queue<NodalMessage> messages = new ConcurrentLinkedQueue<>();
    /** Sent, or being sent, and not yet acknowledged: oldest first. */
    private final Deque<Outbound> inFlight = new ArrayDeque<>();
    private Session session;
    private LinkState state = LinkState.INACTIVE;
    private boolean started;
    private boolean held;
    private boolean opening;
    private Thread connector;
    private int filesSent;
    private int filesReceived;

    public Link(LinkDefinition definition, String localNode, Duration retryFirst, Duration retryMost,
                Consumer<LinkEvent> events) {
        this.definition = definition;
        this.localNode = localNode;
        this.retryFirst = retryFirst;
        this.retryMost = retryMost;
        this.events = events;
    }

    public String node() {
        return definition.node();
    }

    public LinkDefinition definition() {
        return definition;
    }

    public synchronized LinkState state() {
        return state;
    }

    public synchronized boolean started() {
        return started;
    }

    public synchronized boolean held() {
        return held;
    }

    /** Files waiting, the one in flight included. */
    public synchronized List<Outbound> queued() {
        List<Outbound> all = new ArrayList<>(inFlight);
        all.addAll(queue);
        return all;
    }

    public synchronized int queueLength() {
        return queue.size() + inFlight.size();
    }

    public synchronized int filesSent() {
        return filesSent;
    }

    public synchronized int filesReceived() {
        return filesReceived;
    }

    void post(LinkEvent event) {
        if (event instanceof LinkEvent.FileReceived) {
            synchronized (this) {
                filesReceived++;
            }
        }
        events.accept(event);
    }

    /** START: the link connects (or waits for its peer to) until DRAIN. */
    public synchronized void start() {
        if (started) {
            return;
        }
        started = true;
        state = LinkState.CONNECTING;
        if (connector == null) {
            connector = Thread.ofVirtual().name("rscs-link-" + node()).start(this::connectLoop);
        }
        notifyAll();
    }

    /** DRAIN: the connection ends now; the file in flight stays queued for the next START. */
    public void drain() {
        Session s;
        synchronized (this) {
            started = false;
            s = session;
            notifyAll();
        }
        if (s != null) {
            s.drop("LINK DRAINED");
        }
    }

    /** HOLD: no more files go out (messages still do) until FREE. */
    public synchronized void hold(boolean on) {
        held = on;
        notifyAll();
    }

    /** Queues a file; it goes out in turn. */
    public synchronized void enqueue(Outbound file) {
        queue.addLast(file);
        notifyAll();
    }

    /** Takes a queued file off the link (FLUSH, CHANGE); false when it is in flight or not here. */
    public synchronized boolean remove(int spoolId) {
        return queue.removeIf(o -> o.spoolId() == spoolId);
    }

    /** Queues a nodal message (not durable, as messages never were); false when too many wait. */
    public boolean send(NodalMessage message) {
        if (messages.size() >= MESSAGE_LIMIT) {
            return false;
        }
        messages.add(message);
        return true;
    }

    /** The peer has the file RSCS made durable: it may acknowledge the transmission. */
    public void acknowledge(Session from) {
        if (!from.closed()) {
            from.sendControl(vm370.rscs.nje.Rcb.TRANSMISSION_COMPLETE, vm370.rscs.nje.Rcb.SYSOUT_1.code());
        }
    }

    NodalMessage nextMessage() {
        return messages.poll();
    }

    /** The next file to send, waiting up to {@code millis}; it stays in flight until sent or unsent. */
    synchronized Outbound nextToSend(long millis) throws InterruptedException {
        if (queue.isEmpty() || held) {
            wait(millis);
        }
        if (queue.isEmpty() || held) {
            return null;
        }
        Outbound next = queue.pollFirst();
        inFlight.addLast(next);
        return next;
    }

    /** A file the peer would not take now: back to the head of the queue. */
    synchronized void unsent(Outbound file) {
        if (inFlight.remove(file)) {
            queue.addFirst(file);
        }
    }

    void sent(Outbound file) {
        synchronized (this) {
            inFlight.remove(file);
            filesSent++;
        }
        events.accept(new LinkEvent.FileSent(this, file));
    }

    /** The connector: opens to the peer while started and not connected, with a growing wait between tries. */
    private void connectLoop() {
        long wait = retryFirst.toMillis();
        String lastFailure = null;
        while (true) {
            synchronized (this) {
                while (started && session != null) {
                    waitQuietly(0);
                }
                if (!started) {
                    state = LinkState.INACTIVE;
                    connector = null;
                    return;
                }
            }
            String failure = openConnection();
            if (failure == null) {
                wait = retryFirst.toMillis();
                lastFailure = null;
                continue;
            }
            if (!failure.equals(lastFailure)) {
                lastFailure = failure;
                events.accept(new LinkEvent.StateChanged(this, LinkState.CONNECTING, failure));
            }
            synchronized (this) {
                if (started && session == null) {
                    state = LinkState.CONNECTING;
                    waitQuietly(wait);
                }
            }
            wait = Math.min(wait * 2, retryMost.toMillis());
        }
    }

    private void waitQuietly(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started = false;
        }
    }

    /** One try: connect, OPEN, ACK, then run the session to its end. Null when a session ran. */
    private String openConnection() {
        Socket socket = new Socket();
        synchronized (this) {
            opening = true;
        }
        try {
            socket.connect(new InetSocketAddress(definition.host(), definition.port()), CONNECT_TIMEOUT_MS);
            socket.setSoTimeout(CONNECT_TIMEOUT_MS);
            socket.getOutputStream().write(ControlRecord.open(localNode, 0, node(), 0).encode());
            byte[] answer = socket.getInputStream().readNBytes(ControlRecord.LENGTH);
            ControlRecord reply = ControlRecord.decode(answer).orElse(null);
            if (reply == null || reply.type() != ControlRecord.Type.ACK) {
                socket.close();
                return reply == null ? "NO ANSWER TO OPEN" : "OPEN REFUSED, REASON " + reply.reason();
            }
            synchronized (this) {
                opening = false;
            }
            return run(socket, true) == Outcome.SIGNED_ON ? null : "NO SESSION";
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // The connection never was.
            }
            return e.getMessage();
        } finally {
            synchronized (this) {
                opening = false;
            }
        }
    }

    /** An OPEN the listener took for this link: the answer it must give (null: ACK and run it). */
    synchronized ControlRecord.NakReason admits() {
        if (!started) {
            return ControlRecord.NakReason.NO_SUCH_LINK;
        }
        if (session != null) {
            return ControlRecord.NakReason.LINK_ACTIVE;
        }
        // Both sides opening at once: the node whose name sorts first keeps its own open.
        if (opening && localNode.compareTo(node()) < 0) {
            return ControlRecord.NakReason.OPEN_PENDING;
        }
        return null;
    }

    /** How a connection the link ran ended. */
    enum Outcome { IN_USE, SIGNON_FAILED, SIGNED_ON }

    /**
     * Runs a connection to its end on the calling thread: signon, then reading while a sender
     * thread sends. IN_USE when the link had a session already (the socket is closed).
     */
    Outcome run(Socket socket, boolean opener) throws IOException {
        synchronized (this) {
            if (session != null || !started) {
                socket.close();
                return Outcome.IN_USE;
            }
        }
        Session s = new Session(socket, localNode, node());
        synchronized (this) {
            if (session != null || !started) {
                s.close();
                return Outcome.IN_USE;
            }
            session = s;
        }
        String why;
        try {
            why = s.signOn(opener);
        } catch (IOException e) {
            why = e.getMessage();
        }
        boolean signedOn = why == null;
        if (signedOn) {
            synchronized (this) {
                state = LinkState.ACTIVE;
            }
            events.accept(new LinkEvent.StateChanged(this, LinkState.ACTIVE, ""));
            FileSender sender = new FileSender(this, s);
            Thread sending = Thread.ofVirtual().name("rscs-send-" + node()).start(sender::run);
            why = s.readLoop(new StreamReceiver(this, s, sender));
            try {
                sending.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            why = s.drop(why);
        }
        synchronized (this) {
            session = null;
            // Unacknowledged files go again, in their order; the peer's memory drops any it has.
            while (!inFlight.isEmpty()) {
                queue.addFirst(inFlight.pollLast());
            }
            state = started ? LinkState.CONNECTING : LinkState.INACTIVE;
            notifyAll();
        }
        // The connector reports its own failed tries (once per reason); a peer that came in is reported here.
        if (signedOn || !opener) {
            events.accept(new LinkEvent.StateChanged(this, LinkState.INACTIVE, why));
        }
        return signedOn ? Outcome.SIGNED_ON : Outcome.SIGNON_FAILED;
    }
}
