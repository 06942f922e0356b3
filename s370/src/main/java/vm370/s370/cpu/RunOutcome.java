package vm370.s370.cpu;

/** Why {@link Cpu#run} returned. */
public enum RunOutcome {
    /** The instructions asked for were executed, or the host asked for control back sooner ({@link Cpu#returnSoon}). */
    INSTRUCTION_LIMIT,
    /** The CPU is in a wait with every interruption disabled: the end of a standalone program. */
    DISABLED_WAIT,
    /** The CPU waits for an interruption, and its owner asked to get control back then (CP). */
    ENABLED_WAIT,
    /** The CPU was stopped (SIGP stop, or the operator). */
    STOPPED
}
