package vm370.s370.cpu;

import static vm370.s370.isa.Fields.byte1;
import static vm370.s370.isa.Fields.r1;
import static vm370.s370.isa.Fields.r2;

import vm370.s370.dat.Translator;
import vm370.s370.storage.MainStorage;

/**
 * Control instructions: the PSW (LPSW, SSM, STNSM, STOSM, SPM), storage keys (SSK, ISK, RRB),
 * control registers, translation (LRA, PTLB), the clocks and timers, SIGP, MONITOR CALL, DIAGNOSE,
 * SVC, and the interlocked updates TS, CS and CDS (atomic among CPUs sharing storage).
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Control Instructions"</a>
 */
public final class Control {

    /** STIDP's version code (bits 0-7) and model number (bits 32-47): a 3158, version 0. */
    private static final long CPU_MODEL = 0x3158L << 16;

    private Control() {
    }

    /** The 2K block a register designates for SSK, ISK and RRB, as an absolute address. */
    private static int keyBlock(Cpu cpu, int real) {
        int absolute = cpu.realToAbsolute(real & 0x00FFF800);
        if (!cpu.storage().contains(absolute)) {
            throw new ProgramInterruption(ProgramInterruptionCode.ADDRESSING);
        }
        return absolute;
    }

    /** SPM (RR): condition code and program mask from bits 2-7 of R1. */
    public static void setProgramMask(Cpu cpu, long instruction) {
        int v = cpu.gpr[r1(instruction)];
        cpu.conditionCode = v >>> 28 & 3;
        cpu.programMask = v >>> 24 & 0xF;
    }

    /** SSK (RR): the key of the 2K block R2 designates from bits 24-30 of R1; bits 28-31 of R2 must be zero. */
    public static void setStorageKey(Cpu cpu, long instruction) {
        int address = cpu.gpr[r2(instruction)];
        if ((address & 0xF) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        cpu.storage().setKey(keyBlock(cpu, address), cpu.gpr[r1(instruction)] & 0xFE);
        cpu.purgeTlb();
    }

    /** ISK (RR): the key of the block into bits 24-30 of R1 (BC mode: key and fetch bit only). */
    public static void insertStorageKey(Cpu cpu, long instruction) {
        int address = cpu.gpr[r2(instruction)];
        if ((address & 0xF) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        int keyByte = cpu.storage().key(keyBlock(cpu, address)) & (cpu.ecMode ? 0xFE : 0xF8);
        int r = r1(instruction);
        cpu.gpr[r] = cpu.gpr[r] & 0xFFFFFF00 | keyByte;
    }

    /** SVC (RR): the supervisor-call interruption with the I field as its code. */
    public static void supervisorCall(Cpu cpu, long instruction) {
        cpu.supervisorCallInterruption(byte1(instruction));
    }

    /** SSM (S): the system mask from storage; a special-operation exception when CR0 bit 1 suppresses SSM. */
    public static void setSystemMask(Cpu cpu, long instruction) {
        if ((cpu.cr[0] & 0x40000000) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIAL_OPERATION);
        }
        cpu.setSystemMask(cpu.fetchByte(cpu.addressFirst(instruction)));
    }

    /** LPSW (S): the doubleword at the operand becomes the PSW. */
    public static void loadPsw(Cpu cpu, long instruction) {
        int address = cpu.addressFirst(instruction);
        FixedPoint.requireAligned(address, 8);
        cpu.loadPsw(cpu.fetchDoubleword(address));
    }

    /** DIAGNOSE (RS): model-dependent; the CPU's {@link DiagnoseHandler} does it. */
    public static void diagnose(Cpu cpu, long instruction) {
        cpu.diagnoseHandler().diagnose(cpu, r1(instruction), r2(instruction), cpu.addressFirst(instruction));
    }

    /** WRD (SI): direct-control signal-out lines; none are connected, so only the access happens. */
    public static void writeDirect(Cpu cpu, long instruction) {
        cpu.fetchByte(cpu.addressFirst(instruction));
    }

    /** RDD (SI): direct-control signal-in lines; none are connected, so they read as zeros. */
    public static void readDirect(Cpu cpu, long instruction) {
        cpu.storeByte(cpu.addressFirst(instruction), 0);
    }

    /** TS (S): CC from the leftmost bit of the byte, which is then set to all ones; interlocked. */
    public static void testAndSet(Cpu cpu, long instruction) {
        int address = cpu.addressFirst(instruction);
        cpu.checkAccess(address, 1, true);
        synchronized (cpu.storage()) {
            int b = cpu.fetchByte(address);
            cpu.storeByte(address, 0xFF);
            cpu.conditionCode = b >>> 7;
        }
    }

    /** STNSM (SI): store the system mask, then AND the immediate into it. */
    public static void storeThenAndSystemMask(Cpu cpu, long instruction) {
        cpu.storeByte(cpu.addressFirst(instruction), cpu.systemMask);
        cpu.setSystemMask(cpu.systemMask & byte1(instruction));
    }

    /** STOSM (SI): store the system mask, then OR the immediate into it. */
    public static void storeThenOrSystemMask(Cpu cpu, long instruction) {
        cpu.storeByte(cpu.addressFirst(instruction), cpu.systemMask);
        cpu.setSystemMask(cpu.systemMask | byte1(instruction));
    }

    /** SIGP (RS): the order in bits 24-31 of the address to the CPU R3 names; parameter in R1+1, status to R1. */
    public static void signalProcessor(Cpu cpu, long instruction) {
        int r = r1(instruction);
        int target = cpu.gpr[r2(instruction)] & 0xFFFF;
        int order = cpu.addressFirst(instruction) & 0xFF;
        CpuComplex complex = cpu.complex;
        long result = complex == null ? 3L << 32 : complex.signal(cpu, target, order, cpu.gpr[r | 1]);
        int cc = (int) (result >>> 32);
        if (cc == 1) {
            cpu.gpr[r] = (int) result;
        }
        cpu.conditionCode = cc;
    }

    /** MC (SI): a monitor event when CR8 enables the class in bits 12-15 of I2; bits 8-11 must be zero. */
    public static void monitorCall(Cpu cpu, long instruction) {
        int i2 = byte1(instruction);
        if ((i2 & 0xF0) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        if ((cpu.cr[8] & 0x8000 >>> i2) == 0) {
            return;
        }
        cpu.writeReal(Cpu.MONITOR_CLASS, 1, i2);
        cpu.writeReal(Cpu.MONITOR_CODE, 4, cpu.addressFirst(instruction));
        throw new ProgramInterruption(ProgramInterruptionCode.MONITOR_EVENT);
    }

    /**
     * LRA (RX): translates the address by the tables whatever the DAT mode: CC 0 and the real address,
     * or the table entry's address with CC 1 (segment invalid), 2 (page invalid), 3 (length exceeded).
     */
    public static void loadRealAddress(Cpu cpu, long instruction) {
        Translator translator = cpu.interruptions.translator();
        boolean done = translator.translate(cpu.cr[0], cpu.cr[1], cpu.addressRx(instruction));
        int r = r1(instruction);
        cpu.conditionCode = switch (translator.outcome()) {
            case TRANSLATED -> 0;
            case SEGMENT_INVALID -> 1;
            case PAGE_INVALID -> 2;
            case SEGMENT_LENGTH, PAGE_LENGTH -> 3;
            case SPECIFICATION -> throw new ProgramInterruption(ProgramInterruptionCode.TRANSLATION_SPECIFICATION);
            case ADDRESSING -> throw new ProgramInterruption(ProgramInterruptionCode.ADDRESSING);
        };
        cpu.gpr[r] = done ? translator.realAddress() : translator.entryAddress();
    }

    /** STIDP (S): version, CPU identification (the CPU address in its first digit) and model number. */
    public static void storeCpuId(Cpu cpu, long instruction) {
        int address = cpu.addressFirst(instruction);
        FixedPoint.requireAligned(address, 8);
        long identification = (long) (cpu.cpuAddress() & 0xF) << 52 | 0x01370L << 32;
        cpu.storeDoubleword(address, identification | CPU_MODEL);
    }

    private static int doublewordOperand(Cpu cpu, long instruction) {
        int address = cpu.addressFirst(instruction);
        FixedPoint.requireAligned(address, 8);
        return address;
    }

    /** SCK (S): sets the TOD clock; CC 0 (the clock is always settable here). */
    public static void setClock(Cpu cpu, long instruction) {
        cpu.todClock().set(cpu.fetchDoubleword(doublewordOperand(cpu, instruction)));
        cpu.conditionCode = 0;
        cpu.attention = true;
    }

    /** STCK (S): stores the TOD clock (unique value); CC 0, the clock is in the set state. */
    public static void storeClock(Cpu cpu, long instruction) {
        int address = cpu.addressFirst(instruction);
        cpu.checkAccess(address, 8, true);
        cpu.storeDoubleword(address, cpu.todClock().store());
        cpu.conditionCode = 0;
    }

    /** SCKC (S). */
    public static void setClockComparator(Cpu cpu, long instruction) {
        cpu.timers.setClockComparator(cpu.fetchDoubleword(doublewordOperand(cpu, instruction)));
        cpu.attention = true;
    }

    /** STCKC (S). */
    public static void storeClockComparator(Cpu cpu, long instruction) {
        cpu.storeDoubleword(doublewordOperand(cpu, instruction), cpu.timers.clockComparator());
    }

    /** SPT (S). */
    public static void setCpuTimer(Cpu cpu, long instruction) {
        cpu.timers.setCpuTimer(cpu.fetchDoubleword(doublewordOperand(cpu, instruction)));
        cpu.attention = true;
    }

    /** STPT (S). */
    public static void storeCpuTimer(Cpu cpu, long instruction) {
        int address = doublewordOperand(cpu, instruction);
        cpu.checkAccess(address, 8, true);
        cpu.storeDoubleword(address, cpu.timers.cpuTimer());
    }

    /** PTLB (S): empties the translation-lookaside buffer. */
    public static void purgeTlb(Cpu cpu, long instruction) {
        cpu.purgeTlb();
    }

    /** RRB (S): CC from the reference and change bits of the block (R*2 + C), then the reference bit off. */
    public static void resetReferenceBit(Cpu cpu, long instruction) {
        int absolute = keyBlock(cpu, cpu.addressFirst(instruction));
        MainStorage storage = cpu.storage();
        int keyByte = storage.key(absolute);
        cpu.conditionCode = ((keyByte & MainStorage.KEY_REFERENCED) != 0 ? 2 : 0)
                | ((keyByte & MainStorage.KEY_CHANGED) != 0 ? 1 : 0);
        storage.setKey(absolute, keyByte & ~MainStorage.KEY_REFERENCED);
        cpu.purgeTlb();
    }

    /** STCTL (RS): store control registers R1 through R3 (wrapping). */
    public static void storeControl(Cpu cpu, long instruction) {
        int r = r1(instruction);
        int count = (r2(instruction) - r & 15) + 1;
        int address = cpu.addressFirst(instruction);
        FixedPoint.requireAligned(address, 4);
        cpu.checkAccess(address, count * 4, true);
        for (int i = 0; i < count; i++) {
            cpu.storeWord(address + i * 4, cpu.cr[r + i & 15]);
        }
    }

    /** LCTL (RS): load control registers R1 through R3 (wrapping); translation and PER are re-evaluated. */
    public static void loadControl(Cpu cpu, long instruction) {
        int r = r1(instruction);
        int count = (r2(instruction) - r & 15) + 1;
        int address = cpu.addressFirst(instruction);
        FixedPoint.requireAligned(address, 4);
        cpu.checkAccess(address, count * 4, false);
        for (int i = 0; i < count; i++) {
            cpu.cr[r + i & 15] = cpu.fetchWord(address + i * 4);
        }
        cpu.controlRegistersChanged();
    }

    /** CS (RS): if R1 equals the word, store R3 there (CC 0); otherwise load the word into R1 (CC 1). */
    public static void compareAndSwap(Cpu cpu, long instruction) {
        int address = cpu.addressFirst(instruction);
        FixedPoint.requireAligned(address, 4);
        cpu.checkAccess(address, 4, true);
        int r = r1(instruction);
        synchronized (cpu.storage()) {
            int current = cpu.fetchWord(address);
            if (current == cpu.gpr[r]) {
                cpu.storeWord(address, cpu.gpr[r2(instruction)]);
                cpu.conditionCode = 0;
            } else {
                cpu.gpr[r] = current;
                cpu.conditionCode = 1;
            }
        }
    }

    /** CDS (RS): CS on a doubleword with the even-odd pairs R1 and R3. */
    public static void compareDoubleAndSwap(Cpu cpu, long instruction) {
        int r = r1(instruction);
        int r3 = r2(instruction);
        FixedPoint.requireEven(r | r3);
        int address = cpu.addressFirst(instruction);
        FixedPoint.requireAligned(address, 8);
        cpu.checkAccess(address, 8, true);
        synchronized (cpu.storage()) {
            long current = cpu.fetchDoubleword(address);
            if (current == FixedPoint.pair(cpu, r)) {
                cpu.storeDoubleword(address, FixedPoint.pair(cpu, r3));
                cpu.conditionCode = 0;
            } else {
                FixedPoint.setPair(cpu, r, current);
                cpu.conditionCode = 1;
            }
        }
    }
}
