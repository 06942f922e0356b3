package vm370.terminals;

/**
 * Told of a terminal's events as they happen, on the connection's reading thread: keep the work
 * short (wake a waiting virtual machine, post an event). The input itself is taken with read().
 */
public interface TerminalListener {

    /** The operator pressed an AID key (3270) or ended a line or sent BREAK (line mode). */
    default void attention(Terminal terminal) {
    }

    /** The connection ended; reads now return a disconnected input. */
    default void disconnected(Terminal terminal, String reason) {
    }
}
