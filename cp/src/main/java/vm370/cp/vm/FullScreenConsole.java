package vm370.cp.vm;

import java.util.Optional;

/**
 * The full-screen side of a user's 3270, for DIAGNOSE X'58' (XEDIT, FILELIST): the guest writes a
 * whole 3270 data stream and reads back what the user keyed, while CP's own line-mode console
 * (DMKGRF) steps aside until the guest writes in line mode again. Line-mode terminals and
 * disconnected machines have {@link #NONE}. Called on the machine's thread.
 */
public interface FullScreenConsole {

    /** True when the terminal is a 3270 that can take a guest's data stream. */
    boolean available();

    /** Screen size in rows and columns (24x80 for a model 2). */
    int rows();

    int columns();

    /**
     * Sends an outbound 3270 data stream (a write command, WCC and orders, as a guest built it);
     * false when the terminal is gone.
     */
    boolean write(byte[] stream);

    /**
     * Waits for the user's next AID key and returns the inbound data stream as a Read Modified
     * gives it (AID, cursor address, modified fields); empty when the terminal went away or the
     * user left full-screen mode for CP (PA1). The caller is off its real processor while it waits.
     */
    Optional<byte[]> read() throws InterruptedException;

    /** Gives the screen back to CP's line-mode console (the guest is done with full screen). */
    void release();

    /** No full-screen terminal: line mode, or disconnected. */
    FullScreenConsole NONE = new FullScreenConsole() {
        @Override
        public boolean available() {
            return false;
        }

        @Override
        public int rows() {
            return 0;
        }

        @Override
        public int columns() {
            return 0;
        }

        @Override
        public boolean write(byte[] stream) {
            return false;
        }

        @Override
        public Optional<byte[]> read() {
            return Optional.empty();
        }

        @Override
        public void release() {
        }
    };
}
