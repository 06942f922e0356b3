package vm370.cp.trace;

/** Where a machine's trace goes: its user's terminal, its virtual printer, and CP mode when it stops. */
public interface TraceOutput {

    /** Writes a line to the user's terminal. */
    void terminal(String line);

    /** Writes a line to the machine's virtual printer. */
    void printer(String line);

    /** Stops the machine in CP mode (NORUN, ADSTOP); BEGIN resumes it. */
    void stop();
}
