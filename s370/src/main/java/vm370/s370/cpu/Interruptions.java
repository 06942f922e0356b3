package vm370.s370.cpu;

import vm370.s370.dat.Translator;
import vm370.s370.time.CpuTimers;

/**
 * The interruption side of one CPU: PSW swapping at the architected locations, the pending
 * external, machine-check and restart conditions, the interval timer at location 80, program-event
 * recording, and the stopped state SIGP controls. Owned by the CPU's thread, except {@link #stopped}
 * which other CPUs read when they SIGP this one.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Interruptions", "Program-Event Recording"</a>
 */
final class Interruptions {

    /** External interruption codes. */
    static final int INTERRUPT_KEY = 0x0040;
    static final int INTERVAL_TIMER = 0x0080;
    static final int CLOCK_COMPARATOR = 0x1004;
    static final int CPU_TIMER = 0x1005;
    static final int EMERGENCY_SIGNAL = 0x1201;
    static final int EXTERNAL_CALL = 0x1202;

    /** PER event bits, as in CR9 bits 0-3 and in the byte at location 150. */
    static final int PER_BRANCH = 0x80;
    static final int PER_INSTRUCTION_FETCH = 0x40;
    static final int PER_STORAGE_ALTERATION = 0x20;
    static final int PER_REGISTER_ALTERATION = 0x10;

    private final Cpu cpu;
    private final Translator translator;
    private final int[] registersBefore = new int[16];

    private boolean intervalTimerPending;
    private boolean interruptKeyPending;
    /** Read by other CPUs' SIGP sense. */
    private volatile boolean externalCallPending;
    private int externalCallSource;
    /** CPU addresses (bit n for CPU n) that have sent an emergency signal not yet taken. */
    private long emergencySignals;
    private boolean restartPending;
    private boolean machineCheckPending;
    private long machineCheckCode;
    /** A condition from outside the architecture (CP's VMCF), or null; taken last of the external ones. */
    private ExternalCondition otherExternal;
    private volatile boolean stopped;

    Interruptions(Cpu cpu) {
        this.cpu = cpu;
        this.translator = new Translator(cpu.storage(), cpu::realToAbsolute);
    }

    Translator translator() {
        return translator;
    }

    void reset() {
        intervalTimerPending = false;
        interruptKeyPending = false;
        externalCallPending = false;
        emergencySignals = 0;
        restartPending = false;
        machineCheckPending = false;
        otherExternal = null;
    }

    /** True when a machine check waits to be presented (only an injected one can be). */
    boolean machineCheckPending() {
        return machineCheckPending;
    }

    boolean stopped() {
        return stopped;
    }

    void setStopped(boolean value) {
        stopped = value;
        cpu.attention = true;
    }

    // ---------------------------------------------------------------- requests (on the CPU's thread)

    void interruptKey() {
        interruptKeyPending = true;
        cpu.attention = true;
    }

    void requestRestart() {
        restartPending = true;
        stopped = false;
        cpu.attention = true;
    }

    void requestMachineCheck(long code) {
        machineCheckPending = true;
        machineCheckCode = code;
        cpu.attention = true;
    }

    /** SIGP external call from {@code source}; false when one is already pending (the sender sees status). */
    boolean externalCall(int source) {
        if (externalCallPending) {
            return false;
        }
        externalCallPending = true;
        externalCallSource = source;
        cpu.attention = true;
        return true;
    }

    boolean externalCallPending() {
        return externalCallPending;
    }

    void raiseExternal(ExternalCondition condition) {
        otherExternal = condition;
        cpu.attention = true;
    }

    void emergencySignal(int source) {
        emergencySignals |= 1L << source;
        cpu.attention = true;
    }

    // ---------------------------------------------------------------- taking interruptions

    /** Takes the highest-priority pending interruption the PSW enables, if any: machine check, external, I/O, restart. */
    boolean takeOne() {
        if (machineCheckPending && cpu.machineCheckMask) {
            machineCheckPending = false;
            cpu.writeReal(Cpu.MACHINE_CHECK_CODE, 8, machineCheckCode);
            swap(Cpu.MACHINE_CHECK_OLD_PSW, Cpu.MACHINE_CHECK_NEW_PSW);
            return true;
        }
        if ((cpu.systemMask & 0x01) != 0 && takeExternal()) {
            return true;
        }
        if (cpu.io().interruptionPending() && takeIo()) {
            return true;
        }
        if (restartPending) {
            restartPending = false;
            swap(Cpu.RESTART_OLD_PSW, Cpu.RESTART_NEW_PSW);
            return true;
        }
        return false;
    }

    private boolean takeExternal() {
        int cr0 = cpu.cr[0];
        if (emergencySignals != 0 && (cr0 & 0x4000) != 0) {
            int source = Long.numberOfTrailingZeros(emergencySignals);
            emergencySignals &= ~(1L << source);
            return external(EMERGENCY_SIGNAL, source);
        }
        if (externalCallPending && (cr0 & 0x2000) != 0) {
            externalCallPending = false;
            return external(EXTERNAL_CALL, externalCallSource);
        }
        if ((cr0 & 0x0800) != 0 && cpu.timers.clockComparatorPending()) {
            return external(CLOCK_COMPARATOR, -1);
        }
        if ((cr0 & 0x0400) != 0 && cpu.timers.cpuTimerPending()) {
            return external(CPU_TIMER, -1);
        }
        if (intervalTimerPending && (cr0 & 0x80) != 0) {
            intervalTimerPending = false;
            return external(INTERVAL_TIMER, -1);
        }
        if (interruptKeyPending && (cr0 & 0x40) != 0) {
            interruptKeyPending = false;
            return external(INTERRUPT_KEY, -1);
        }
        ExternalCondition other = otherExternal;
        if (other != null && (cr0 & other.subclassMask()) != 0) {
            otherExternal = null;
            int code = other.present();
            return code >= 0 && external(code, -1);
        }
        return false;
    }

    private boolean external(int code, int sourceCpu) {
        if (sourceCpu >= 0) {
            cpu.writeReal(Cpu.EXTERNAL_CPU_ADDRESS, 2, sourceCpu);
        }
        cpu.interruptionCode = code;
        if (cpu.ecMode) {
            cpu.writeReal(Cpu.EXTERNAL_INTERRUPTION_CODE, 2, code);
        }
        swap(Cpu.EXTERNAL_OLD_PSW, Cpu.EXTERNAL_NEW_PSW);
        return true;
    }

    /** True when an external condition is pending that the current PSW and CR0 would let in. */
    boolean externalPending() {
        if ((cpu.systemMask & 0x01) == 0) {
            return false;
        }
        int cr0 = cpu.cr[0];
        return emergencySignals != 0 && (cr0 & 0x4000) != 0
                || externalCallPending && (cr0 & 0x2000) != 0
                || intervalTimerPending && (cr0 & 0x80) != 0
                || interruptKeyPending && (cr0 & 0x40) != 0
                || otherExternal != null && (cr0 & otherExternal.subclassMask()) != 0
                || (cr0 & 0x0800) != 0 && cpu.timers.clockComparatorPending()
                || (cr0 & 0x0400) != 0 && cpu.timers.cpuTimerPending();
    }

    /** Takes a pending I/O interruption if an enabled channel has one: CSW at 64, old PSW at 56. */
    private boolean takeIo() {
        int mask = cpu.channelMask();
        if (mask == 0) {
            return false;
        }
        InputOutputUnit.IoInterruption taken = cpu.io().acceptInterruption(mask);
        if (taken == null) {
            return false;
        }
        cpu.writeReal(Cpu.CSW, 8, taken.csw());
        cpu.interruptionCode = taken.deviceAddress();
        if (cpu.ecMode) {
            cpu.writeReal(Cpu.IO_INTERRUPTION_ADDRESS, 2, taken.deviceAddress());
        }
        swap(Cpu.IO_OLD_PSW, Cpu.IO_NEW_PSW);
        return true;
    }

    /** Presents a program interruption with the given code (PER adds X'80'): old PSW at 40, new PSW from 104. */
    void program(int code) {
        cpu.interruptionCode = code;
        if (cpu.ecMode) {
            cpu.writeReal(Cpu.PROGRAM_INTERRUPTION_CODE, 4, (cpu.ilc << 1) << 16 | code);
            int base = code & 0x7F;
            if (base == 0x10 || base == 0x11) {
                cpu.writeReal(Cpu.TRANSLATION_EXCEPTION_ADDRESS, 4, cpu.translationExceptionAddress & 0xFFFFFF);
            }
        }
        swap(Cpu.PROGRAM_OLD_PSW, Cpu.PROGRAM_NEW_PSW);
    }

    /** Presents a supervisor-call interruption: old PSW at 32, new PSW from 96. */
    void supervisorCall(int number) {
        cpu.interruptionCode = number;
        if (cpu.ecMode) {
            cpu.writeReal(Cpu.SVC_INTERRUPTION_CODE, 4, (cpu.ilc << 1) << 16 | number);
        }
        swap(Cpu.SVC_OLD_PSW, Cpu.SVC_NEW_PSW);
    }

    private void swap(int oldLocation, int newLocation) {
        long oldPsw = cpu.currentPsw();
        int code = cpu.interruptionCode;
        cpu.writeReal(oldLocation, 8, oldPsw);
        long newPsw = cpu.readReal(newLocation, 8);
        cpu.loadPsw(newPsw);
        ExecutionMonitor monitor = cpu.monitor;
        if (monitor != null) {
            monitor.interruption(cpu, ExecutionMonitor.Interruption.atOldPsw(oldLocation), code, oldPsw, newPsw);
        }
    }

    // ---------------------------------------------------------------- timers

    /** Decrements the interval timer at location 80 by the time elapsed, while CR0 bit 24 enables it. */
    void updateIntervalTimer() {
        long units = cpu.timers.intervalUnitsElapsed();
        if (units == 0 || (cpu.cr[0] & 0x80) == 0) {
            return;
        }
        int old = (int) cpu.readReal(Cpu.INTERVAL_TIMER, 4);
        long updated = old - units;
        cpu.writeReal(Cpu.INTERVAL_TIMER, 4, updated);
        if (old >= 0 && updated < 0) {
            intervalTimerPending = true;
        }
    }

    /** Microseconds until an enabled timer raises its condition; Long.MAX_VALUE when none can. */
    long microsUntilTimerEvent() {
        if ((cpu.systemMask & 0x01) == 0) {
            return Long.MAX_VALUE;
        }
        int cr0 = cpu.cr[0];
        long wait = cpu.timers.microsUntilNextTimerEvent((cr0 & 0x0800) != 0, (cr0 & 0x0400) != 0);
        if ((cr0 & 0x80) != 0) {
            wait = Math.min(wait, CpuTimers.microsUntilIntervalExpires((int) cpu.readReal(Cpu.INTERVAL_TIMER, 4)));
        }
        return wait;
    }

    // ---------------------------------------------------------------- program-event recording

    /** One instruction with PER active: events recognized during it end in a program interruption with X'80'. */
    void stepWithPer() {
        int address = cpu.instructionAddress;
        ExecutionMonitor monitor = cpu.monitor;
        if (monitor != null && !monitor.beforeInstruction(cpu, address)) {
            cpu.uncountInstruction();
            setStopped(true);
            return;
        }
        cpu.branched = false;
        int cr9 = cpu.programEventRecording() ? cpu.cr[9] : 0;
        cpu.perEvents = (cr9 & 0x40000000) != 0 && inRange(address) ? PER_INSTRUCTION_FETCH : 0;
        System.arraycopy(cpu.gpr, 0, registersBefore, 0, 16);
        ProgramInterruption check = null;
        try {
            cpu.execute(address);
        } catch (ProgramInterruption p) {
            check = p;
        }
        if ((cr9 & 0x10000000) != 0) {
            for (int r = 0; r < 16; r++) {
                if ((cr9 & 0x8000 >>> r) != 0 && registersBefore[r] != cpu.gpr[r]) {
                    cpu.perEvents |= PER_REGISTER_ALTERATION;
                }
            }
        }
        // The monitor may have set event bits the program did not ask for (its CR9 is not in force).
        int events = cr9 == 0 ? 0 : cpu.perEvents;
        cpu.perEvents = 0;
        if (events == 0) {
            if (check != null) {
                cpu.programCheck(check, address);
            }
            if (monitor != null) {
                monitor.afterInstruction(cpu, address, cpu.branched ? cpu.instructionAddress : -1);
            }
            return;
        }
        cpu.writeReal(Cpu.PER_CODE, 1, events);
        cpu.writeReal(Cpu.PER_ADDRESS, 4, address);
        int code = 0x80;
        if (check != null) {
            code |= check.code().code();
            if (check.code() == ProgramInterruptionCode.SEGMENT_TRANSLATION
                    || check.code() == ProgramInterruptionCode.PAGE_TRANSLATION) {
                cpu.instructionAddress = address;
            }
        }
        program(code);
        if (monitor != null) {
            monitor.afterInstruction(cpu, address, -1);
        }
    }

    void perBranch() {
        cpu.branched = true;
        if ((cpu.cr[9] & 0x80000000) != 0) {
            cpu.perEvents |= PER_BRANCH;
        }
    }

    void perStorageAlteration(int address, int length) {
        if ((cpu.cr[9] & 0x20000000) == 0) {
            return;
        }
        for (int i = 0; i < length; i++) {
            if (inRange((address + i) & 0xFFFFFF)) {
                cpu.perEvents |= PER_STORAGE_ALTERATION;
                return;
            }
        }
    }

    /** Whether an address lies in the PER range CR10-CR11, which wraps when the start exceeds the end. */
    private boolean inRange(int address) {
        int start = cpu.cr[10] & 0xFFFFFF;
        int end = cpu.cr[11] & 0xFFFFFF;
        return start <= end ? address >= start && address <= end : address >= start || address <= end;
    }
}
