package vm370.cms.nucleus;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import vm370.cms.rexx.ProgramStack;
import vm370.cp.guest.GuestMachine;

/**
 * One virtual machine's CMS after IPL: its console, accessed disks, program stack, settings and
 * command table, and the command processor that runs a command line through CMS's search order:
 * EXEC (IMPEX), MODULE, nucleus command, CP command (IMPCP). Owned by the machine's thread.
 * @vm370 DMSINT
 */
public final class CmsSession {

    /** The return code CMS gives a command it cannot find (and REXX's RC for it). */
    public static final int UNKNOWN_COMMAND = -3;

    private final Supervisor supervisor;
    private final Console console;
    private final GuestClock clock;
    private final Disks disks;
    private final ProgramStack stack = new ProgramStack();
    private final CommandTable commands;
    private final String userId;
    private final UnitRecord unitRecord;
    private boolean impliedExec = true;
    private boolean impliedCp = true;

    CmsSession(GuestMachine machine, CommandTable commands) {
        this.supervisor = new Supervisor(machine);
        this.console = new Console(supervisor, consoleAddress(supervisor));
        this.clock = new GuestClock(supervisor);
        WriteBehind buffers = new WriteBehind(supervisor);
        this.disks = new Disks(this, new Minidisks(supervisor, buffers));
        this.commands = commands;
        this.userId = supervisor.userId();
        this.unitRecord = new UnitRecord(supervisor);
    }

    /** The console's address: DIAGNOSE 24 with -1 names it; CMS looks for it at 009 and 01F otherwise. */
    private static int consoleAddress(Supervisor supervisor) {
        for (int address : new int[] {0x009, 0x01F, 0x020}) {
            int type = supervisor.deviceType(address);
            if (type != -1 && (type >>> 24 & 0xFF) == 0x80) {
                return address;
            }
        }
        return 0x009;
    }

    public Console console() {
        return console;
    }

    public Disks disks() {
        return disks;
    }

    public ProgramStack stack() {
        return stack;
    }

    public CommandTable commands() {
        return commands;
    }

    public String userId() {
        return userId;
    }

    public GuestMachine machine() {
        return supervisor.machine();
    }

    /** The reader, punch and printer as the nucleus drives them. */
    public UnitRecord unitRecord() {
        return unitRecord;
    }

    Supervisor supervisor() {
        return supervisor;
    }

    java.time.Clock clock() {
        return clock;
    }

    GuestClock guestClock() {
        return clock;
    }

    public boolean impliedExec() {
        return impliedExec;
    }

    public boolean impliedCp() {
        return impliedCp;
    }

    void setImpliedExec(boolean on) {
        impliedExec = on;
    }

    void setImpliedCp(boolean on) {
        impliedCp = on;
    }

    /** Issues a CP command (DIAGNOSE 08) and returns its return code and response lines. */
    public CpResponse cp(String command) {
        return supervisor.cp(command);
    }

    /**
     * Runs a command line as typed at the terminal or by ADDRESS CMS: EXEC (when IMPEX is on),
     * MODULE, nucleus command, CP command (when IMPCP is on), else {@code Unknown CP/CMS command}.
     */
    public int execute(String line) {
        return execute(CommandLine.parse(line), true);
    }

    /** Runs a command as ADDRESS COMMAND does: no implied EXEC or CP, names in full or as abbreviated. */
    public int executeCommand(String line) {
        return execute(CommandLine.parse(line), false);
    }

    private int execute(CommandLine line, boolean implied) {
        if (line.verb().isEmpty()) {
            return 0;
        }
        if (implied && impliedExec && line.verb().length() <= 8) {
            Optional<Disks.Found> exec = disks.find(line.verb(), "EXEC", "*");
            if (exec.isPresent()) {
                return runExec(exec.get(), line.text());
            }
        }
        OptionalInt module = commands.runModule(this, line);
        if (module.isPresent()) {
            return module.getAsInt();
        }
        Optional<CommandTable.Entry> entry = commands.find(line.verb());
        if (entry.isPresent()) {
            return entry.get().handler().run(this, line);
        }
        if (implied && impliedCp) {
            CpResponse result = supervisor.cp(line.verb() + (line.text().isEmpty() ? "" : " " + line.text()));
            if (result.returnCode() != 1 || result.lines().isEmpty()
                    || !result.lines().getFirst().startsWith("DMKCFC001E")) {
                result.lines().forEach(console::line);
                return result.returnCode();
            }
            console.line("Unknown CP/CMS command");
            return UNKNOWN_COMMAND;
        }
        console.line(impliedCp ? "Unknown CP/CMS command" : "Unknown CMS command");
        return UNKNOWN_COMMAND;
    }

    /** Runs {@code fn EXEC} found in the search order with an argument string. */
    int runExec(Disks.Found exec, String arguments) {
        return Exec.run(this, exec, arguments);
    }

    /** Writes a message and returns the code, for commands that end with an error. */
    public int fail(int returnCode, String message) {
        console.message(message);
        return returnCode;
    }

    /** Ends a command with the failure one of its steps reported. */
    public int fail(FileIo.Failure failure) {
        return fail(failure.returnCode(), failure.message());
    }

    /** Ends a command: waiting disk writes go out, HT ends. */
    void commandEnded() {
        disks.flush();
        console.commandEnded();
    }

    /** {@code Ready; T=v.vv/t.tt hh:mm:ss}, or {@code Ready(nnnnn); …} after a non-zero return code. */
    String readyLine(int returnCode, long cpuMicrosBefore) {
        Supervisor.Clock now = supervisor.clock();
        double seconds = (now.cpuMicros() - cpuMicrosBefore) / 1_000_000.0;
        String code = returnCode == 0 ? "" : returnCode < 0 ? String.format(Locale.ROOT, "(-%04d)", -returnCode)
                : String.format(Locale.ROOT, "(%05d)", returnCode);
        return String.format(Locale.ROOT, "Ready%s; T=%.2f/%.2f %s", code, seconds, seconds, now.time());
    }

    long cpuMicros() {
        return supervisor.clock().cpuMicros();
    }

    /** Lines the terminal would read next: the program stack first, then what was typed ahead. */
    public String nextInputLine() {
        String stacked = stack.pull();
        return stacked != null ? stacked : console.read();
    }
}
