package vm370.s370.cpu;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import vm370.s370.isa.Fields;
import vm370.s370.isa.Opcode;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.EventScheduler;

/**
 * One System/370 central processing unit: the PSW, the general, control and floating-point
 * registers, and the loop that fetches, decodes and executes instructions and takes interruptions.
 *
 * <p>Threading: a CPU and its storage belong to the one thread that runs it. Other threads never
 * touch its state. Instruction handlers (the classes beside this one) use the register arrays and
 * the storage-access methods below, and leave by throwing {@link ProgramInterruption}.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Control" and "Interruptions"</a>
 */
public final class Cpu {

    /** Low-storage locations where the CPU swaps PSWs and stores interruption codes. */
    static final int EXTERNAL_OLD_PSW = 24;
    static final int SVC_OLD_PSW = 32;
    static final int PROGRAM_OLD_PSW = 40;
    static final int MACHINE_CHECK_OLD_PSW = 48;
    static final int IO_OLD_PSW = 56;
    static final int CSW = 64;
    static final int CAW = 72;
    static final int EXTERNAL_NEW_PSW = 88;
    static final int SVC_NEW_PSW = 96;
    static final int PROGRAM_NEW_PSW = 104;
    static final int MACHINE_CHECK_NEW_PSW = 112;
    static final int IO_NEW_PSW = 120;
    static final int SVC_INTERRUPTION_CODE = 136;
    static final int PROGRAM_INTERRUPTION_CODE = 140;
    static final int IO_INTERRUPTION_ADDRESS = 186;

    /** General registers 0-15. */
    public final int[] gpr = new int[16];
    /** Control registers 0-15. */
    public final int[] cr = new int[16];
    /** Floating-point registers 0, 2, 4 and 6 at indexes 0-3, each as its 64-bit long-format image. */
    public final long[] fpr = new long[4];

    private final MainStorage storage;
    private InputOutputUnit io = InputOutputUnit.NONE;
    private final InstructionDecoder decoder = InstructionDecoder.STANDARD;

    // The current PSW, unpacked. Handlers in this package read and set these fields directly.
    int systemMask;
    int key;
    boolean ecMode;
    boolean machineCheckMask;
    boolean waitState;
    boolean problemState;
    int conditionCode;
    int programMask;
    int instructionAddress;
    /** Instruction-length code of the instruction being executed, in halfwords (1-3). */
    int ilc;
    /** Interruption code of the last interruption, kept for a BC-mode PSW store. */
    int interruptionCode;

    private long instructionCount;

    private final EventScheduler scheduler = new EventScheduler();
    /** Work handed over by other threads; the only CPU state another thread may touch. */
    private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
    private volatile boolean postedPending;
    private volatile Thread runner;

    public Cpu(MainStorage storage) {
        this.storage = storage;
        cr[0] = 0x000000E0;
        cr[2] = 0xFFFFFFFF;
        cr[14] = 0xC2000000;
        cr[15] = 0x00000200;
    }

    public MainStorage storage() {
        return storage;
    }

    public InputOutputUnit io() {
        return io;
    }

    /** Connects the I/O side (a channel subsystem). */
    public void attachIo(InputOutputUnit io) {
        this.io = io;
    }

    /** The instruction-counted event queue that channels and devices schedule on; an IPL drives it before the CPU runs. */
    public EventScheduler scheduler() {
        return scheduler;
    }

    /** The absolute address of a real address (prefixing), for the channel's CAW, CSW and channel-ID locations. */
    public int absoluteAddress(int real) {
        return realToAbsolute(real);
    }

    /** Instructions executed since the CPU was created. */
    public long instructionCount() {
        return instructionCount;
    }

    // ---------------------------------------------------------------- the instruction loop

    /**
     * Executes one instruction, or takes one interruption. A program check raised by the
     * instruction becomes a program interruption here; no exception leaves this method.
     */
    public void step() {
        int address = instructionAddress;
        try {
            if ((address & 1) != 0) {
                throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
            }
            int first = fetchInstructionHalfword(address);
            int length = Fields.length(first >>> 8);
            long instruction = (long) first << 32;
            if (length >= 4) {
                instruction |= (long) fetchInstructionHalfword(address + 2) << 16;
            }
            if (length == 6) {
                instruction |= fetchInstructionHalfword(address + 4);
            }
            ilc = length >>> 1;
            instructionAddress = (address + length) & 0xFFFFFF;
            Opcode opcode = decoder.decode(instruction);
            if (opcode == null) {
                throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
            }
            if (problemState && opcode.isPrivileged()) {
                throw new ProgramInterruption(ProgramInterruptionCode.PRIVILEGED_OPERATION);
            }
            instructionCount++;
            opcode.semantics().execute(this, instruction);
        } catch (ProgramInterruption p) {
            programInterruption(p.code().code());
        }
    }

    /**
     * Runs until a disabled wait (the end of a standalone program) or until {@code maxInstructions}
     * have been executed. In an enabled wait the CPU sleeps until a scheduled event falls due or
     * another thread posts work, then takes the interruption that ends the wait.
     */
    public void run(long maxInstructions) {
        runner = Thread.currentThread();
        long end = instructionCount + maxInstructions;
        while (instructionCount < end) {
            if (postedPending) {
                drainPosted();
            }
            if (scheduler.due(instructionCount)) {
                scheduler.advanceTo(instructionCount);
            }
            if (io.interruptionPending() && ioInterruption()) {
                continue;
            }
            if (waitState) {
                if (!enabledForAnyInterruption()) {
                    return;
                }
                waitForEvent();
                continue;
            }
            step();
        }
    }

    /** Hands work to this CPU's thread from any thread; it runs at the next instruction boundary. */
    public void post(Runnable event) {
        posted.add(event);
        postedPending = true;
        Thread t = runner;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Runs {@code action} on the CPU's thread after {@code instructions} more instructions. */
    public void schedule(long instructions, Runnable action) {
        scheduler.schedule(instructions, action);
    }

    private void drainPosted() {
        postedPending = false;
        Runnable r;
        while ((r = posted.poll()) != null) {
            r.run();
        }
    }

    /** In a wait, simulated time jumps to the next scheduled event, or the thread sleeps until work is posted. */
    private void waitForEvent() {
        if (scheduler.hasEvents()) {
            scheduler.advanceTo(scheduler.nextDue());
        } else if (!postedPending) {
            LockSupport.parkNanos(this, 10_000_000L);
        }
    }

    private boolean enabledForAnyInterruption() {
        return channelMask() != 0 || (systemMask & 0x01) != 0 || machineCheckMask;
    }

    private int fetchInstructionHalfword(int address) {
        return (int) storage.read(realToAbsolute(checkAddress(address, 2)), 2);
    }

    // ---------------------------------------------------------------- interruptions

    /** Presents a program interruption with the given code: old PSW at 40, new PSW from 104. */
    void programInterruption(int code) {
        interruptionCode = code;
        if (ecMode) {
            storage.write(realToAbsolute(PROGRAM_INTERRUPTION_CODE), 4, (ilc << 1) << 16 | code);
        }
        swapPsw(PROGRAM_OLD_PSW, PROGRAM_NEW_PSW);
    }

    /** Presents a supervisor-call interruption: old PSW at 32, new PSW from 96. */
    void supervisorCallInterruption(int number) {
        interruptionCode = number;
        if (ecMode) {
            storage.write(realToAbsolute(SVC_INTERRUPTION_CODE), 4, (ilc << 1) << 16 | number);
        }
        swapPsw(SVC_OLD_PSW, SVC_NEW_PSW);
    }

    /** Channels the PSW and control register 2 enable for I/O interruptions, channel 0 leftmost. */
    int channelMask() {
        if (ecMode) {
            return (systemMask & 0x02) != 0 ? cr[2] : 0;
        }
        int low = (systemMask & 0x02) != 0 ? cr[2] & 0x03FFFFFF : 0;
        return (systemMask & 0xFC) << 24 | low;
    }

    /** Takes a pending I/O interruption if an enabled channel has one: CSW at 64, old PSW at 56. */
    private boolean ioInterruption() {
        int mask = channelMask();
        if (mask == 0) {
            return false;
        }
        InputOutputUnit.IoInterruption taken = io.acceptInterruption(mask);
        if (taken == null) {
            return false;
        }
        storage.write(realToAbsolute(CSW), 8, taken.csw());
        interruptionCode = taken.deviceAddress();
        if (ecMode) {
            storage.write(realToAbsolute(IO_INTERRUPTION_ADDRESS), 2, taken.deviceAddress());
        }
        swapPsw(IO_OLD_PSW, IO_NEW_PSW);
        return true;
    }

    private void swapPsw(int oldLocation, int newLocation) {
        storage.write(realToAbsolute(oldLocation), 8, currentPsw());
        loadPsw(storage.read(realToAbsolute(newLocation), 8));
    }

    // ---------------------------------------------------------------- the PSW

    /** The current PSW as 64 bits, in BC or EC format as the EC-mode bit says. */
    public long currentPsw() {
        long high = (long) systemMask << 24 | (long) key << 20
                | (ecMode ? 1L << 19 : 0) | (machineCheckMask ? 1L << 18 : 0)
                | (waitState ? 1L << 17 : 0) | (problemState ? 1L << 16 : 0);
        if (ecMode) {
            high |= (long) conditionCode << 12 | (long) programMask << 8;
            return high << 32 | instructionAddress;
        }
        high |= interruptionCode & 0xFFFF;
        long low = (long) ilc << 30 | (long) conditionCode << 28 | (long) programMask << 24 | instructionAddress;
        return high << 32 | low;
    }

    /** Makes a 64-bit PSW (BC or EC format) the current PSW. */
    public void loadPsw(long psw) {
        int high = (int) (psw >>> 32);
        int low = (int) psw;
        systemMask = high >>> 24;
        key = high >>> 20 & 0xF;
        ecMode = (high & 1 << 19) != 0;
        machineCheckMask = (high & 1 << 18) != 0;
        waitState = (high & 1 << 17) != 0;
        problemState = (high & 1 << 16) != 0;
        if (ecMode) {
            conditionCode = high >>> 12 & 3;
            programMask = high >>> 8 & 0xF;
        } else {
            conditionCode = low >>> 28 & 3;
            programMask = low >>> 24 & 0xF;
        }
        instructionAddress = low & 0xFFFFFF;
    }

    public int conditionCode() {
        return conditionCode;
    }

    public void setConditionCode(int cc) {
        conditionCode = cc;
    }

    /** The program mask: fixed-point overflow, decimal overflow, exponent underflow, significance (bits 8-4-2-1). */
    public int programMask() {
        return programMask;
    }

    public boolean problemState() {
        return problemState;
    }

    public boolean waitState() {
        return waitState;
    }

    public boolean ecMode() {
        return ecMode;
    }

    /** The PSW key used for storage protection. */
    public int pswKey() {
        return key;
    }

    public int instructionAddress() {
        return instructionAddress;
    }

    /** Sets the address of the next instruction (a branch). */
    public void setInstructionAddress(int address) {
        instructionAddress = address & 0xFFFFFF;
    }

    /** The instruction-length code of the current instruction, in halfwords. */
    public int instructionLengthCode() {
        return ilc;
    }

    // ---------------------------------------------------------------- operand addresses

    /** The effective address D(X,B): register 0 as index or base means none; 24 bits wrap. */
    public int effectiveAddress(int index, int base, int displacement) {
        int a = displacement;
        if (index != 0) {
            a += gpr[index];
        }
        if (base != 0) {
            a += gpr[base];
        }
        return a & 0xFFFFFF;
    }

    /** The address D2(X2,B2) of an RX instruction. */
    public int addressRx(long instruction) {
        return effectiveAddress(Fields.r2(instruction), Fields.b(instruction), Fields.d(instruction));
    }

    /** The address at bits 16-31: D2(B2) of RS and S, D1(B1) of SI and SS. */
    public int addressFirst(long instruction) {
        return effectiveAddress(0, Fields.b(instruction), Fields.d(instruction));
    }

    /** The second operand address D2(B2) of an SS instruction. */
    public int addressSecond(long instruction) {
        return effectiveAddress(0, Fields.ssB2(instruction), Fields.ssD2(instruction));
    }

    // ---------------------------------------------------------------- storage access by logical address

    public int fetchByte(int address) {
        return (int) fetch(address, 1);
    }

    /** A halfword, sign-extended. */
    public int fetchHalfword(int address) {
        return (short) fetch(address, 2);
    }

    public int fetchWord(int address) {
        return (int) fetch(address, 4);
    }

    public long fetchDoubleword(int address) {
        return fetch(address, 8);
    }

    public void storeByte(int address, int value) {
        store(address, 1, value);
    }

    public void storeHalfword(int address, int value) {
        store(address, 2, value);
    }

    public void storeWord(int address, int value) {
        store(address, 4, value);
    }

    public void storeDoubleword(int address, long value) {
        store(address, 8, value);
    }

    /** Copies operand bytes out of storage; every byte is checked before any is moved. */
    public void fetchBytes(int address, byte[] into, int offset, int length) {
        checkAccess(address, length, false);
        for (int i = 0; i < length; i++) {
            into[offset + i] = (byte) fetch((address + i) & 0xFFFFFF, 1);
        }
    }

    /** Copies bytes into operand storage; every byte is checked before any is stored. */
    public void storeBytes(int address, byte[] from, int offset, int length) {
        checkAccess(address, length, true);
        for (int i = 0; i < length; i++) {
            store((address + i) & 0xFFFFFF, 1, from[offset + i]);
        }
    }

    /**
     * Raises the access exception (addressing, protection, translation) that fetching or storing
     * {@code length} bytes at {@code address} would raise, so an instruction can check its
     * operands before it changes anything.
     */
    public void checkAccess(int address, int length, boolean store) {
        for (int i = 0; i < length; i++) {
            checkAddress((address + i) & 0xFFFFFF, 1);
        }
    }

    private long fetch(int address, int length) {
        int absolute = realToAbsolute(checkAddress(address, length));
        storage.markAccess(absolute, false);
        return storage.read(absolute, length);
    }

    private void store(int address, int length, long value) {
        int absolute = realToAbsolute(checkAddress(address, length));
        storage.markAccess(absolute, true);
        storage.write(absolute, length, value);
    }

    /** The real address of a logical one, with the addressing exception when it lies outside storage. */
    private int checkAddress(int address, int length) {
        if (!storage.contains(address) || !storage.contains(address + length - 1)) {
            throw new ProgramInterruption(ProgramInterruptionCode.ADDRESSING);
        }
        return address;
    }

    /** Real to absolute: prefixing. */
    int realToAbsolute(int real) {
        return real;
    }
}
