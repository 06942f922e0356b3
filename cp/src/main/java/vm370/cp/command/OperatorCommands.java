package vm370.cp.command;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vm370.cp.ControlProgram;
import vm370.cp.dispatch.Dispatcher;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.LogonMethod;
import vm370.directory.LogonVerdict;

/**
 * INDICATE (the load of the system, and one user's resources), and the operator's FORCE,
 * AUTOLOG/XAUTOLOG and SHUTDOWN. Logging a machine off waits for its thread to end, so that
 * runs on a thread of its own, never on the issuer's machine thread (which may be the one forced).
 * @vm370 DMKTHI
 */
final class OperatorCommands {

    private static final System.Logger LOG = System.getLogger(OperatorCommands.class.getName());

    private final ControlProgram cp;
    private final Users users;
    private final TimeFormat time;
    private final Supplier<Runnable> shutdown;
    private final Supplier<SessionControl> sessions;
    private final long startNanos = System.nanoTime();

    OperatorCommands(ControlProgram cp, Users users, TimeFormat time, Supplier<Runnable> shutdown,
                     Supplier<SessionControl> sessions) {
        this.cp = cp;
        this.users = users;
        this.time = time;
        this.shutdown = shutdown;
        this.sessions = sessions;
    }

    /**
     * Logging off with no terminal side installed: the user's console gets the accounting line and
     * {@code LOGOFF AT}, and the machine goes on a thread of its own.
     */
    SessionControl defaultSessions() {
        return new SessionControl() {
            @Override
            public String logoff(VirtualMachine machine, boolean forced, boolean hold) {
                String terminal = users.terminal(machine);
                machine.consoleLine(TimeFormat.accounting(machine.connectTime(), machine.dispatchable().cpuNanos()));
                machine.consoleLine("LOGOFF AT " + time.stamp() + (forced ? " BY SYSTEM" : ""));
                int remaining = cp.machines().size() - 1;
                Thread.ofVirtual().name("logoff-" + machine.userid()).start(() -> {
                    try {
                        cp.logoff(machine.userid());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        LOG.log(System.Logger.Level.WARNING, "LOGOFF of " + machine.userid() + " interrupted");
                    }
                });
                return String.format("%s LOGOFF AS %-8s USERS = %03d",
                        terminal.equals("DSC") ? "USER DSC" : "GRAF " + terminal, machine.userid(), remaining);
            }

            @Override
            public void disconnect(VirtualMachine machine, boolean hold) {
                machine.consoleLine("DISCONNECT AT " + time.stamp());
                machine.connectConsole(vm370.cp.vm.ConsoleOutput.DISCONNECTED);
            }
        };
    }

    /** INDICATE [LOAD] | INDICATE USER [userid] (another user's needs class E) | INDICATE QUEUES (class E). */
    CommandResponse indicate(CommandEntry.Request request) {
        Tokens operands = request.operands();
        String what = operands.hasNext() ? operands.next() : "LOAD";
        if (what.equals("LOAD")) {
            return load();
        }
        if (what.equals("QUEUES") && request.hasClass("E")) {
            return queues();
        }
        if (!what.equals("USER")) {
            return CpMessage.INVALID_OPTION.from("DMKTHI", what);
        }
        String userid = operands.hasNext() ? operands.next() : request.userid();
        if (!userid.equals(request.userid()) && !request.hasClass("E")) {
            return CpMessage.INVALID_OPTION.from("DMKTHI", userid);
        }
        return users.machine(userid).map(OperatorCommands::user)
                .orElseGet(() -> CpMessage.NOT_LOGGED_ON.from("DMKTHI", userid));
    }

    /**
     * {@code CPU-nnn%  APU-nnn%  Q1-nn  Q2-nn  STORAGE-nnn%  RATIO-n.n}: processor use since IPL
     * over all real processors (APU is the same average when there is more than one), Q1 the
     * machines on a processor now, Q2 those waiting for one, storage the frames in use, and
     * RATIO the machines wanting a processor per processor.
     */
    private CommandResponse load() {
        Dispatcher dispatcher = cp.dispatcher();
        Dispatcher.Lists lists = dispatcher.lists();
        long used = cp.machines().stream().mapToLong(m -> m.dispatchable().cpuNanos()).sum();
        long available = Math.max(1, (System.nanoTime() - startNanos) * dispatcher.processors());
        int cpu = (int) Math.min(100, used * 100 / available);
        int apu = dispatcher.processors() > 1 ? cpu : 0;
        int storage = cp.framePool().framesInUse() * 100 / Math.max(1, cp.framePool().capacity());
        double ratio = (lists.running().size() + lists.queued().size()) / (double) dispatcher.processors();
        return CommandResponse.ok(String.format("CPU-%03d%%  APU-%03d%%  Q1-%02d  Q2-%02d  STORAGE-%03d%%  RATIO-%.1f",
                cpu, apu, lists.running().size(), lists.queued().size(), storage, ratio));
    }

    /**
     * One line per machine in the dispatch and eligible lists, in dispatching order:
     * {@code userid   Q1 R 00012/00016}: Q1/Q2 in the dispatch list (Q2 when it was dropped for
     * running long), E1/E2 eligible; R when on a real processor, P when waiting for a page to be
     * read in (off its processor); resident pages / projected working set.
     */
    private CommandResponse queues() {
        Dispatcher.Lists lists = cp.dispatcher().lists();
        List<String> lines = new ArrayList<>();
        lists.running().forEach(e -> lines.add(queueLine(e, "Q", "R")));
        lists.queued().forEach(e -> lines.add(queueLine(e, "Q", " ")));
        lists.pageWait().forEach(e -> lines.add(queueLine(e, "Q", "P")));
        lists.eligible().forEach(e -> lines.add(queueLine(e, "E", " ")));
        return new CommandResponse(lines, 0);
    }

    private String queueLine(Dispatcher.Entry entry, String list, String running) {
        int resident = cp.machine(entry.name()).map(m -> m.storage().residentPages()).orElse(0);
        return String.format("%-8s %s%d %s %05d/%05d", entry.name(), list, entry.longRunning() ? 2 : 1, running,
                resident, entry.workingSet());
    }

    /** The user's pages and paging, and its processor time (VTIME and TTIME are equal: CP charges what the machine held). */
    private static CommandResponse user(VirtualMachine machine) {
        var storage = machine.storage();
        long seconds = machine.dispatchable().cpuNanos() / 1_000_000_000L;
        String cpu = String.format("%03d:%02d", seconds / 60, seconds % 60);
        return CommandResponse.ok(
                String.format("PAGES: RES-%04d WS-%04d READS=%06d WRITES=%06d MH-0000 FH-0000", storage.residentPages(),
                        storage.residentPages(), storage.pageIns(), storage.pageOuts()),
                String.format("VTIME=%s TTIME=%s", cpu, cpu));
    }

    /** FORCE userid: the user is logged off, told {@code LOGOFF AT ... BY SYSTEM}. */
    CommandResponse force(CommandEntry.Request request) {
        String userid = request.operands().next();
        if (userid == null) {
            return CpMessage.USERID_MISSING.from("DMKCPV");
        }
        VirtualMachine machine = users.machine(userid).orElse(null);
        if (machine == null) {
            return CpMessage.NOT_LOGGED_ON.from("DMKCPV", userid);
        }
        return CommandResponse.ok(sessions.get().logoff(machine, true, false) + " FORCED");
    }

    /** AUTOLOG userid password: logs the user on, disconnected; it IPLs what its directory entry says. */
    CommandResponse autolog(CommandEntry.Request request) {
        Tokens operands = request.operands();
        String userid = operands.next();
        String password = operands.next();
        if (userid == null) {
            return CpMessage.USERID_MISSING.from("DMKLOG");
        }
        if (password == null) {
            return CpMessage.OPERAND_MISSING.from("DMKLOG");
        }
        LogonVerdict verdict = cp.directory().verifyLogon(userid, password.toCharArray(), LogonMethod.AUTOLOG);
        return switch (verdict) {
            case ACCEPTED, AUTOLOG_ONLY -> start(userid, request.userid());
            case NOT_IN_DIRECTORY -> CpMessage.NOT_IN_DIRECTORY.from("DMKLOG", userid);
            case PASSWORD_INCORRECT, NOLOG, LOGONBY_ONLY, NOT_AUTHORIZED -> CpMessage.PASSWORD_INCORRECT.from("DMKLOG");
        };
    }

    /** XAUTOLOG userid: AUTOLOG without the password, for operators. */
    CommandResponse xautolog(CommandEntry.Request request) {
        String userid = request.operands().next();
        if (userid == null) {
            return CpMessage.USERID_MISSING.from("DMKLOG");
        }
        if (cp.directory().lookup(userid).isEmpty()) {
            return CpMessage.NOT_IN_DIRECTORY.from("DMKLOG", userid);
        }
        return start(userid, request.userid());
    }

    private CommandResponse start(String userid, String by) {
        return switch (cp.logon(userid)) {
            case ControlProgram.Logon.Created created -> CommandResponse.ok(String.format(
                    "AUTO LOGON   ***   %-8s USERS = %03d  BY  %s", created.machine().userid(), cp.machines().size(), by));
            case ControlProgram.Logon.AlreadyLoggedOn already -> CpMessage.ALREADY_LOGGED_ON.from("DMKLOG", already.machine().userid());
            case ControlProgram.Logon.NotInDirectory missing -> CpMessage.NOT_IN_DIRECTORY.from("DMKLOG", missing.userid());
        };
    }

    /** SHUTDOWN: the launcher's shutdown runs (the spool is checkpointed, users logged off, CP stops). */
    CommandResponse shutdown(CommandEntry.Request request) {
        Runnable action = shutdown.get();
        if (action == null) {
            return CommandResponse.unknown(request.verb());
        }
        Thread.ofVirtual().name("shutdown").start(action);
        return CommandResponse.ok();
    }
}
