package vm370.system.boot;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import vm370.cp.ControlProgram;
import vm370.cp.command.TimeFormat;
import vm370.cp.config.ConfigException;
import vm370.cp.config.SystemConfig;
import vm370.cp.console.ConsoleSessions;
import vm370.cp.console.OperatorConsole;
import vm370.cp.vm.ConsoleOutput;
import vm370.directory.DirectoryException;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;

/**
 * A system as its operator runs it: CP IPLed ({@link RunningSystem}), then the real unit-record
 * devices started, the terminals listening, the operator logged on at the system console and the
 * configuration's AUTOLOG users logged on, disconnected; at the first IPL the CMS minidisks are
 * prepared first ({@link FirstIplDisks}). SHUTDOWN (the operator's command, or
 * {@link #shutdown}) stops all of it in order and leaves spool and directory consistent for a
 * warm start. What CP says at IPL and shutdown goes to the operator's terminal, as VM/370 says it.
 * @vm370 DMKCPI
 */
public final class OnlineSystem implements AutoCloseable {

    /** The exit code of a process whose IPL failed (a bad configuration, the port taken). */
    public static final int IPL_FAILED = 8;
    /** The exit code of a process whose SHUTDOWN failed to close the spool or the directory. */
    public static final int SHUTDOWN_FAILED = 12;

    /**
     * What to start: CP's options, the terminal port when it overrides the configuration's (0 for
     * any free one), how many terminals one address may connect, and the operator's terminal.
     */
    public record Options(RunningSystem.Options system, OptionalInt port, int connectionsPerAddress,
                          ConsoleOutput operatorTerminal) {

        /** The configuration's port, 64 terminals per address. */
        public static Options of(RunningSystem.Options system, ConsoleOutput operatorTerminal) {
            return new Options(system, OptionalInt.empty(), 64, operatorTerminal);
        }

        public Options withPort(OptionalInt newPort) {
            return new Options(system, newPort, connectionsPerAddress, operatorTerminal);
        }

        public Options withConnectionsPerAddress(int connections) {
            return new Options(system, port, connections, operatorTerminal);
        }

        public Options withOperatorTerminal(ConsoleOutput terminal) {
            return new Options(system, port, connectionsPerAddress, terminal);
        }
    }

    private final RunningSystem system;
    private final ConsoleSessions sessions;
    private final TerminalServer terminals;
    private final RealUnitRecords unitRecord;
    private final OperatorConsole operator;
    private final ConsoleOutput out;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private OnlineSystem(RunningSystem system, ConsoleSessions sessions, TerminalServer terminals,
                         RealUnitRecords unitRecord, OperatorConsole operator, ConsoleOutput out) {
        this.system = system;
        this.sessions = sessions;
        this.terminals = terminals;
        this.unitRecord = unitRecord;
        this.operator = operator;
        this.out = out;
    }

    /**
     * IPLs the system and brings it online. Fails with the configuration's or directory's errors,
     * or an {@link IplException} (terminal port in use, operator not in the directory), with
     * everything started so far stopped again.
     */
    public static OnlineSystem ipl(Options options) throws Exception {
        ConsoleOutput out = options.operatorTerminal();
        RunningSystem system = RunningSystem.ipl(options.system());
        ControlProgram cp = system.cp();
        SystemConfig config = system.config();
        ConsoleSessions sessions = null;
        TerminalServer terminals = null;
        RealUnitRecords unitRecord = null;
        try {
            TimeFormat time = new TimeFormat(cp.clock(), config.timeZone());
            out.line("VM/370 Release 6 on " + config.systemName());
            out.line("NOW " + time.stamp());
            out.line(options.system().start() + " START");
            system.directory().recoveryMessages().forEach(out::line);
            if (system.directory().lookup(config.operator()).isEmpty()) {
                throw new IplException("DMKCPI955E OPERATOR " + config.operator() + " NOT IN CP DIRECTORY", null);
            }
            FirstIplDisks.prepare(system, options.system().config().toAbsolutePath().getParent(), out);
            sessions = new ConsoleSessions(cp, system.commands(), options.system().var());
            terminals = listen(config, options, sessions);
            out.line(String.format("DMKCPI957I TERMINALS ON PORT %d%s", terminals.port(),
                    terminals.tlsPort() > 0 ? ", TLS ON PORT " + terminals.tlsPort() : ""));
            out.line("DMKCPI966I INITIALIZATION COMPLETE");
            OperatorConsole operator = sessions.operatorConsole(out);
            ConsoleOutput messages = sessions::operatorMessage;
            unitRecord = RealUnitRecords.start(config, options.system().var(), system.spool(),
                    user -> system.directory().lookup(user).isPresent(), messages);
            OnlineSystem online = new OnlineSystem(system, sessions, terminals, unitRecord, operator, out);
            system.commands().useShutdown(online::shutdown);
            online.autolog(config.autolog(), messages);
            return online;
        } catch (Exception | Error e) {
            if (terminals != null) {
                terminals.close();
            }
            if (sessions != null) {
                sessions.close();
            }
            if (unitRecord != null) {
                unitRecord.close();
            }
            system.close();
            throw e;
        }
    }

    /**
     * IPLs, or prints on {@code err} why it could not, as CP says it (each configuration error
     * with its file and line), and returns null.
     */
    public static OnlineSystem iplReporting(Options options, PrintStream err) {
        try {
            return ipl(options);
        } catch (ConfigException e) {
            e.errors().forEach(err::println);
        } catch (IplException | DirectoryException e) {
            err.println(e.getMessage());
        } catch (Exception e) {
            err.println("DMKCPI950E IPL FAILED: " + e);
        }
        return null;
    }

    /** When the process is told to end (SIGTERM, Ctrl-C), the system is shut down in order first. */
    public static void shutdownWhenTheProcessEnds(OnlineSystem online) {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(online::shutdown));
    }

    private static TerminalServer listen(SystemConfig config, Options options, ConsoleSessions sessions)
            throws IplException {
        SystemConfig.TerminalPorts ports = config.terminals();
        int port = options.port().orElse(ports.port());
        TerminalServerConfig server = TerminalServerConfig.defaults().withPort(port)
                .withLimits(Math.max(4096, options.connectionsPerAddress()), options.connectionsPerAddress());
        if (ports.tlsPort().isPresent() && ports.keystore().isPresent()) {
            server = server.withTls(new TerminalServerConfig.Tls(ports.tlsPort().get(), ports.keystore().get(),
                    ports.keystorePassword().orElse("")));
        }
        try {
            return TerminalServer.start(server, sessions.handler());
        } catch (IOException e) {
            throw new IplException("DMKCPI956E TERMINAL PORT " + port + " NOT AVAILABLE: " + e.getMessage(), e);
        }
    }

    /** Logs each user on, disconnected; one that cannot be is reported and the rest go on. */
    private void autolog(List<String> userids, ConsoleOutput messages) {
        ControlProgram cp = system.cp();
        for (String userid : userids) {
            String message = switch (cp.logon(userid)) {
                case ControlProgram.Logon.Created created -> String.format("AUTO LOGON   ***   %-8s USERS = %03d",
                        created.machine().userid(), cp.machines().size());
                case ControlProgram.Logon.AlreadyLoggedOn already -> "DMKLOG054E ALREADY LOGGED ON " + userid;
                case ControlProgram.Logon.NotInDirectory missing -> "DMKLOG053E " + userid + " NOT IN CP DIRECTORY";
            };
            messages.line(message);
        }
    }

    public RunningSystem system() {
        return system;
    }

    /** The port terminals connect to (TN3270 and line-mode telnet). */
    public int port() {
        return terminals.port();
    }

    /** Where the operator's typed lines go. */
    public OperatorConsole operator() {
        return operator;
    }

    /** True once SHUTDOWN has begun. */
    public boolean stopping() {
        return stopping.get();
    }

    /** Waits until SHUTDOWN has completed (or failed). */
    public void awaitShutdown() throws InterruptedException {
        try {
            ended.get();
        } catch (ExecutionException e) {
            // The failure was reported on the operator's console when it happened.
        }
    }

    /** After SHUTDOWN: 0 when everything was closed, {@link #SHUTDOWN_FAILED} when something was not. */
    public int exitCode() {
        return ended.isCompletedExceptionally() ? SHUTDOWN_FAILED : 0;
    }

    /**
     * SHUTDOWN: no new terminals, the real readers stop, every user is logged off, the spool and
     * directory are closed (the warm start data saved), and the operator is told. Idempotent; a
     * second caller waits for the first.
     */
    public void shutdown() {
        if (!stopping.compareAndSet(false, true)) {
            ended.handle((done, failure) -> done).join();
            return;
        }
        try {
            terminals.close();
            sessions.close();
            unitRecord.close();
            system.close();
            out.line("DMKCKP960I SYSTEM WARM START DATA SAVED");
            out.line("DMKCKP961W SYSTEM SHUTDOWN COMPLETE");
            ended.complete(null);
        } catch (Exception e) {
            out.line("DMKCKP962E SHUTDOWN FAILED: " + e.getMessage());
            ended.completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        shutdown();
    }
}
