package vm370.s370.cpu;

/**
 * A program check raised by an instruction handler. It is the only exception used for control
 * flow: thrown from a handler, caught at the instruction boundary in {@link Cpu#step()}, and
 * turned into an architected program interruption. It carries no stack trace, so it is cheap.
 */
public final class ProgramInterruption extends RuntimeException {

    private final ProgramInterruptionCode code;

    public ProgramInterruption(ProgramInterruptionCode code) {
        super(code.name(), null, false, false);
        this.code = code;
    }

    public ProgramInterruptionCode code() {
        return code;
    }
}
