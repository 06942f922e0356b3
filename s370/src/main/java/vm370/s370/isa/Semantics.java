package vm370.s370.isa;

import vm370.s370.cpu.Cpu;

/**
 * What an instruction does to the CPU. {@code instruction} holds the instruction's bytes
 * left-aligned in the low 48 bits (see {@link Format}), so every field sits at the same bit
 * position whatever the instruction's length; handlers read fields with {@link Fields}.
 */
@FunctionalInterface
public interface Semantics {
    void execute(Cpu cpu, long instruction);
}
