package vm370.cms.display;

import java.util.Optional;

/**
 * The user's 3270 as a CMS full-screen program sees it: a screen size, a write of a whole data
 * stream, and a read of the next key the user pressed. CMS implements it with DIAGNOSE X'58'
 * ({@link DiagnoseTerminal}); tests implement it over a screen model.
 */
public interface FullScreenTerminal {

    int rows();

    int columns();

    /** Writes an outbound data stream; false when the terminal can no longer take one. */
    boolean write(byte[] stream);

    /** The next inbound record (AID, cursor, fields); empty when the user left full screen or the terminal went away. */
    Optional<byte[]> read();

    /** Gives the screen back to line mode. */
    void release();
}
