package vm370.s370.cpu;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import vm370.s370.isa.Decoder;
import vm370.s370.isa.Feature;
import vm370.s370.isa.Opcode;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.CpuTimers;
import vm370.s370.time.EventScheduler;
import vm370.s370.time.ManualClock;
import vm370.s370.time.TodClock;

/**
 * One System/370 central processing unit: the PSW, the general, control and floating-point
 * registers, and the loop that fetches, decodes and executes instructions and takes interruptions.
 *
 * <p>Threading: a CPU belongs to the one thread that runs it; other threads reach it only through
 * {@link #post}. Instruction handlers (the classes beside this one) use the register arrays and the
 * storage-access methods below, and leave by throwing {@link ProgramInterruption}. This class is
 * large on purpose: the instruction loop and the fast storage paths must sit together for the JIT.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Control" and "Interruptions"</a>
 */
public final class Cpu {

    /** Low-storage locations where the CPU swaps PSWs and stores interruption information. */
    static final int RESTART_NEW_PSW = 0;
    static final int RESTART_OLD_PSW = 8;
    static final int EXTERNAL_OLD_PSW = 24;
    static final int SVC_OLD_PSW = 32;
    static final int PROGRAM_OLD_PSW = 40;
    static final int MACHINE_CHECK_OLD_PSW = 48;
    static final int IO_OLD_PSW = 56;
    static final int CSW = 64;
    static final int CAW = 72;
    static final int INTERVAL_TIMER = 80;
    static final int EXTERNAL_NEW_PSW = 88;
    static final int SVC_NEW_PSW = 96;
    static final int PROGRAM_NEW_PSW = 104;
    static final int MACHINE_CHECK_NEW_PSW = 112;
    static final int IO_NEW_PSW = 120;
    static final int EXTERNAL_CPU_ADDRESS = 132;
    static final int EXTERNAL_INTERRUPTION_CODE = 134;
    static final int SVC_INTERRUPTION_CODE = 136;
    static final int PROGRAM_INTERRUPTION_CODE = 140;
    static final int TRANSLATION_EXCEPTION_ADDRESS = 144;
    static final int MONITOR_CLASS = 149;
    static final int PER_CODE = 150;
    static final int PER_ADDRESS = 152;
    static final int MONITOR_CODE = 156;
    static final int IO_INTERRUPTION_ADDRESS = 186;
    static final int MACHINE_CHECK_CODE = 232;

    /**
     * Pending interruptions taken in a row before an instruction runs, as the PoO has them taken while
     * each new PSW enables the next; bounded so an interruption loop still lets {@link #run} return.
     */
    private static final int MAX_INTERRUPTIONS_AT_ONCE = 8;
    /** Instructions run between checks for posted work, due events, timers and interruptions. */
    private static final int POLL_INTERVAL = 2048;

    private static final VarHandle HALFWORD = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle DOUBLEWORD = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** The features of the standard model: everything but direct control (RDD, WRD). */
    public static final Set<Feature> STANDARD_FEATURES = Decoder.STANDARD_FEATURES;

    /** General registers 0-15. */
    public final int[] gpr = new int[16];
    /** Control registers 0-15. */
    public final int[] cr = new int[16];
    /** Floating-point registers 0, 2, 4 and 6 at indexes 0-3, each as its 64-bit long-format image. */
    public final long[] fpr = new long[4];

    /** Work area of the decimal instructions; per CPU so that guests never share one. */
    final PackedDecimal decimal = new PackedDecimal();

    private final MainStorage storage;
    private final int cpuAddress;
    final Decoder decoder;
    /** How each first byte decodes on this CPU's model ({@link DispatchTable#decodeClasses}). */
    private final byte[] decodeClass;
    /** The logical 2K block the last instruction came from (-1 when none), with its frame: most fetches skip the TLB. */
    private int codeBlock = -1;
    private byte[] codeFrame;
    private int codeBase;
    /** The absolute 2K block of the current code block, where the {@link CodeCache} keeps its instructions. */
    private int codeAbsoluteBlock;
    /** The instructions decoded so far, by absolute block; see the package comment. */
    private final CodeCache code;
    final Tlb tlb;
    private final TodClock tod;
    final CpuTimers timers;
    final Interruptions interruptions;
    private InputOutputUnit io = InputOutputUnit.NONE;
    private DiagnoseHandler diagnose = DiagnoseHandler.NONE;
    /** CP's trap for privileged instructions in supervisor state; null on a real machine. */
    private PrivilegedInterception interception;
    /** True under CP: an enabled wait ends {@link #run} so the real processor can go to another machine. */
    private boolean returnOnEnabledWait;
    /** The configuration this CPU signals through (SIGP); null for a uniprocessor. */
    CpuComplex complex;

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
    /** Instruction-length code of the instruction being executed, in halfwords (0-3). */
    int ilc;
    /** Interruption code of the last interruption, kept for a BC-mode PSW store. */
    int interruptionCode;
    /** The PSW just loaded has a format error: a specification exception is taken before anything else. */
    boolean pswFormatError;

    /** Prefix register: the absolute address of this CPU's 4K prefix area. */
    int prefix;
    /** True while the PSW specifies translation (EC mode, bit 5): logical addresses are virtual. */
    boolean translating;
    /** True while PER events may occur (EC mode, PSW bit 1, and an event mask in CR9); steps then take the slow path. */
    boolean perActive;
    /** PER events recognized during the current instruction (CR9 bit layout, bits 0-3 in the top nibble of a byte). */
    int perEvents;
    /** CP's watch on this CPU (TRACE, ADSTOP), or null; when set, every step takes the PER path. */
    ExecutionMonitor monitor;
    /** The current instruction branched (set on the PER path only, for the monitor). */
    boolean branched;
    /** The program's own instructions are executing ({@link #executingProgram}); owned by the CPU's thread. */
    private boolean executingProgram;
    /** Set by anything that may make an interruption takeable or end a run: the loop then checks at once. */
    boolean attention;
    /** Logical address of the last translation exception, stored at location 144. */
    int translationExceptionAddress;

    /** Instructions executed, exact between instructions (device timing depends on it); a {@link CompiledRun} adds its own on leaving. */
    long instructionCount;
    private long interruptionCount;
    /** Scheduler time added while waiting: simulated time is instructions plus waited time. */
    private long idleTicks;
    private int storageGeneration;
    /** Scratch for TR and other two-pass instructions; one per CPU so guests never share it. */
    final byte[] scratch = new byte[256];

    private final EventScheduler scheduler = new EventScheduler();
    /** Work handed over by other threads; the only CPU state another thread may touch. */
    private final ConcurrentLinkedQueue<Runnable> posted = new ConcurrentLinkedQueue<>();
    private volatile boolean postedPending;
    /** Set by any thread ({@link #returnSoon}): {@link #run} returns at its next batch boundary. */
    private volatile boolean returnRequested;
    private volatile Thread runner;

    /** A uniprocessor with the standard features and a TOD clock that stands still until told (a manual clock). */
    public Cpu(MainStorage storage) {
        this(storage, new TodClock(new ManualClock(0)), 0, Decoder.STANDARD_FEATURES);
    }

    /** A CPU with this address, sharing the configuration's TOD clock and having these features. */
    public Cpu(MainStorage storage, TodClock tod, int cpuAddress, Set<Feature> features) {
        this.storage = storage;
        this.tod = tod;
        this.cpuAddress = cpuAddress;
        this.decoder = features.equals(Decoder.STANDARD_FEATURES)
                ? Decoder.STANDARD : new Decoder(features);
        this.decodeClass = DispatchTable.decodeClasses(decoder);
        this.tlb = new Tlb();
        this.code = new CodeCache(this, storage);
        this.timers = new CpuTimers(tod);
        this.interruptions = new Interruptions(this);
        this.storageGeneration = storage.generation();
        initialCpuReset();
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

    /** Installs what DIAGNOSE does (CP replaces it); without one, DIAGNOSE is a specification exception. */
    /**
     * Makes this CPU a virtual machine's: each privileged instruction executed in the supervisor
     * state is offered to {@code handler} first (trap and emulate), and an enabled wait ends
     * {@link #run} instead of idling, so CP can dispatch another machine.
     */
    public void attachInterception(PrivilegedInterception handler) {
        this.interception = handler;
        this.returnOnEnabledWait = handler != null;
    }

    public void attachDiagnose(DiagnoseHandler handler) {
        this.diagnose = handler;
    }

    DiagnoseHandler diagnoseHandler() {
        return diagnose;
    }

    /** This CPU's address, as SIGP names it and STAP-like stores show it. */
    public int cpuAddress() {
        return cpuAddress;
    }

    public TodClock todClock() {
        return tod;
    }

    public CpuTimers timers() {
        return timers;
    }

    /** Instructions executed (or attempted and ended by a program interruption) since the CPU was created. */
    public long instructionCount() {
        return instructionCount;
    }

    /** An instruction a monitor held back (an address stop) was counted by {@link #step}; it did not run. */
    void uncountInstruction() {
        instructionCount--;
    }

    /** Initial CPU reset: PSW, prefix, control registers, timers and pending interruptions to their initial values. */
    public void initialCpuReset() {
        cpuReset();
        loadPsw(0);
        Arrays.fill(cr, 0);
        cr[0] = 0x000000E0;
        cr[2] = 0xFFFFFFFF;
        cr[14] = 0xC2000000;
        cr[15] = 0x00000200;
        setPrefix(0);
        timers.setCpuTimer(0);
        timers.setClockComparator(0);
        controlRegistersChanged();
    }

    /** CPU reset: pending interruptions cleared; registers and storage kept. */
    public void cpuReset() {
        interruptions.reset();
        pswFormatError = false;
        perEvents = 0;
        attention = true;
        purgeTlb();
    }

    // ---------------------------------------------------------------- the instruction loop

    /**
     * Executes one instruction, or takes the program interruption it raises. No exception leaves
     * this method. Other interruptions (I/O, external, ...) are taken by {@link #run}.
     */
    public void step() {
        instructionCount++;
        if (perActive) {
            interruptions.stepWithPer();
            return;
        }
        int address = instructionAddress;
        try {
            execute(address);
        } catch (ProgramInterruption p) {
            programCheck(p, address);
        }
    }

    /**
     * The instruction at {@code at} in the current code block, left-aligned in 48 bits, reading only
     * its own halfwords: plain halfword loads the JIT turns into single moves (an 8-byte VarHandle
     * read here stayed a call and took half the time of the whole loop).
     */
    private static long fetchFromCodeBlock(byte[] frame, int at) {
        long first = (short) HALFWORD.get(frame, at) & 0xFFFFL;
        long instruction = first << 32;
        if (first >= 0x4000) {
            instruction |= ((short) HALFWORD.get(frame, at + 2) & 0xFFFFL) << 16;
            if (first >= 0xC000) {
                instruction |= (short) HALFWORD.get(frame, at + 4) & 0xFFFFL;
            }
        }
        return instruction;
    }

    /** Fetches, decodes and executes the instruction at {@code address}; shared by {@link #step} and the PER path. */
    void execute(int address) {
        if ((address & 1) != 0 || pswFormatError) {
            ilc = 0;
            pswFormatError = false;
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        int inBlock = address & 0x7FF;
        long instruction;
        if (address >>> 11 == codeBlock && inBlock <= 2042) {
            instruction = fetchFromCodeBlock(codeFrame, codeBase + inBlock);
        } else {
            instruction = fetchInstruction(address);
        }
        ilc = ((int) (instruction >>> 46) + 3) >>> 1;
        instructionAddress = (address + (ilc << 1)) & 0xFFFFFF;
        dispatch(instruction);
    }

    /**
     * Runs an instruction's handler through the {@link DispatchTable} on its first byte. Opcodes that
     * are privileged, two bytes long, unassigned or of a missing feature are checked first.
     */
    private void dispatch(long instruction) {
        int first = (int) (instruction >>> 40);
        if (decodeClass[first] == DispatchTable.GENERAL) {
            invoke(first, instruction);
        } else {
            executeChecked(first, instruction);
        }
    }

    /**
     * Runs an instruction that needs the checks. Its work is not the program's own while it runs:
     * a privileged one is the host's (intercepted, or done by its DIAGNOSE and I/O side).
     */
    private void executeChecked(int first, long instruction) {
        boolean program = executingProgram;
        executingProgram = false;
        try {
            if (!checkDecode(first, instruction)) {
                invoke(first, instruction);
            }
        } finally {
            executingProgram = program;
        }
    }

    /** Runs the handler of an instruction already checked: privileged state, interception and assignment are done. */
    private void invoke(int first, long instruction) {
        DispatchTable.HANDLERS[first].execute(this, instruction);
    }

    /** Checks an instruction that is not plain general; true when CP's interception has done it already. */
    private boolean checkDecode(int first, long instruction) {
        switch (decodeClass[first]) {
            case DispatchTable.PRIVILEGED -> {
                if (problemState) {
                    throw new ProgramInterruption(ProgramInterruptionCode.PRIVILEGED_OPERATION);
                }
                return interception != null && interception.intercept(this, decoder.decode(instruction), instruction);
            }
            case DispatchTable.TWO_BYTES -> {
                Opcode opcode = decoder.decode(instruction);
                if (opcode == null) {
                    throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
                }
                if (!opcode.isPrivileged()) {
                    return false;
                }
                if (problemState) {
                    throw new ProgramInterruption(ProgramInterruptionCode.PRIVILEGED_OPERATION);
                }
                return interception != null && interception.intercept(this, opcode, instruction);
            }
            default -> throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
        }
    }

    /** The mask keeping an instruction's own bytes of the six read: by its length, from the first two bits. */
    private static long lengthMask(long bytes) {
        int halfwords = ((int) (bytes >>> 46) + 3) >>> 1;
        return -1L << (48 - (halfwords << 4));
    }

    /** The instruction at an address through the TLB, remembering its block for the next fetch. */
    private long fetchInstruction(int address) {
        int index = address >>> 11;
        byte[] frame = tlb.fetchFrame[index];
        if (frame == null) {
            resolve(address, false);
            frame = tlb.fetchFrame[index];
        }
        if (frame == null || (address & 0x7FF) > 2040) {
            return fetchInstructionSlow(address);
        }
        codeBlock = index;
        codeFrame = frame;
        codeBase = tlb.fetchBase[index];
        long bytes = (long) DOUBLEWORD.get(frame, codeBase + (address & 0x7FF)) >>> 16;
        return bytes & lengthMask(bytes);
    }

    /** The program interruption for a check raised by the instruction that started at {@code address}. */
    void programCheck(ProgramInterruption p, int address) {
        ProgramInterruptionCode code = p.code();
        if (code == ProgramInterruptionCode.SEGMENT_TRANSLATION || code == ProgramInterruptionCode.PAGE_TRANSLATION) {
            instructionAddress = address;
        }
        interruptions.program(code.code());
    }

    /** Executes the target of EXECUTE: the instruction with byte 1 ORed from R1, in the EXECUTE's context. */
    void executeTarget(long instruction) {
        if ((int) (instruction >>> 40) == Opcode.EX.code()) {
            throw new ProgramInterruption(ProgramInterruptionCode.EXECUTE);
        }
        dispatch(instruction);
    }

    /** The instruction at an address by the checked path (block boundaries, translation, protection). */
    long fetchInstructionSlow(int address) {
        int first = fetchInstructionHalfword(address);
        ilc = ((first >>> 14) + 3) >>> 1;
        long instruction = (long) first << 32;
        if (ilc >= 2) {
            instruction |= (long) fetchInstructionHalfword(address + 2) << 16;
        }
        if (ilc == 3) {
            instruction |= fetchInstructionHalfword(address + 4);
        }
        return instruction;
    }

    private int fetchInstructionHalfword(int address) {
        return (int) fetchSlow(address & 0xFFFFFF, 2) & 0xFFFF;
    }

    /**
     * Runs until a disabled wait (the end of a standalone program), until the CPU is stopped, or
     * until {@code maxInstructions} instructions, interruptions and waits have been counted (so it
     * always returns; each wait below lasts until an event, at most about 10 ms). In an enabled
     * wait the CPU lets simulated time pass to the next scheduled event or timer, or sleeps until
     * another thread posts work, then takes the interruption that ends the wait; under CP
     * ({@link #attachInterception}) it returns instead.
     */
    public RunOutcome run(long maxInstructions) {
        runner = Thread.currentThread();
        long end = instructionCount + interruptionCount + maxInstructions;
        while (true) {
            if (postedPending) {
                drainPosted();
            }
            long remaining = end - instructionCount - interruptionCount;
            if (remaining <= 0) {
                return RunOutcome.INSTRUCTION_LIMIT;
            }
            if (returnRequested) {
                returnRequested = false;
                return RunOutcome.INSTRUCTION_LIMIT;
            }
            if (interruptions.stopped()) {
                return RunOutcome.STOPPED;
            }
            service();
            if (interruptions.stopped()) {
                return RunOutcome.STOPPED;
            }
            if (waitState) {
                if (!enabledForAnyInterruption()) {
                    return RunOutcome.DISABLED_WAIT;
                }
                if (returnOnEnabledWait && !scheduler.hasEvents()) {
                    return RunOutcome.ENABLED_WAIT;
                }
                waitForEvent();
                interruptionCount++;
                continue;
            }
            long limit = Math.max(1, Math.min(remaining, scheduler.nextDue() - now()));
            attention = false;
            if (perActive) {
                for (long n = Math.min(limit, POLL_INTERVAL); n > 0 && !attention; n--) {
                    step();
                }
            } else {
                executingProgram = true;
                try {
                    runBatch(limit);
                } finally {
                    executingProgram = false;
                }
            }
        }
    }

    /**
     * True while {@link #run} executes the program's own instructions: false in the host's code for
     * them (privileged instructions, which CP intercepts, DIAGNOSE, I/O), in the work done between
     * batches (posted work, device events, interruptions), while stepping under PER or a monitor,
     * and outside {@code run}. A host that pages this CPU's storage asks on a page fault whose
     * access it is. On the CPU's thread.
     */
    public boolean executingProgram() {
        return executingProgram;
    }

    /**
     * Executes about {@link #POLL_INTERVAL} instructions without PER and never more than {@code limit}
     * (the instruction limit, the next scheduled event), leaving early when {@link #attention} is set
     * (an interruption may be due, the PSW or the TLB changed). Within a 2K block it runs the
     * instructions decoded in the {@link CodeCache}: no fetch, no length or opcode checks, one
     * handler call each, or a {@link CompiledRun} where one starts, if it fits in the limit.
     * Instructions that need the checks (privileged, unassigned, crossing the block's end) and every
     * new block's first fetch take {@link #execute}, the path {@link #step} takes.
     */
    private void runBatch(long limit) {
        long end = instructionCount + limit;
        // Polling is not exact (a run may pass it), the limit is: timing is counted in instructions.
        long pollEnd = instructionCount + Math.min(limit, POLL_INTERVAL);
        while (instructionCount < pollEnd && !attention) {
            int address = instructionAddress;
            try {
                while (instructionCount < pollEnd && !attention) {
                    address = instructionAddress;
                    long[] slots = pswFormatError ? null : blockSlots(address);
                    if (slots == null) {
                        instructionCount++;
                        execute(address);
                        continue;
                    }
                    int block = address & 0xFFF800;
                    do {
                        int slot = (address & 0x7FF) >>> 1;
                        long entry = slots[slot];
                        if (entry >= 0) {
                            entry = decode(slots, address);
                            if (entry >= 0) {
                                instructionCount++;
                                execute(address);
                                break;
                            }
                        }
                        if (entry < CodeCache.HOT) {
                            slots[slot] = entry + CodeCache.HEAT;
                        } else {
                            CompiledRun run = entry >= CodeCache.COMPILED
                                    ? code.run(codeAbsoluteBlock, slot) : compileRun(slots, address);
                            if (run != null && instructionCount + run.length <= end) {
                                run.execute(this, block, (int) Math.min(end - instructionCount,
                                        Math.max(run.length, pollEnd - instructionCount)));
                                address = instructionAddress;
                                continue;
                            }
                        }
                        instructionCount++;
                        int length = CodeCache.length(entry);
                        ilc = length >>> 1;
                        instructionAddress = (address + length) & 0xFFFFFF;
                        invoke((int) (entry >>> 40) & 0xFF, CodeCache.instruction(entry));
                        address = instructionAddress;
                        // Same block and an even address: the next slot is valid to read.
                    } while (instructionCount < pollEnd && !attention && ((address ^ block) & ~0x7FE) == 0);
                }
            } catch (ProgramInterruption p) {
                programCheck(p, address);
            }
        }
    }

    /**
     * The decoded slots of the block holding an (even) instruction address, when its TLB fetch entry
     * is present (translation, prefixing and fetch protection already checked); null otherwise, and
     * the checked path then fetches and fills the entry.
     */
    private long[] blockSlots(int address) {
        int index = address >>> 11;
        byte[] frame = tlb.fetchFrame[index];
        if ((address & 1) != 0 || frame == null) {
            return null;
        }
        codeBlock = index;
        codeFrame = frame;
        codeBase = tlb.fetchBase[index];
        codeAbsoluteBlock = tlb.fetchBlock[index];
        return code.slots(codeAbsoluteBlock);
    }

    /**
     * Compiles the run of instructions from {@code address} of the current code block, whose slot
     * has turned hot: decoded general instructions, in sequence or on across a branch whose target
     * {@link RunCompiler#predictedTarget} finds in this block and not yet in the run (a branch back
     * to the first instruction goes round again inside the run), up to the
     * block's end, a checked instruction, an unconditional branch not followed or
     * {@link RunCompiler#MAX_INSTRUCTIONS}. Null, and the slot never tried again, when that is
     * under two instructions or the block keeps being stored into.
     */
    private CompiledRun compileRun(long[] slots, int address) {
        int slot = (address & 0x7FF) >>> 1;
        if ((slots[slot] & CodeCache.NEVER) == CodeCache.NEVER) {
            return null;
        }
        int block = address & 0xFFF800;
        long[] entries = new long[RunCompiler.MAX_INSTRUCTIONS];
        int[] offsets = new int[RunCompiler.MAX_INSTRUCTIONS];
        int[] expected = new int[RunCompiler.MAX_INSTRUCTIONS];
        boolean[] loopsBack = new boolean[RunCompiler.MAX_INSTRUCTIONS];
        int count = 0;
        int at = address & 0x7FF;
        while (count < entries.length && at < 2048 && code.mayCompile(codeAbsoluteBlock)) {
            long entry = slots[at >>> 1];
            if (entry >= 0) {
                entry = decode(slots, block | at);
            }
            if (entry >= 0) {
                break;
            }
            long instruction = CodeCache.instruction(entry);
            int next = at + CodeCache.length(entry);
            int target = RunCompiler.predictedTarget(instruction, gpr, block | at);
            entries[count] = entry;
            offsets[count] = at;
            count++;
            loopsBack[count - 1] = target >= 0 && target == (address & 0xFFFFFF);
            if (!loopsBack[count - 1] && target >= 0 && (target & 0xFFF800) == block && !contains(offsets, count, target & 0x7FF)) {
                expected[count - 1] = target & 0x7FF;
                at = target & 0x7FF;
                continue;
            }
            expected[count - 1] = next;
            if (RunCompiler.endsRun(instruction)) {
                break;
            }
            at = next;
        }
        if (count < 2) {
            slots[slot] |= CodeCache.NEVER;
            return null;
        }
        CompiledRun run = RunCompiler.compile(entries, offsets, expected, loopsBack, count);
        code.install(codeAbsoluteBlock, slots, run);
        return run;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    /** Decodes the instruction at {@code address} of the current code block into its slot; {@link CodeCache#CHECKED} when it needs the checked path. */
    private long decode(long[] slots, int address) {
        int at = address & 0x7FF;
        int first = codeFrame[codeBase + at] & 0xFF;
        int length = ((first >>> 6) + 3 >>> 1) << 1;
        long entry = at + length > 2048 || decodeClass[first] != DispatchTable.GENERAL
                ? CodeCache.CHECKED : CodeCache.entry(fetchFromCodeBlock(codeFrame, codeBase + at), length);
        slots[at >>> 1] = entry;
        return entry;
    }

    /** Everything due at an instruction boundary: posted work, events, timers, one pending interruption. */
    private void service() {
        if (postedPending) {
            drainPosted();
        }
        if (storage.generation() != storageGeneration) {
            storageGeneration = storage.generation();
            purgeTlb();
        }
        if (scheduler.due(now())) {
            scheduler.advanceTo(now());
        }
        interruptions.updateIntervalTimer();
        for (int taken = 0; taken < MAX_INTERRUPTIONS_AT_ONCE && interruptions.takeOne(); taken++) {
            interruptionCount++;
        }
    }

    /** Idles the thread until another thread posts work, then does it (a stopped CPU or one in a disabled wait). */
    void awaitPostedWork() {
        runner = Thread.currentThread();
        if (!postedPending) {
            LockSupport.parkNanos(this, 10_000_000L);
        }
        if (postedPending) {
            drainPosted();
        }
    }

    /**
     * Store status: CPU timer (216), clock comparator (224), PSW (256), prefix (264), floating-point
     * (352), general (384) and control registers (448), at these offsets from an absolute address.
     */
    public void storeStatus(int absoluteBase) {
        storage.write(absoluteBase + 216, 8, timers.cpuTimer());
        storage.write(absoluteBase + 224, 8, timers.clockComparator());
        storage.write(absoluteBase + 256, 8, currentPsw());
        storage.write(absoluteBase + 264, 4, prefix);
        for (int i = 0; i < 4; i++) {
            storage.write(absoluteBase + 352 + 8 * i, 8, fpr[i]);
        }
        for (int i = 0; i < 16; i++) {
            storage.write(absoluteBase + 384 + 4 * i, 4, gpr[i]);
            storage.write(absoluteBase + 448 + 4 * i, 4, cr[i]);
        }
    }

    /** Simulated time for the event scheduler: instructions executed plus time waited. */
    private long now() {
        return instructionCount + idleTicks;
    }

    /**
     * Makes an external interruption from outside the machine's own sources pending (one at a
     * time; raising it again while pending changes nothing). On the CPU's thread.
     */
    public void raiseExternal(ExternalCondition condition) {
        interruptions.raiseExternal(condition);
    }

    /** Hands work to this CPU's thread from any thread; it runs at an instruction boundary soon after. */
    public void post(Runnable event) {
        posted.add(event);
        postedPending = true;
        Thread t = runner;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * Makes {@link #run} return {@link RunOutcome#INSTRUCTION_LIMIT} at its next batch boundary (at
     * most about {@link #POLL_INTERVAL} instructions on), before its limit: for a host that wants
     * the real processor back for someone else. Any thread; a request made while no run is under
     * way ends the next run at its first boundary.
     */
    public void returnSoon() {
        returnRequested = true;
    }

    /** Runs {@code action} on the CPU's thread after {@code instructions} more instructions. */
    public void schedule(long instructions, Runnable action) {
        scheduler.schedule(now() - scheduler.now() + instructions, action);
        attention = true;
    }

    private void drainPosted() {
        postedPending = false;
        Runnable r;
        while ((r = posted.poll()) != null) {
            r.run();
        }
    }

    /**
     * In an enabled wait: simulated time jumps to the next scheduled event if there is one; otherwise
     * the clock is let run (a manual clock jumps) to the next timer event, at most a while, or until
     * work is posted.
     */
    /**
     * For a CP that waits on this CPU's behalf: 0 when posted work or a pending interruption
     * source means {@link #run} has something to do now; otherwise the nanoseconds until the
     * next timer event, or Long.MAX_VALUE. Asked on the CPU's own thread, between runs.
     */
    public long nanosUntilWork() {
        if (postedPending || io.interruptionPending() || interruptions.externalPending()) {
            return 0;
        }
        long micros = interruptions.microsUntilTimerEvent();
        return micros == Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(0, micros) * 1000;
    }

    /**
     * Lets simulated time pass to the next scheduled device event and runs it, as an idle CPU
     * would: for a machine whose guest waits without executing instructions. False when none is scheduled.
     */
    public boolean advanceToNextEvent() {
        if (!scheduler.hasEvents()) {
            return false;
        }
        idleTicks += Math.max(0, scheduler.nextDue() - now());
        scheduler.advanceTo(now());
        return true;
    }

    /** True when another thread has posted work this CPU has not run yet. */
    public boolean hasPostedWork() {
        return postedPending;
    }

    /** Runs the work other threads have posted, without executing instructions (a guest system waiting for a device). */
    public void runPostedWork() {
        runner = Thread.currentThread();
        if (postedPending) {
            drainPosted();
        }
    }

    private void waitForEvent() {
        if (scheduler.hasEvents()) {
            idleTicks += Math.max(0, scheduler.nextDue() - now());
            scheduler.advanceTo(now());
            return;
        }
        if (postedPending || interruptions.externalPending()) {
            return;
        }
        long micros = interruptions.microsUntilTimerEvent();
        if (micros == Long.MAX_VALUE) {
            LockSupport.parkNanos(this, 10_000_000L);
        } else {
            tod.clock().sleep(Math.max(1, micros));
        }
    }

    /**
     * Whether a wait can end. The machine-check mask alone does not count unless a machine check is
     * already pending: a wait PSW with only that mask on (dasdinit's X'000600000000000F' on a volume
     * with no IPL program) is how a program stops for good, as Hercules also treats it.
     */
    private boolean enabledForAnyInterruption() {
        return channelMask() != 0 || (systemMask & 0x01) != 0
                || machineCheckMask && interruptions.machineCheckPending();
    }

    // ---------------------------------------------------------------- interruptions from handlers and outside

    /** Presents a supervisor-call interruption: old PSW at 32, new PSW from 96. */
    void supervisorCallInterruption(int number) {
        interruptions.supervisorCall(number);
    }

    /** Channels the PSW and control register 2 enable for I/O interruptions, channel 0 leftmost. */
    int channelMask() {
        if (ecMode) {
            return (systemMask & 0x02) != 0 ? cr[2] : 0;
        }
        int low = (systemMask & 0x02) != 0 ? cr[2] & 0x03FFFFFF : 0;
        return (systemMask & 0xFC) << 24 | low;
    }

    /** Presses the operator's interrupt key: an external interruption (code X'0040') when CR0 bit 25 allows. Any thread. */
    public void pressInterruptKey() {
        post(interruptions::interruptKey);
    }

    /** Presses the restart key: the restart interruption (old PSW at 8, new PSW from 0), whatever the masks. Any thread. */
    public void restart() {
        post(interruptions::requestRestart);
    }

    /**
     * Injects a machine check from any thread: taken when the PSW's machine-check mask allows, with
     * {@code code} stored as the machine-check interruption code at location 232.
     */
    public void injectMachineCheck(long code) {
        post(() -> interruptions.requestMachineCheck(code));
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

    /**
     * Makes a 64-bit PSW (BC or EC format) the current PSW. An EC-mode PSW with ones in its unassigned
     * bits (0, 2-4, 16-17, 24-39) is a PSW-format error: the specification exception follows at once.
     */
    public void loadPsw(long psw) {
        int high = (int) (psw >>> 32);
        int low = (int) psw;
        int oldKey = key;
        boolean wasTranslating = translating;
        systemMask = high >>> 24;
        key = high >>> 20 & 0xF;
        ecMode = (high & 1 << 19) != 0;
        machineCheckMask = (high & 1 << 18) != 0;
        waitState = (high & 1 << 17) != 0;
        problemState = (high & 1 << 16) != 0;
        if (ecMode) {
            conditionCode = high >>> 12 & 3;
            programMask = high >>> 8 & 0xF;
            pswFormatError = (high & 0xB800C0FF) != 0 || (low & 0xFF000000) != 0;
        } else {
            conditionCode = low >>> 28 & 3;
            programMask = low >>> 24 & 0xF;
            interruptionCode = high & 0xFFFF;
            pswFormatError = false;
        }
        instructionAddress = low & 0xFFFFFF;
        translating = ecMode && (systemMask & 0x04) != 0;
        if (key != oldKey || translating != wasTranslating) {
            purgeTlb();
        }
        updatePerActive();
        attention = true;
    }

    /** Sets the system mask (SSM, STNSM, STOSM), with the PSW-format check of EC mode. */
    void setSystemMask(int mask) {
        boolean wasTranslating = translating;
        systemMask = mask & 0xFF;
        translating = ecMode && (systemMask & 0x04) != 0;
        if (ecMode && (systemMask & 0xB8) != 0) {
            pswFormatError = true;
        }
        if (translating != wasTranslating) {
            purgeTlb();
        }
        updatePerActive();
        attention = true;
    }

    /** Called after control registers change (LCTL, reset): translation and PER may have changed. */
    void controlRegistersChanged() {
        purgeTlb();
        updatePerActive();
        attention = true;
    }

    /** True when the program's own PER is on: EC mode, PSW bit 1, and an event mask in CR9. */
    boolean programEventRecording() {
        return ecMode && (systemMask & 0x40) != 0 && (cr[9] & 0xF0000000) != 0;
    }

    /**
     * Installs (or, with null, removes) CP's watch on this CPU: TRACE and ADSTOP. On the CPU's thread.
     * The CPU then steps on its PER path, so the fast path costs nothing while none is installed.
     */
    public void monitor(ExecutionMonitor watcher) {
        monitor = watcher;
        updatePerActive();
        attention = true;
    }

    /**
     * The instruction at {@code address} as the CPU would fetch it now (left-aligned in 48 bits), or
     * -1 when it cannot be fetched: for a trace, which must not cause an interruption.
     */
    public long instructionAt(int address) {
        int savedIlc = ilc;
        try {
            return fetchInstructionSlow(address & 0xFFFFFE);
        } catch (ProgramInterruption e) {
            return -1;
        } finally {
            ilc = savedIlc;
        }
    }

    private void updatePerActive() {
        boolean active = monitor != null || programEventRecording();
        if (active != perActive) {
            perActive = active;
            purgeTlb();
        }
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

    /** Sets the address of the next instruction (a branch); a PER successful-branch event when enabled. */
    public void setInstructionAddress(int address) {
        instructionAddress = address & 0xFFFFFF;
        if (perActive) {
            interruptions.perBranch();
        }
    }

    /** The instruction-length code of the current instruction, in halfwords. */
    public int instructionLengthCode() {
        return ilc;
    }

    /** The prefix register's value. */
    public int prefix() {
        return prefix;
    }

    /** Sets the prefix (bits 8-19 used: a 4K boundary below 16M); the caller keeps the 4K area inside storage. */
    public void setPrefix(int value) {
        prefix = value & 0x00FFF000;
        purgeTlb();
    }

    /** True while the CPU is stopped (by SIGP stop); a stopped CPU's {@link #run} returns at once. */
    public boolean stopped() {
        return interruptions.stopped();
    }

    /** The operator's stop and start keys: a stopped CPU executes nothing and {@link #run} returns. On the CPU's thread. */
    public void setStopped(boolean value) {
        interruptions.setStopped(value);
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
        int x = (int) (instruction >>> 32) & 0xF;
        int b = (int) (instruction >>> 28) & 0xF;
        int a = (int) (instruction >>> 16) & 0xFFF;
        if (x != 0) {
            a += gpr[x];
        }
        if (b != 0) {
            a += gpr[b];
        }
        return a & 0xFFFFFF;
    }

    /** The address at bits 16-31: D2(B2) of RS and S, D1(B1) of SI and SS. */
    public int addressFirst(long instruction) {
        int b = (int) (instruction >>> 28) & 0xF;
        int a = (int) (instruction >>> 16) & 0xFFF;
        return (b == 0 ? a : a + gpr[b]) & 0xFFFFFF;
    }

    /** The second operand address D2(B2) of an SS instruction. */
    public int addressSecond(long instruction) {
        int b = (int) (instruction >>> 12) & 0xF;
        int a = (int) instruction & 0xFFF;
        return (b == 0 ? a : a + gpr[b]) & 0xFFFFFF;
    }

    // ---------------------------------------------------------------- storage access by logical address

    public int fetchByte(int address) {
        address &= 0xFFFFFF;
        byte[] f = tlb.fetchFrame[address >>> 11];
        if (f != null) {
            return f[tlb.fetchBase[address >>> 11] + (address & 0x7FF)] & 0xFF;
        }
        return (int) fetchSlow(address, 1);
    }

    /** A halfword, sign-extended. */
    public int fetchHalfword(int address) {
        address &= 0xFFFFFF;
        byte[] f = tlb.fetchFrame[address >>> 11];
        if (f != null && (address & 0x7FF) <= 2046) {
            return (short) HALFWORD.get(f, tlb.fetchBase[address >>> 11] + (address & 0x7FF));
        }
        return (short) fetchSlow(address, 2);
    }

    public int fetchWord(int address) {
        address &= 0xFFFFFF;
        byte[] f = tlb.fetchFrame[address >>> 11];
        if (f != null && (address & 0x7FF) <= 2044) {
            return (int) WORD.get(f, tlb.fetchBase[address >>> 11] + (address & 0x7FF));
        }
        return (int) fetchSlow(address, 4);
    }

    public long fetchDoubleword(int address) {
        address &= 0xFFFFFF;
        byte[] f = tlb.fetchFrame[address >>> 11];
        if (f != null && (address & 0x7FF) <= 2040) {
            return (long) DOUBLEWORD.get(f, tlb.fetchBase[address >>> 11] + (address & 0x7FF));
        }
        return fetchSlow(address, 8);
    }

    public void storeByte(int address, int value) {
        address &= 0xFFFFFF;
        byte[] f = tlb.storeFrame[address >>> 11];
        if (f != null) {
            f[tlb.storeBase[address >>> 11] + (address & 0x7FF)] = (byte) value;
            return;
        }
        storeSlow(address, 1, value);
    }

    public void storeHalfword(int address, int value) {
        address &= 0xFFFFFF;
        byte[] f = tlb.storeFrame[address >>> 11];
        if (f != null && (address & 0x7FF) <= 2046) {
            HALFWORD.set(f, tlb.storeBase[address >>> 11] + (address & 0x7FF), (short) value);
            return;
        }
        storeSlow(address, 2, value);
    }

    public void storeWord(int address, int value) {
        address &= 0xFFFFFF;
        byte[] f = tlb.storeFrame[address >>> 11];
        if (f != null && (address & 0x7FF) <= 2044) {
            WORD.set(f, tlb.storeBase[address >>> 11] + (address & 0x7FF), value);
            return;
        }
        storeSlow(address, 4, value);
    }

    public void storeDoubleword(int address, long value) {
        address &= 0xFFFFFF;
        byte[] f = tlb.storeFrame[address >>> 11];
        if (f != null && (address & 0x7FF) <= 2040) {
            DOUBLEWORD.set(f, tlb.storeBase[address >>> 11] + (address & 0x7FF), value);
            return;
        }
        storeSlow(address, 8, value);
    }

    /** Copies operand bytes out of storage; every byte is checked before any is moved. */
    public void fetchBytes(int address, byte[] into, int offset, int length) {
        checkAccess(address, length, false);
        for (int i = 0; i < length; i++) {
            into[offset + i] = (byte) fetchByte(address + i);
        }
    }

    /** Copies bytes into operand storage; every byte is checked before any is stored. */
    public void storeBytes(int address, byte[] from, int offset, int length) {
        checkAccess(address, length, true);
        for (int i = 0; i < length; i++) {
            storeByte(address + i, from[offset + i]);
        }
    }

    /**
     * Raises the access exception (addressing, protection, translation) that fetching or storing
     * {@code length} bytes at {@code address} would raise, so an instruction can check its
     * operands before it changes anything. Operands wrap at 16M.
     */
    public void checkAccess(int address, int length, boolean store) {
        if (length <= 0) {
            return;
        }
        address &= 0xFFFFFF;
        int last = (address + length - 1) & 0xFFFFFF;
        byte[][] frames = store ? tlb.storeFrame : tlb.fetchFrame;
        if (length <= 2048 && frames[address >>> 11] != null && frames[last >>> 11] != null) {
            return;
        }
        int block = address & ~0x7FF;
        int blocks = ((address & 0x7FF) + length + 2047) >>> 11;
        for (int i = 0; i < blocks; i++) {
            int a = i == 0 ? address : (block + (i << 11)) & 0xFFFFFF;
            resolve(a, store);
        }
    }

    /**
     * The frame holding {@code length} bytes at {@code address} if they lie in one 2K block, after the
     * access checks; {@link Tlb#offset} then holds their offset in it. Null when they cross a block.
     */
    byte[] operandFrame(int address, int length, boolean store) {
        address &= 0xFFFFFF;
        if ((address & 0x7FF) + length > 2048) {
            return null;
        }
        int index = address >>> 11;
        byte[] f = store ? tlb.storeFrame[index] : tlb.fetchFrame[index];
        if (f == null) {
            resolve(address, store);
            f = store ? tlb.storeFrame[index] : tlb.fetchFrame[index];
            if (f == null) {
                return null;
            }
        }
        tlb.offset = (store ? tlb.storeBase[index] : tlb.fetchBase[index]) + (address & 0x7FF);
        return f;
    }

    private long fetchSlow(int address, int length) {
        if ((address & 0x7FF) + length <= 2048) {
            return storage.read(resolve(address, false), length);
        }
        checkAccess(address, length, false);
        long value = 0;
        for (int i = 0; i < length; i++) {
            value = value << 8 | storage.readByte(resolve((address + i) & 0xFFFFFF, false));
        }
        return value;
    }

    private void storeSlow(int address, int length, long value) {
        int index = address >>> 11;
        byte[] watched = tlb.watchedStoreFrame[index];
        if (watched != null && (address & 0x7FF) + length <= 2048) {
            // A block holding decoded instructions: store, then forget the instructions stored over.
            int at = tlb.storeBase[index] + (address & 0x7FF);
            for (int i = length - 1; i >= 0; i--) {
                watched[at + i] = (byte) value;
                value >>>= 8;
            }
            code.codeStored(tlb.fetchBlock[index] << 11 | address & 0x7FF, length);
            return;
        }
        if ((address & 0x7FF) + length <= 2048) {
            storage.write(resolve(address, true), length, value);
        } else {
            checkAccess(address, length, true);
            for (int i = length - 1; i >= 0; i--) {
                storage.writeByte(resolve((address + i) & 0xFFFFFF, true), (int) value);
                value >>>= 8;
            }
        }
        if (perActive) {
            interruptions.perStorageAlteration(address, length);
        }
    }

    /**
     * The absolute address of a logical one, after translation, prefixing and key-controlled protection,
     * with the reference (and change) bit set; fills the TLB so the next access takes the fast path.
     */
    int resolve(int address, boolean store) {
        int real = translating ? translate(address) : address;
        int absolute = realToAbsolute(real);
        if (!storage.contains(absolute)) {
            throw new ProgramInterruption(ProgramInterruptionCode.ADDRESSING);
        }
        int storageKey = storage.key(absolute);
        boolean keysMatch = key == 0 || storageKey >>> 4 == key;
        boolean fetchAllowed = keysMatch || (storageKey & MainStorage.KEY_FETCH_PROTECTED) == 0;
        if (store ? !keysMatch : !fetchAllowed) {
            throw new ProgramInterruption(ProgramInterruptionCode.PROTECTION);
        }
        storage.markAccess(absolute, store);
        int index = address >>> 11;
        byte[] frame = storage.frame(absolute);
        if (fetchAllowed) {
            tlb.fillFetch(index, frame, absolute & 0x800, absolute >>> 11);
        }
        // No inline store path into a block holding decoded instructions: the checked path reports each store.
        if (store && !perActive) {
            if (storage.isCode(absolute)) {
                tlb.fillWatchedStore(index, frame, absolute & 0x800);
            } else {
                tlb.fillStore(index, frame, absolute & 0x800);
            }
        }
        return absolute;
    }

    /** The real address of a virtual one by the tables CR0 and CR1 designate; translation exceptions as the PoO says. */
    private int translate(int address) {
        var translator = interruptions.translator();
        if (translator.translate(cr[0], cr[1], address)) {
            return translator.realAddress();
        }
        ProgramInterruptionCode code = switch (translator.outcome()) {
            case SEGMENT_LENGTH, SEGMENT_INVALID -> ProgramInterruptionCode.SEGMENT_TRANSLATION;
            case PAGE_LENGTH, PAGE_INVALID -> ProgramInterruptionCode.PAGE_TRANSLATION;
            case SPECIFICATION -> ProgramInterruptionCode.TRANSLATION_SPECIFICATION;
            case ADDRESSING, TRANSLATED -> ProgramInterruptionCode.ADDRESSING;
        };
        translationExceptionAddress = address;
        throw new ProgramInterruption(code);
    }

    /**
     * Empties the translation-lookaside buffer and frees its storage: for a CPU about to wait a
     * long time, such as an idle virtual machine. On the CPU's thread.
     */
    public void releaseTlb() {
        tlb.release();
        code.release();
        codeBlock = -1;
        codeFrame = null;
        attention = true;
    }

    /** Empties the translation-lookaside buffer (PTLB; CP after changing tables, keys or frames). */
    public void purgeTlb() {
        tlb.purge();
        codeBlock = -1;
        attention = true;
    }

    /** Real to absolute: the prefix area and page 0 trade places. */
    int realToAbsolute(int real) {
        int page = real & 0xFFF000;
        if (page == 0) {
            return real | prefix;
        }
        return page == prefix ? real & 0xFFF : real;
    }

    /** Reads real storage (interruption locations, tables): no translation or protection. */
    long readReal(int real, int length) {
        return storage.read(realToAbsolute(real), length);
    }

    /** Writes real storage (interruption locations): no translation or protection; marks the block changed. */
    void writeReal(int real, int length, long value) {
        int absolute = realToAbsolute(real);
        storage.markAccess(absolute, true);
        storage.write(absolute, length, value);
    }
}
