package vm370.s370.cpu;

/** Decimal instructions. */
public final class Decimal {

    private Decimal() {
    }

    /** CVD (RX). */
    public static void convertToDecimal(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CVB (RX). */
    public static void convertToBinary(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** ED (SS1). */
    public static void edit(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** EDMK (SS1). */
    public static void editAndMark(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SRP (SSI). */
    public static void shiftAndRoundDecimal(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** MVO (SS2). */
    public static void moveWithOffset(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** PACK (SS2). */
    public static void pack(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** UNPK (SS2). */
    public static void unpack(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** ZAP (SS2). */
    public static void zeroAndAdd(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CP (SS2). */
    public static void compareDecimal(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** AP (SS2). */
    public static void addDecimal(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SP (SS2). */
    public static void subtractDecimal(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** MP (SS2). */
    public static void multiplyDecimal(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** DP (SS2). */
    public static void divideDecimal(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }
}
