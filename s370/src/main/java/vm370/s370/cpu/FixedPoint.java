package vm370.s370.cpu;

/** FixedPoint instructions. */
public final class FixedPoint {

    private FixedPoint() {
    }

    /** LPR (RR). */
    public static void loadPositiveRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** LNR (RR). */
    public static void loadNegativeRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** LTR (RR). */
    public static void loadAndTestRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** LCR (RR). */
    public static void loadComplementRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** LR (RR). */
    public static void loadRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CR (RR). */
    public static void compareRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** AR (RR). */
    public static void addRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SR (RR). */
    public static void subtractRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** MR (RR). */
    public static void multiplyRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** DR (RR). */
    public static void divideRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STH (RX). */
    public static void storeHalfword(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** LA (RX). */
    public static void loadAddress(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** LH (RX). */
    public static void loadHalfword(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CH (RX). */
    public static void compareHalfword(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** AH (RX). */
    public static void addHalfword(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SH (RX). */
    public static void subtractHalfword(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** MH (RX). */
    public static void multiplyHalfword(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** ST (RX). */
    public static void store(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** L (RX). */
    public static void load(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** C (RX). */
    public static void compare(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** A (RX). */
    public static void add(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** S (RX). */
    public static void subtract(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** M (RX). */
    public static void multiply(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** D (RX). */
    public static void divide(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SRA (RS2). */
    public static void shiftRightSingle(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SLA (RS2). */
    public static void shiftLeftSingle(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SRDA (RS2). */
    public static void shiftRightDouble(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SLDA (RS2). */
    public static void shiftLeftDouble(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STM (RS). */
    public static void storeMultiple(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** LM (RS). */
    public static void loadMultiple(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }
}
