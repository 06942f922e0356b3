package vm370.terminals;

import java.time.Duration;

/**
 * A line-mode terminal (telnet NVT) presented as a typewriter console in the manner of a 3215:
 * the host writes lines and reads lines, and BREAK is the attention key.
 */
public sealed interface LineTerminal extends Terminal permits vm370.terminals.line.NvtLineTerminal {

    /** The terminal type the client named, or NETWORK-VIRTUAL-TERMINAL. */
    String terminalType();

    /** Writes one line; false when the terminal is disconnected. */
    boolean writeLine(String line);

    /** Writes text without ending the line (a prompt); false when disconnected. */
    boolean write(String text);

    /**
     * Hides what the user types next (a password), or shows it again: the server takes over the
     * echo (telnet WILL ECHO) and echoes nothing, so the client stops echoing locally; WONT ECHO
     * gives the client its echo back. False when the terminal is disconnected.
     */
    boolean hideInput(boolean hidden);

    /** Waits for the next line, attention or disconnection. */
    LineInput read() throws InterruptedException;

    /** Waits at most {@code timeout}. */
    LineInput read(Duration timeout) throws InterruptedException;
}
