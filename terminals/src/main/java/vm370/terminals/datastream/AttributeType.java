package vm370.terminals.datastream;

/** The attribute types of SFE, SA and MF pairs. @see GA23-0059, "Attribute Types" */
public enum AttributeType {
    /** In SA only: reset every character attribute to its default. */
    ALL(0x00),
    BASIC(0xC0),
    HIGHLIGHTING(0x41),
    FOREGROUND(0x42),
    CHARACTER_SET(0x43),
    BACKGROUND(0x45),
    TRANSPARENCY(0x46),
    VALIDATION(0xC1),
    OUTLINING(0xC2);

    private final int code;

    AttributeType(int code) {
        this.code = code;
    }

    public int wireCode() {
        return code;
    }

    /** An attribute pair of this type. */
    public Attribute of(int value) {
        return new Attribute(code, value);
    }
}
