package vm370.s370.cpu;

import vm370.s370.isa.Opcode;

/**
 * The trap of trap and emulate: CP installs one on a virtual machine's CPU, and every privileged
 * instruction the machine executes in its (virtual) supervisor state is offered to it before the
 * CPU would execute it. In the problem state the privileged-operation exception comes first, and
 * goes to the guest as on a real machine.
 */
@FunctionalInterface
public interface PrivilegedInterception {

    /**
     * Simulates the instruction against the virtual machine's state and returns true, or returns
     * false to let the CPU execute it as the architecture defines (CP has only watched it). May
     * throw {@link ProgramInterruption}, which the guest then receives.
     */
    boolean intercept(Cpu cpu, Opcode opcode, long instruction);
}
