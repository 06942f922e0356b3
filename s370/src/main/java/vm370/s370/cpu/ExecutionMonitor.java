package vm370.s370.cpu;

/**
 * What a hypervisor watches of a CPU while it traces a program or waits for an address stop (CP's
 * TRACE and ADSTOP): each instruction, each successful branch, each interruption taken. While one is
 * installed ({@link Cpu#monitor}) the CPU steps one instruction at a time on its PER path, the way
 * VM/370 ran a traced machine under PER; without one the fast path is untouched.
 * Called on the CPU's thread; a monitor may stop the CPU ({@link Cpu#setStopped}) after any event.
 */
public interface ExecutionMonitor {

    /** The interruption classes, by the location of their old PSW. */
    enum Interruption {
        RESTART(8), EXTERNAL(24), SVC(32), PROGRAM(40), MACHINE_CHECK(48), IO(56);

        private final int oldPswLocation;

        Interruption(int oldPswLocation) {
            this.oldPswLocation = oldPswLocation;
        }

        static Interruption atOldPsw(int location) {
            for (Interruption kind : values()) {
                if (kind.oldPswLocation == location) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("old PSW location: " + location + " (expected: 8, 24, 32, 40, 48 or 56)");
        }
    }

    /** Before the instruction at {@code address} runs: false leaves it unexecuted and the CPU stopped before it. */
    boolean beforeInstruction(Cpu cpu, int address);

    /**
     * After the instruction at {@code address} completed or ended in an interruption (reported first);
     * {@code branchedTo} is the target of a successful branch, or -1.
     */
    void afterInstruction(Cpu cpu, int address, int branchedTo);

    /** An interruption was taken: its class and code, the old PSW stored and the new PSW loaded. */
    void interruption(Cpu cpu, Interruption kind, int code, long oldPsw, long newPsw);
}
