package vm370.s370.cpu;

/** Control instructions. */
public final class Control {

    private Control() {
    }

    /** SPM (RR1). */
    public static void setProgramMask(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SSK (RR). */
    public static void setStorageKey(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** ISK (RR). */
    public static void insertStorageKey(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SVC (I). */
    public static void supervisorCall(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SSM (SI1). */
    public static void setSystemMask(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** LPSW (SI1). */
    public static void loadPsw(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** DIAG (RS). */
    public static void diagnose(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** WRD (SI). */
    public static void writeDirect(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** RDD (SI). */
    public static void readDirect(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** TS (SI1). */
    public static void testAndSet(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STNSM (SI). */
    public static void storeThenAndSystemMask(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STOSM (SI). */
    public static void storeThenOrSystemMask(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SIGP (RS). */
    public static void signalProcessor(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** MC (SI). */
    public static void monitorCall(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** LRA (RX). */
    public static void loadRealAddress(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STIDP (S). */
    public static void storeCpuId(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SCK (S). */
    public static void setClock(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STCK (S). */
    public static void storeClock(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SCKC (S). */
    public static void setClockComparator(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STCKC (S). */
    public static void storeClockComparator(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SPT (S). */
    public static void setCpuTimer(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STPT (S). */
    public static void storeCpuTimer(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** PTLB (S0). */
    public static void purgeTlb(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** RRB (S). */
    public static void resetReferenceBit(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STCTL (RS). */
    public static void storeControl(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** LCTL (RS). */
    public static void loadControl(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CS (RS). */
    public static void compareAndSwap(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CDS (RS). */
    public static void compareDoubleAndSwap(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }
}
