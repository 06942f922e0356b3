package vm370.terminals.telnet;

/** Telnet commands (the byte after IAC). @see RFC 854, RFC 885 (EOR) */
public enum TelnetCommand {
    SE(0xF0), NOP(0xF1), DATA_MARK(0xF2), BREAK(0xF3), INTERRUPT_PROCESS(0xF4), ABORT_OUTPUT(0xF5),
    ARE_YOU_THERE(0xF6), ERASE_CHARACTER(0xF7), ERASE_LINE(0xF8), GO_AHEAD(0xF9), SB(0xFA),
    WILL(0xFB), WONT(0xFC), DO(0xFD), DONT(0xFE), IAC(0xFF), END_OF_RECORD(0xEF);

    private static final TelnetCommand[] BY_CODE = new TelnetCommand[256];

    static {
        for (TelnetCommand c : values()) {
            BY_CODE[c.code] = c;
        }
    }

    private final int code;

    TelnetCommand(int code) {
        this.code = code;
    }

    public int wireCode() {
        return code;
    }

    /** The command of a byte, or null when the byte is no telnet command. */
    public static TelnetCommand ofByte(int b) {
        return BY_CODE[b & 0xFF];
    }

    /** True for WILL, WONT, DO and DONT, which carry an option byte. */
    public boolean isNegotiation() {
        return this == WILL || this == WONT || this == DO || this == DONT;
    }
}
