package vm370.s370.cpu;

/** Logical instructions. */
public final class Logical {

    private Logical() {
    }

    /** NR (RR). */
    public static void andRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CLR (RR). */
    public static void compareLogicalRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** OR (RR). */
    public static void orRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** XR (RR). */
    public static void exclusiveOrRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** ALR (RR). */
    public static void addLogicalRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SLR (RR). */
    public static void subtractLogicalRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STC (RX). */
    public static void storeCharacter(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** IC (RX). */
    public static void insertCharacter(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** N (RX). */
    public static void and(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CL (RX). */
    public static void compareLogical(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** O (RX). */
    public static void or(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** X (RX). */
    public static void exclusiveOr(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** AL (RX). */
    public static void addLogical(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SL (RX). */
    public static void subtractLogical(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SRL (RS2). */
    public static void shiftRightSingleLogical(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SLL (RS2). */
    public static void shiftLeftSingleLogical(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SRDL (RS2). */
    public static void shiftRightDoubleLogical(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** SLDL (RS2). */
    public static void shiftLeftDoubleLogical(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** TM (SI). */
    public static void testUnderMask(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** MVI (SI). */
    public static void moveImmediate(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** NI (SI). */
    public static void andImmediate(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CLI (SI). */
    public static void compareLogicalImmediate(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** OI (SI). */
    public static void orImmediate(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** XI (SI). */
    public static void exclusiveOrImmediate(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CLM (RS). */
    public static void compareLogicalCharactersUnderMask(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** STCM (RS). */
    public static void storeCharactersUnderMask(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** ICM (RS). */
    public static void insertCharactersUnderMask(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }
}
