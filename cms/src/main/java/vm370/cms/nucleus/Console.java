package vm370.cms.nucleus;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * The CMS terminal: lines written to the virtual 3215 (write CCW X'09'), lines read from it (read
 * CCW X'0A', which ends when the user types), messages edited by CP's SET EMSG (DIAGNOSE 5C), and
 * the immediate commands HX, HT, RT and HI, taken when a line typed while a command runs raises
 * attention. The console is the one owner of typed input: every attention, wherever the supervisor
 * meets it, comes here, and the line it announces is read here and handed to whoever waits (the
 * immediate-command check, a read for a command, PULL or a dialogue such as FORMAT's).
 * @vm370 DMSCWR, DMSCRD
 */
public final class Console {

    private static final int WRITE = 0x09;
    private static final int READ = 0x0A;
    /** How many output lines or checks pass between looks for an attention (a look costs a TEST I/O). */
    private static final int POLL_INTERVAL = 32;

    private final Supervisor supervisor;
    private final int address;
    private final ArrayDeque<String> typedAhead = new ArrayDeque<>();
    private boolean outputHeld;
    private boolean haltInterpretation;
    private boolean endOfInput;
    /**
     * An attention was taken and no read has completed since: a line waits at the device, so a read
     * ends at once. Cleared by every read, since each read takes one line and the device announces
     * any further line with an attention of its own.
     */
    private boolean lineWaiting;
    private int sincePoll;
    /** Where a batch job's console log is kept (null at a terminal). */
    private java.util.function.Consumer<String> log;
    /** A batch job's CPU time limit, in the guest's CPU microseconds (no limit at a terminal). */
    private long cpuLimitMicros = Long.MAX_VALUE;
    private boolean cpuLimitExceeded;

    Console(Supervisor supervisor, int address) {
        this.supervisor = supervisor;
        this.address = address;
        supervisor.onAttention(device -> lineWaiting |= device == address);
    }

    /** Writes one line (longer lines are split at the buffer's size); nothing while HT holds output. */
    public void line(String text) {
        checkImmediate();
        if (log != null) {
            log.accept(text);
        }
        if (outputHeld) {
            return;
        }
        writeRaw(text);
    }

    /** A batch job's console log: every line written goes to {@code sink} too (null: no log). */
    void keepLog(java.util.function.Consumer<String> sink) {
        this.log = sink;
    }

    /** True while a batch job runs (its console log is kept). */
    boolean inBatchJob() {
        return log != null;
    }

    /**
     * A batch job's CPU time limit: a running command (an EXEC's loop included) ends with
     * {@link HaltExecution} at the next check once the guest's CPU time passes {@code micros}.
     */
    void limitCpu(long micros) {
        this.cpuLimitMicros = micros;
        this.cpuLimitExceeded = false;
    }

    /** True once the CPU limit ended a command (cleared by the next {@link #limitCpu}). */
    boolean cpuLimitExceeded() {
        return cpuLimitExceeded;
    }

    private void writeRaw(String text) {
        byte[] bytes = Supervisor.EBCDIC.encode(text.isEmpty() ? " " : text);
        int at = 0;
        do {
            int n = Math.min(bytes.length - at, StorageMap.CONSOLE_OUTPUT_SIZE);
            supervisor.write(StorageMap.CONSOLE_OUTPUT, bytes, at, n);
            supervisor.single(address, StorageMap.CONSOLE_CCW, WRITE, StorageMap.CONSOLE_OUTPUT, Math.max(n, 1));
            at += n;
        } while (at < bytes.length);
    }

    /**
     * Writes a CMS message {@code DMSxxxnnnt text}: E, I and W messages as the user's SET EMSG
     * edits them (DIAGNOSE 5C), R, S and T messages always whole.
     */
    public void message(String message) {
        checkImmediate();
        if (log != null) {
            log.accept(message);
        }
        if (outputHeld) {
            return;
        }
        boolean always = message.length() > 9 && "RST".indexOf(message.charAt(9)) >= 0;
        if (always || message.length() <= 10 || !message.startsWith("DMS")) {
            writeRaw(message);
            return;
        }
        byte[] bytes = Supervisor.EBCDIC.encode(message);
        int n = Math.min(bytes.length, StorageMap.CONSOLE_OUTPUT_SIZE);
        supervisor.write(StorageMap.CONSOLE_OUTPUT, bytes, 0, n);
        int[] shown = supervisor.editMessage(StorageMap.CONSOLE_OUTPUT, n);
        if (shown[1] > 0) {
            supervisor.single(address, StorageMap.CONSOLE_CCW, WRITE, StorageMap.CONSOLE_OUTPUT + shown[0], shown[1]);
        }
    }

    /** Reads a line the user types (a line typed ahead first); null when the terminal has no more input. */
    public String read() {
        if (!typedAhead.isEmpty()) {
            return typedAhead.poll();
        }
        return endOfInput ? null : readDevice();
    }

    private String readDevice() {
        Supervisor.Ending end = supervisor.single(address, StorageMap.CONSOLE_CCW, READ, StorageMap.CONSOLE_INPUT,
                StorageMap.CONSOLE_INPUT_SIZE);
        lineWaiting = false;
        if (end.unitException() || end.unitCheck()) {
            endOfInput = true;
            return null;
        }
        int length = Math.max(0, StorageMap.CONSOLE_INPUT_SIZE - end.residual());
        byte[] line = new byte[length];
        supervisor.read(StorageMap.CONSOLE_INPUT, line, 0, length);
        return Supervisor.EBCDIC.decode(line);
    }

    /**
     * Looks (now and then) for a line typed while a command runs: an immediate command takes effect
     * at once (HX ends the command with {@link HaltExecution}), any other line waits for the next read.
     */
    public void checkImmediate() {
        if (!lineWaiting && ++sincePoll < POLL_INTERVAL) {
            return;
        }
        sincePoll = 0;
        if (cpuLimitMicros != Long.MAX_VALUE && supervisor.clock().cpuMicros() > cpuLimitMicros) {
            cpuLimitExceeded = true;
            throw new HaltExecution();
        }
        while (!endOfInput && (lineWaiting || supervisor.testAttention(address))) {
            String typed = readDevice();
            if (typed != null && !immediate(typed)) {
                typedAhead.add(typed);
            }
        }
    }

    private boolean immediate(String typed) {
        switch (typed.strip().toUpperCase(Locale.ROOT)) {
            case "HX" -> {
                outputHeld = false;
                throw new HaltExecution();
            }
            case "HT" -> outputHeld = true;
            case "RT" -> outputHeld = false;
            case "HI" -> haltInterpretation = true;
            default -> {
                return false;
            }
        }
        return true;
    }

    /** HI was typed: true once, then cleared (the REXX interpreter raises HALT). */
    boolean takeHaltInterpretation() {
        checkImmediate();
        boolean halt = haltInterpretation;
        haltInterpretation = false;
        return halt;
    }

    /** A new command starts: HT lasts only while the command it was typed under runs. */
    void commandEnded() {
        outputHeld = false;
        haltInterpretation = false;
    }

    /** Thrown out of a console call when the user types HX: the running command or EXEC ends. */
    public static final class HaltExecution extends RuntimeException {
        HaltExecution() {
            super("HX", null, false, false);
        }
    }
}
