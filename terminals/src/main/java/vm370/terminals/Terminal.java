package vm370.terminals;

/**
 * A user's terminal as CP sees it: a 3270 display or a line-mode (typewriter) terminal, reached
 * over TN3270(E) or telnet. Reads block (suitable for virtual threads); the listener, if set,
 * hears of attention and disconnection as they happen.
 */
public sealed interface Terminal extends AutoCloseable permits Display3270Terminal, LineTerminal {

    /** The device (LU) name, at most 8 characters, unique on its server while connected. */
    String name();

    /** The peer's address, as {@code host:port}. */
    String peer();

    boolean isConnected();

    /** Sets the one listener (null for none); it is called on the connection's reading thread. */
    void setListener(TerminalListener listener);

    /** Disconnects. Idempotent; never throws. */
    @Override
    void close();
}
