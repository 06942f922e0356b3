package vm370.s370.testing;

import java.util.function.Consumer;
import vm370.s370.cpu.Cpu;
import vm370.s370.isa.CodeBuffer;
import vm370.s370.isa.Opcode;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.ManualClock;
import vm370.s370.time.TodClock;

/**
 * A bare uniprocessor for CPU tests: 64K of storage, a manual clock, every new PSW a disabled wait
 * at a recognizable address, and a program runner that ends the program with LPSW of a disabled
 * wait ({@link #DONE}). Until the assembler lands, programs are built with {@link CodeBuffer}.
 */
public final class TestMachine {

    public static final int CODE = 0x1000;
    /** Instruction addresses of the disabled-wait PSWs that end a run. */
    public static final int DONE = 0xD0E0;
    public static final int PROGRAM_TRAP = 0xE040;
    public static final int SVC_TRAP = 0xE020;
    public static final int EXTERNAL_TRAP = 0xE018;
    public static final int IO_TRAP = 0xE038;
    public static final int MACHINE_CHECK_TRAP = 0xE030;
    public static final int RESTART_TRAP = 0xE008;
    private static final int DONE_PSW_AT = 0x200;

    public final MainStorage storage;
    public final ManualClock clock = new ManualClock(1_000_000_000L);
    public final Cpu cpu;
    private boolean ecMode;
    private boolean problemState;
    private int key;
    private int end = -1;

    public TestMachine() {
        this(1 << 16);
    }

    public TestMachine(int size) {
        storage = new MainStorage(size);
        cpu = new Cpu(storage, new TodClock(clock), 0, Cpu.STANDARD_FEATURES);
        storage.write(0, 8, waitPsw(RESTART_TRAP));
        storage.write(88, 8, waitPsw(EXTERNAL_TRAP));
        storage.write(96, 8, waitPsw(SVC_TRAP));
        storage.write(104, 8, waitPsw(PROGRAM_TRAP));
        storage.write(112, 8, waitPsw(MACHINE_CHECK_TRAP));
        storage.write(120, 8, waitPsw(IO_TRAP));
        storage.write(DONE_PSW_AT, 8, waitPsw(DONE));
    }

    /** A BC-mode disabled-wait PSW at this address. */
    public static long waitPsw(int address) {
        return 0x0002_0000_0000_0000L | address;
    }

    /** Run programs in EC mode (default BC). */
    public TestMachine ecMode() {
        ecMode = true;
        return this;
    }

    /** Run programs in the problem state. */
    public TestMachine problemState() {
        problemState = true;
        return this;
    }

    /** Run programs with this PSW key. */
    public TestMachine key(int value) {
        key = value;
        return this;
    }

    public TestMachine gpr(int r, int value) {
        cpu.gpr[r] = value;
        return this;
    }

    /** Loads bytes into storage at an absolute address. */
    public TestMachine bytes(int address, byte[] data) {
        storage.writeBytes(address, data, 0, data.length);
        return this;
    }

    public TestMachine word(int address, int value) {
        storage.write(address, 4, value);
        return this;
    }

    /** The PSW the program starts with: masks off, key, mode and state as chosen, at {@link #CODE}. */
    public long startPsw(int address) {
        long high = (long) key << 20 | (ecMode ? 1L << 19 : 0) | (problemState ? 1L << 16 : 0);
        return high << 32 | address;
    }

    /**
     * Builds the program at {@link #CODE}, ends it with LPSW of the done PSW, and steps it until it
     * reaches that LPSW (so the PSW still shows the program's condition code) or a wait.
     */
    public TestMachine run(Consumer<CodeBuffer> program) {
        CodeBuffer code = new CodeBuffer(CODE);
        program.accept(code);
        end = code.here();
        code.si(Opcode.LPSW, DONE_PSW_AT, 0, 0);
        byte[] bytes = code.toBytes();
        storage.writeBytes(CODE, bytes, 0, bytes.length);
        cpu.loadPsw(startPsw(CODE));
        for (int n = 0; n < 100_000 && !cpu.waitState() && cpu.instructionAddress() != end; n++) {
            cpu.step();
        }
        return this;
    }

    /** Continues from the current PSW to the next disabled wait (at most 100,000 instructions). */
    public TestMachine resume() {
        cpu.run(100_000);
        return this;
    }

    /** Where the run ended: {@link #DONE}, or one of the trap addresses. */
    public int endedAt() {
        return cpu.instructionAddress() == end && !cpu.waitState() ? DONE : cpu.instructionAddress();
    }

    public boolean completed() {
        return cpu.waitState() && endedAt() == DONE;
    }

    /** The program interruption code (0 when the run ended normally), from 142 (EC) or the old PSW (BC). */
    public int programInterruptionCode() {
        if (endedAt() != PROGRAM_TRAP) {
            return 0;
        }
        long old = programOldPsw();
        boolean ec = (old & 1L << 51) != 0;
        return ec ? (int) storage.read(142, 2) : (int) (old >>> 32) & 0xFFFF;
    }

    public long programOldPsw() {
        return storage.read(40, 8);
    }

    /** The instruction address in the program old PSW. */
    public int programOldAddress() {
        return (int) programOldPsw() & 0xFFFFFF;
    }

    public int cc() {
        return cpu.conditionCode();
    }

    public int gpr(int r) {
        return cpu.gpr[r];
    }

    public long read(int address, int length) {
        return storage.read(address, length);
    }
}
