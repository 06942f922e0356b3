package vm370.terminals.datastream;

/** The wire codes of the 3270 orders. @see GA23-0059, "Orders" */
public enum OrderCode {
    START_FIELD(0x1D),
    START_FIELD_EXTENDED(0x29),
    SET_BUFFER_ADDRESS(0x11),
    SET_ATTRIBUTE(0x28),
    MODIFY_FIELD(0x2C),
    INSERT_CURSOR(0x13),
    PROGRAM_TAB(0x05),
    REPEAT_TO_ADDRESS(0x3C),
    ERASE_UNPROTECTED_TO_ADDRESS(0x12),
    GRAPHIC_ESCAPE(0x08);

    private static final OrderCode[] BY_CODE = new OrderCode[256];

    static {
        for (OrderCode o : values()) {
            BY_CODE[o.code] = o;
        }
    }

    private final int code;

    OrderCode(int code) {
        this.code = code;
    }

    public int wireCode() {
        return code;
    }

    /** The order a byte starts, or null when the byte is character data. */
    public static OrderCode ofByte(int b) {
        return BY_CODE[b & 0xFF];
    }
}
