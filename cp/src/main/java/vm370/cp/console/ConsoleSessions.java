package vm370.cp.console;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import vm370.cp.ControlProgram;
import vm370.cp.command.CommandResponse;
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.command.SessionControl;
import vm370.cp.command.TimeFormat;
import vm370.cp.security.AccountingFile;
import vm370.cp.security.LogonLocks;
import vm370.cp.security.SecurityJournal;
import vm370.cp.vio.SpooledReader;
import vm370.cp.vio.SpooledWriter;
import vm370.cp.vm.ConsoleOutput;
import vm370.cp.vm.VirtualMachine;
import vm370.spool.command.SpoolSession;
import vm370.spool.device.UnitRecordDevices;
import vm370.terminals.Display3270Terminal;
import vm370.terminals.LineTerminal;
import vm370.terminals.TerminalHandler;

/**
 * CP at its terminals: serves each terminal the terminal server accepts (the logo, LOGON, the
 * user's console), the system operator's console, LOGOFF, FORCE and DISCONNECT, the operator's
 * messages about them, and the security journal ({@code journal.log}), the logon locks and the
 * accounting records ({@code accounting.log}) in the state folder.
 * @vm370 DMKLOG
 */
public final class ConsoleSessions implements SessionControl, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(ConsoleSessions.class.getName());
    private static final DateTimeFormatter LOGMSG_DATE = DateTimeFormatter.ofPattern("HH:mm:ss MM/dd/yy", Locale.ROOT);

    private final ControlProgram cp;
    private final CpCommandProcessor commands;
    private final TimeFormat time;
    private final InstantSource clock;
    private final SecurityJournal journal;
    private final AccountingFile accounting;
    private final LogonLocks locks;
    private final TerminalAddresses addresses = new TerminalAddresses();
    /** The terminal session each connected machine's console is on. */
    private final Map<VirtualMachine, TerminalSession> connected = new ConcurrentHashMap<>();
    /** When each machine logged on, for its accounting record. */
    private final Map<VirtualMachine, Instant> logonTimes = new ConcurrentHashMap<>();
    /** Every terminal served now, to hang up at close. */
    private final Map<TerminalSession, Boolean> terminals = new ConcurrentHashMap<>();
    /** The consoles of disconnected machines, each counting a console read nobody answers. */
    private final Map<VirtualMachine, DisconnectedConsole> disconnected = new ConcurrentHashMap<>();
    private final DialConnections dialing;
    private final ScheduledExecutorService timers;
    private volatile boolean enabled = true;
    private volatile Duration disconnectedReadLimit = Duration.ofMinutes(15);

    /** Sessions with wall time for the logon locks; the journal and accounting files go in {@code stateFolder}. */
    public ConsoleSessions(ControlProgram cp, CpCommandProcessor commands, Path stateFolder) throws IOException {
        this(cp, commands, stateFolder, InstantSource.system());
    }

    /** Sessions whose logon locks (and journal stamps) read {@code clock}: tests make a lock expire with it. */
    public ConsoleSessions(ControlProgram cp, CpCommandProcessor commands, Path stateFolder, InstantSource clock)
            throws IOException {
        this.cp = cp;
        this.dialing = new DialConnections(cp, this);
        this.commands = commands;
        this.clock = clock;
        this.time = new TimeFormat(cp.clock(), cp.config().timeZone());
        var lock = cp.config().logonLock();
        this.locks = new LogonLocks(Math.max(1, lock.attempts()), Duration.ofMinutes(lock.minutes()), clock);
        this.journal = SecurityJournal.open(stateFolder.resolve("journal.log"), clock);
        this.accounting = AccountingFile.open(stateFolder.resolve("accounting.log"));
        this.timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "console-timers");
            t.setDaemon(true);
            return t;
        });
        commands.useSessions(this);
        commands.useJournal(journal);
        cp.useAccounting(accounting);
        commands.useTerminalNames(this::terminalName);
        commands.useDialedCount(dialing::count);
        new ConsoleCommands(this).register(commands);
    }

    /** Serves a 3270 or line-mode terminal from the logo to logoff or disconnection. */
    public TerminalHandler handler() {
        return terminal -> {
            switch (terminal) {
                case Display3270Terminal display -> serveDisplay(display);
                case LineTerminal line -> serveLine(line);
            }
        };
    }

    private void serveDisplay(Display3270Terminal display) throws InterruptedException {
        String address = addresses.take(true);
        GraphicConsole console = new GraphicConsole(display, address, cp.config().systemName(), timers, commands);
        TerminalSession session = new TerminalSession(this, console);
        console.attach(session);
        terminals.put(session, Boolean.TRUE);
        try {
            if (!enabled) {
                display.close();
                return;
            }
            session.showLogo(true);
            console.serve();
        } finally {
            hungUp(session);
            addresses.give(true, address);
        }
    }

    private void serveLine(LineTerminal line) throws InterruptedException {
        String address = addresses.take(false);
        TypewriterConsole console = new TypewriterConsole(address, line);
        TerminalSession session = new TerminalSession(this, console);
        console.attach(session);
        terminals.put(session, Boolean.TRUE);
        try {
            if (!enabled) {
                line.close();
                return;
            }
            session.showLogo(false);
            console.serve();
        } finally {
            hungUp(session);
            addresses.give(false, address);
        }
    }

    /**
     * The system operator's console, in line mode: logs the configured operator on without a
     * password; CP's and the machine's lines go to {@code out}.
     */
    public OperatorConsole operatorConsole(ConsoleOutput out) {
        TypewriterConsole console = new TypewriterConsole("009", out::line, () -> { });
        TerminalSession session = new TerminalSession(this, console);
        console.attach(session);
        session.showLogo(false);
        session.logonTrusted(cp.config().operator());
        return new OperatorConsole(session);
    }

    /**
     * How long a disconnected machine's console read may wait before CP logs the machine off:
     * 15 minutes, as VM/370 (tests shorten it).
     */
    public void setDisconnectedReadLimit(Duration limit) {
        this.disconnectedReadLimit = limit;
    }

    // ---- for the sessions ----

    /** The console a machine gets when its terminal lets go of it and it stays logged on. */
    ConsoleOutput disconnectedConsole(VirtualMachine machine) {
        DisconnectedConsole console = new DisconnectedConsole(machine, timers, disconnectedReadLimit, () -> {
            if (cp.machine(machine.userid()).orElse(null) == machine && connected.get(machine) == null) {
                logoff(machine, false, false);
            }
        });
        DisconnectedConsole before = disconnected.put(machine, console);
        if (before != null) {
            before.cancel();
        }
        return console.start();
    }

    private void stopCounting(VirtualMachine machine) {
        DisconnectedConsole console = disconnected.remove(machine);
        if (console != null) {
            console.cancel();
        }
    }

    ControlProgram cp() {
        return cp;
    }

    CpCommandProcessor commands() {
        return commands;
    }

    TimeFormat time() {
        return time;
    }

    SecurityJournal journal() {
        return journal;
    }

    LogonLocks locks() {
        return locks;
    }

    void setEnabled(boolean on) {
        enabled = on;
    }

    TerminalSession sessionOf(VirtualMachine machine) {
        return connected.get(machine);
    }

    void connect(TerminalSession session, VirtualMachine machine) {
        stopCounting(machine);
        connected.put(machine, session);
    }

    void disconnectFrom(TerminalSession session, VirtualMachine machine) {
        connected.remove(machine, session);
    }

    /** The log message lines shown at logon, headed {@code LOGMSG- hh:mm:ss mm/dd/yy}. */
    List<String> logonMessage() {
        List<String> lines = cp.logonMessage();
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> shown = new ArrayList<>();
        shown.add("LOGMSG- " + LOGMSG_DATE.format(time.now()));
        shown.addAll(lines);
        return shown;
    }

    /** {@code FILES: nnn RDR, ...} for a user logging on, or null when no spool files wait. */
    String filesLine(String userid) {
        UnitRecordDevices devices = cp.unitRecordDevices(userid).orElseGet(() -> new UnitRecordDevices(userid));
        return cp.spool().commands().logonFilesLine(new SpoolSession(userid, false, devices));
    }

    /** A terminal logged a new machine on. */
    void loggedOn(TerminalSession session, VirtualMachine machine, String by) {
        logonTimes.put(machine, clock.instant());
        journal.record(SecurityJournal.Event.LOGON, machine.userid(), where(session) + (by == null ? "" : " BY " + by));
        operatorMessage(String.format("%s %s LOGON  AS %-8s USERS = %03d", session.device().kind(),
                session.device().address(), machine.userid(), cp.machines().size()));
    }

    void reconnected(TerminalSession session, VirtualMachine machine) {
        journal.record(SecurityJournal.Event.RECONNECT, machine.userid(), where(session));
        operatorMessage(String.format("%s %s RECONNECT AS %-8s USERS = %03d", session.device().kind(),
                session.device().address(), machine.userid(), cp.machines().size()));
    }

    private static String where(TerminalSession session) {
        return "FROM " + session.device().kind() + " " + session.device().address();
    }

    /** The terminal went away (or SHUTDOWN hung it up): a logged-on user is disconnected. */
    private void hungUp(TerminalSession session) {
        terminals.remove(session);
        DialedLine line = session.dialedLine();
        if (line != null) {
            line.terminalGone();
        }
        VirtualMachine machine = session.machine();
        if (machine != null && connected.get(machine) == session) {
            session.detach(false);
            journal.record(SecurityJournal.Event.DISCONNECT, machine.userid(), "LINE DROPPED " + where(session));
            operatorMessage(String.format("%s %s DSCONNECT AS %-8s USERS = %03d FORCED", session.device().kind(),
                    session.device().address(), machine.userid(), cp.machines().size()));
        }
    }

    /**
     * MSG from a terminal where no one is logged on: from {@code LOGONxxx} (xxx its address).
     * Returns CP's refusal, or null when the message went.
     */
    String messageFromTerminal(String address, String target, String text) {
        if (target.isEmpty()) {
            return "DMKMSG020E USERID MISSING OR INVALID";
        }
        String userid = target.toUpperCase(Locale.ROOT);
        if (userid.equals("OP") || userid.equals("OPERATOR")) {
            userid = cp.config().operator();
        }
        VirtualMachine machine = cp.machine(userid).orElse(null);
        if (machine == null) {
            return "DMKMSG045E " + userid + " NOT LOGGED ON";
        }
        if (!machine.connected()) {
            return "DMKMSG057W " + userid + " NOT RECEIVING; DISCONNECTED";
        }
        if (!commands.receivesMessages(machine)) {
            return "DMKMSG057W " + userid + " NOT RECEIVING; MSG OFF";
        }
        machine.consoleLine(time.clockTime());
        machine.consoleLine(String.format("MSG FROM %-8s:  %s", "LOGON" + address, text));
        return null;
    }

    /** The DIAL connections of this system's terminals. */
    DialConnections dialing() {
        return dialing;
    }

    /** A line for the system operator, with its time: on the operator's console when one is connected. */
    public void operatorMessage(String text) {
        cp.machine(cp.config().operator()).ifPresent(op -> op.consoleLine(time.clockTime() + " " + text));
    }

    private String terminalName(VirtualMachine machine) {
        TerminalSession session = connected.get(machine);
        return session == null ? String.format("%03X", machine.consoleAddress()) : session.device().address();
    }

    // ---- SessionControl: LOGOFF, FORCE, DISCONNECT ----

    @Override
    public String logoff(VirtualMachine machine, boolean forced, boolean hold) {
        TerminalSession session = connected.get(machine);
        machine.consoleLine(TimeFormat.accounting(machine.connectTime(), machine.dispatchable().cpuNanos()));
        machine.consoleLine("LOGOFF AT " + time.stamp() + (forced ? " BY SYSTEM" : ""));
        account(machine);
        journal.record(forced ? SecurityJournal.Event.FORCE : SecurityJournal.Event.LOGOFF, machine.userid(),
                session == null ? "DISCONNECTED" : where(session));
        int remaining = Math.max(0, cp.machines().size() - 1);
        String operatorLine = String.format("%s LOGOFF AS %-8s USERS = %03d", session == null ? "USER DSC"
                : session.device().kind() + " " + session.device().address(), machine.userid(), remaining);
        if (session != null) {
            release(session, hold);
        }
        machine.connectConsole(ConsoleOutput.DISCONNECTED);
        stopCounting(machine);
        // The machine may be the caller (CP LOGOFF through DIAGNOSE X'08'): it ends on another thread.
        VirtualMachine ending = cp.beginLogoff(machine.userid());
        Thread.ofVirtual().name("logoff-" + machine.userid()).start(() -> {
            try {
                if (ending != null) {
                    cp.finishLogoff(ending);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                LOG.log(System.Logger.Level.WARNING, "LOGOFF of " + machine.userid() + " interrupted");
            }
        });
        if (!forced) {
            operatorMessage(operatorLine);
        }
        return operatorLine;
    }

    private void account(VirtualMachine machine) {
        Instant now = clock.instant();
        Instant logon = logonTimes.getOrDefault(machine, now);
        logonTimes.remove(machine);
        var storage = machine.storage();
        accounting.write(new AccountingFile.Record(machine.userid(), logon, now, machine.connectTime(),
                machine.dispatchable().cpuNanos(), machine.channel().startIoCount(), storage.pageIns(),
                storage.pageOuts(), machine.call(() -> spoolRecords(machine))));
    }

    /** Records the machine's spooled readers, punches and printers moved. On the machine's thread. */
    private static long spoolRecords(VirtualMachine machine) {
        long records = 0;
        for (var device : machine.devices().values()) {
            if (device instanceof SpooledReader reader) {
                records += reader.records();
            } else if (device instanceof SpooledWriter writer) {
                records += writer.records();
            }
        }
        return records;
    }

    @Override
    public void disconnect(VirtualMachine machine, boolean hold) {
        TerminalSession session = connected.get(machine);
        machine.consoleLine("DISCONNECT AT " + time.stamp());
        journal.record(SecurityJournal.Event.DISCONNECT, machine.userid(), session == null ? "" : where(session));
        if (session == null) {
            machine.connectConsole(disconnectedConsole(machine));
            return;
        }
        String kind = session.device().kind();
        String address = session.device().address();
        release(session, hold);
        operatorMessage(String.format("%s %s DISCONNECT %-8s USERS = %03d", kind, address, machine.userid(),
                cp.machines().size()));
    }

    /**
     * The terminal lets go of its machine: a 3270 shows the logo again; a switched line (telnet
     * line mode) is dropped, or with HOLD gets the greeting again.
     */
    private static void release(TerminalSession session, boolean hold) {
        session.detach(session.device() instanceof GraphicConsole);
        if (!hold && session.device().switched()) {
            session.device().hangUp();
        }
    }

    /** The response to a command the console adds, for its handlers. */
    static CommandResponse ok(List<String> lines) {
        return new CommandResponse(lines, 0);
    }

    /** Stops the timers and hangs up every terminal (SHUTDOWN); the files are closed. */
    @Override
    public void close() throws IOException {
        for (TerminalSession session : terminals.keySet()) {
            session.device().hangUp();
        }
        timers.shutdownNow();
        journal.close();
        accounting.close();
    }
}
