package vm370.terminals.datastream;

/** Extended highlighting attribute values (type X'41'). @see GA23-0059 */
public enum Highlight {
    DEFAULT(0x00), NORMAL(0xF0), BLINK(0xF1), REVERSE(0xF2), UNDERSCORE(0xF4), INTENSIFY(0xF8);

    private static final Highlight[] BY_CODE = new Highlight[256];

    static {
        for (Highlight h : values()) {
            BY_CODE[h.code] = h;
        }
    }

    private final int code;

    Highlight(int code) {
        this.code = code;
    }

    public int wireCode() {
        return code;
    }

    /** The highlight of a wire value; unknown values show as the default. */
    public static Highlight fromWire(int code) {
        Highlight h = BY_CODE[code & 0xFF];
        return h == null ? DEFAULT : h;
    }
}
