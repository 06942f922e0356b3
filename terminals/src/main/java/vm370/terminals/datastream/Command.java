package vm370.terminals.datastream;

/**
 * The 3270 commands, with their local (channel CCW) and remote (SNA/TN3270) codes.
 * On the wire the remote code is sent; a decoder accepts both. @see GA23-0059, chapter 3
 */
public enum Command {
    WRITE(0x01, 0xF1),
    ERASE_WRITE(0x05, 0xF5),
    ERASE_WRITE_ALTERNATE(0x0D, 0x7E),
    READ_BUFFER(0x02, 0xF2),
    READ_MODIFIED(0x06, 0xF6),
    /** Read Modified All has no local (channel) code. */
    READ_MODIFIED_ALL(-1, 0x6E),
    ERASE_ALL_UNPROTECTED(0x0F, 0x6F),
    WRITE_STRUCTURED_FIELD(0x11, 0xF3);

    private static final Command[] BY_CODE = new Command[256];

    static {
        for (Command c : values()) {
            BY_CODE[c.remoteCode] = c;
            if (c.localCode >= 0) {
                BY_CODE[c.localCode] = c;
            }
        }
    }

    private final int localCode;
    private final int remoteCode;

    Command(int localCode, int remoteCode) {
        this.localCode = localCode;
        this.remoteCode = remoteCode;
    }

    /** The channel command code (CCW opcode), or -1 when the command has none. */
    public int localCode() {
        return localCode;
    }

    /** The code sent over TN3270. */
    public int wireCode() {
        return remoteCode;
    }

    /** True for W, EW and EWA, which carry a WCC and orders. */
    public boolean isWrite() {
        return this == WRITE || this == ERASE_WRITE || this == ERASE_WRITE_ALTERNATE;
    }

    /** True for RB, RM and RMA, which ask the terminal for an inbound record. */
    public boolean isRead() {
        return this == READ_BUFFER || this == READ_MODIFIED || this == READ_MODIFIED_ALL;
    }

    /** The command of a local or remote code. */
    public static Command fromWire(int code) {
        Command c = BY_CODE[code & 0xFF];
        if (c == null) {
            throw new DataStreamException(String.format("command code: %02X (expected: a 3270 command)", code & 0xFF));
        }
        return c;
    }
}
