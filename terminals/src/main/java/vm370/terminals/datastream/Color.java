package vm370.terminals.datastream;

/** Extended color attribute values (type X'42' foreground, X'45' background). @see GA23-0059 */
public enum Color {
    DEFAULT(0x00), NEUTRAL(0xF0), BLUE(0xF1), RED(0xF2), PINK(0xF3), GREEN(0xF4), TURQUOISE(0xF5),
    YELLOW(0xF6), WHITE(0xF7), BLACK(0xF8), DEEP_BLUE(0xF9), ORANGE(0xFA), PURPLE(0xFB),
    PALE_GREEN(0xFC), PALE_TURQUOISE(0xFD), GREY(0xFE), NEUTRAL_WHITE(0xFF);

    private static final Color[] BY_CODE = new Color[256];

    static {
        for (Color c : values()) {
            BY_CODE[c.code] = c;
        }
    }

    private final int code;

    Color(int code) {
        this.code = code;
    }

    public int wireCode() {
        return code;
    }

    /** The color of a wire value; values the terminal does not know show as the default. */
    public static Color fromWire(int code) {
        Color c = BY_CODE[code & 0xFF];
        return c == null ? DEFAULT : c;
    }
}
