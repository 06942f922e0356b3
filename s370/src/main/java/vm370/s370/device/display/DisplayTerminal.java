package vm370.s370.device.display;

/**
 * The screen side of a local 3270, which module terminals supplies: it takes the outbound data
 * stream of write commands and answers read commands with the inbound stream. Called on the
 * CPU's thread; an implementation that keeps its screen on another thread must hand over safely.
 */
public interface DisplayTerminal {

    /** A write, erase/write, erase/write alternate, erase all unprotected or write structured field, with its data. */
    void outbound(int command, byte[] data);

    /** The inbound data stream for read buffer or read modified (AID, cursor address, fields). */
    byte[] inbound(int command);

    /** The display let go of this screen (another was attached, or none): a dialed terminal goes back to CP. */
    default void released() {
    }
}
