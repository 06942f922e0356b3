package vm370.cp.command;

import vm370.cp.vm.VirtualMachine;

/**
 * CP's command processor, as a virtual machine reaches it: from its user's terminal in CP mode,
 * or from a program with DIAGNOSE 08. Both get the same privilege checks and the same answers.
 * @vm370 DMKCFM
 */
@FunctionalInterface
public interface CpCommands {

    /** Executes one command line for the user of {@code machine}; called on the machine's thread. */
    CommandResponse execute(VirtualMachine machine, String line);
}
