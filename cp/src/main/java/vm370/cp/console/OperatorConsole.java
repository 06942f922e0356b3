package vm370.cp.console;

/**
 * The system operator's console, in line mode: what the operator types goes in with
 * {@link #enter}, the attention key is {@link #attention}, and everything CP and the operator's
 * machine say (system messages included) goes to the output given to
 * {@link ConsoleSessions#operatorConsole}. The operator is logged on without a password.
 */
public final class OperatorConsole {

    private final TerminalSession session;

    OperatorConsole(TerminalSession session) {
        this.session = session;
    }

    /** A line the operator typed: a CP command in CP mode, else the operator machine's console input. */
    public void enter(String line) {
        session.enter(line);
    }

    /** The attention key: CP mode (the machine stops unless SET RUN ON). */
    public void attention() {
        session.attention();
    }
}
