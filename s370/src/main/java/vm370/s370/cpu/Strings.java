package vm370.s370.cpu;

/** Strings instructions. */
public final class Strings {

    private Strings() {
    }

    /** MVCL (RR). */
    public static void moveLong(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CLCL (RR). */
    public static void compareLogicalLong(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** MVN (SS1). */
    public static void moveNumerics(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** MVC (SS1). */
    public static void moveCharacters(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** MVZ (SS1). */
    public static void moveZones(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** NC (SS1). */
    public static void andCharacters(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** CLC (SS1). */
    public static void compareLogicalCharacters(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** OC (SS1). */
    public static void orCharacters(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** XC (SS1). */
    public static void exclusiveOrCharacters(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** TR (SS1). */
    public static void translate(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }

    /** TRT (SS1). */
    public static void translateAndTest(Cpu cpu, long instruction) {
        throw new ProgramInterruption(ProgramInterruptionCode.OPERATION);
    }
}
