package vm370.s370.cpu;

/** Branch instructions. */
public final class Branch {

    private Branch() {
    }

    /** BALR (RR). */
    public static void branchAndLinkRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** BCTR (RR). */
    public static void branchOnCountRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** BCR (RR). */
    public static void branchOnConditionRegister(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** EX (RX). */
    public static void execute(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** BAL (RX). */
    public static void branchAndLink(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** BCT (RX). */
    public static void branchOnCount(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** BC (RX). */
    public static void branchOnCondition(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** BXH (RS). */
    public static void branchOnIndexHigh(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** BXLE (RS). */
    public static void branchOnIndexLowOrEqual(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }
}
