package vm370.terminals.telnet;

/**
 * Telnet option codes this server knows. @see RFC 856 (BINARY), RFC 857 (ECHO), RFC 858 (SGA),
 * RFC 1091 (TERMINAL-TYPE), RFC 885 (EOR), RFC 1073 (NAWS), RFC 2355 (TN3270E)
 */
public final class TelnetOption {

    public static final int BINARY = 0x00;
    public static final int ECHO = 0x01;
    public static final int SUPPRESS_GO_AHEAD = 0x03;
    public static final int TIMING_MARK = 0x06;
    public static final int TERMINAL_TYPE = 0x18;
    public static final int END_OF_RECORD = 0x19;
    public static final int NAWS = 0x1F;
    public static final int LINEMODE = 0x22;
    public static final int TN3270E = 0x28;

    /** TERMINAL-TYPE subnegotiation codes. */
    public static final int TERMINAL_TYPE_IS = 0x00;
    public static final int TERMINAL_TYPE_SEND = 0x01;

    private TelnetOption() {
    }
}
