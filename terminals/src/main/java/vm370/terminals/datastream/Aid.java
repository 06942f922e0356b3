package vm370.terminals.datastream;

/**
 * Attention identifiers: the first byte of every inbound record, naming the key that sent it.
 * CLEAR and the PA keys send a short read (the AID alone). @see GA23-0059, AID table
 */
public enum Aid {
    NO_AID(0x60),
    STRUCTURED_FIELD(0x88),
    ENTER(0x7D),
    PF1(0xF1), PF2(0xF2), PF3(0xF3), PF4(0xF4), PF5(0xF5), PF6(0xF6),
    PF7(0xF7), PF8(0xF8), PF9(0xF9), PF10(0x7A), PF11(0x7B), PF12(0x7C),
    PF13(0xC1), PF14(0xC2), PF15(0xC3), PF16(0xC4), PF17(0xC5), PF18(0xC6),
    PF19(0xC7), PF20(0xC8), PF21(0xC9), PF22(0x4A), PF23(0x4B), PF24(0x4C),
    PA1(0x6C), PA2(0x6E), PA3(0x6B),
    CLEAR(0x6D),
    CLEAR_PARTITION(0x6A),
    SYSREQ(0xF0),
    /** Cursor select (selector pen attention on a detectable field). */
    CURSOR_SELECT(0x7E),
    TRIGGER_ACTION(0x7F);

    private static final Aid[] BY_CODE = new Aid[256];
    private static final Aid[] PF = {PF1, PF2, PF3, PF4, PF5, PF6, PF7, PF8, PF9, PF10, PF11, PF12,
        PF13, PF14, PF15, PF16, PF17, PF18, PF19, PF20, PF21, PF22, PF23, PF24};

    static {
        for (Aid a : values()) {
            if (BY_CODE[a.code] != null) {
                throw new IllegalStateException("AID code " + a.code + " twice");
            }
            BY_CODE[a.code] = a;
        }
    }

    private final int code;

    Aid(int code) {
        this.code = code;
    }

    public int wireCode() {
        return code;
    }

    /** True for the keys that send the AID alone: CLEAR, PA1, PA2, PA3. */
    public boolean isShortRead() {
        return this == CLEAR || this == PA1 || this == PA2 || this == PA3 || this == CLEAR_PARTITION;
    }

    /** PF{@code n} for n in 1..24. */
    public static Aid pf(int n) {
        if (n < 1 || n > 24) {
            throw new IllegalArgumentException("PF key: " + n + " (expected: 1-24)");
        }
        return PF[n - 1];
    }

    /** The AID of a wire code. */
    public static Aid fromWire(int code) {
        Aid a = BY_CODE[code & 0xFF];
        if (a == null) {
            throw new DataStreamException(String.format("AID: %02X (expected: an attention identifier)", code & 0xFF));
        }
        return a;
    }
}
