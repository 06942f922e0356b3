package vm370.s370.cpu;

/**
 * What DIAGNOSE does. On a real machine its function is model-dependent; CP installs its own to give
 * virtual machines the DIAGNOSE interface. The bare machine has none: DIAGNOSE is a specification exception.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "DIAGNOSE"</a>
 */
@FunctionalInterface
public interface DiagnoseHandler {

    /**
     * Performs the DIAGNOSE whose fields are R1, R3 and the second-operand address (its code is
     * usually bits 20-31 of it); may throw {@link ProgramInterruption} and may set the condition code.
     */
    void diagnose(Cpu cpu, int r1, int r3, int address);

    /** No DIAGNOSE function: the specification exception. */
    DiagnoseHandler NONE = (cpu, r1, r3, address) -> {
        throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
    };
}
