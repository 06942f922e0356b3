package vm370.terminals.datastream;

/**
 * One (type, value) pair of an SFE, MF or SA order. Kept as raw codes so that a type this
 * terminal does not implement still round-trips. @see AttributeType
 */
public record Attribute(int type, int value) {

    public Attribute {
        if ((type & ~0xFF) != 0 || (value & ~0xFF) != 0) {
            throw new IllegalArgumentException("attribute pair: " + type + "," + value + " (expected: bytes)");
        }
    }

    public static Attribute basic(FieldAttribute attribute) {
        return AttributeType.BASIC.of(attribute.toByte());
    }

    public static Attribute foreground(Color color) {
        return AttributeType.FOREGROUND.of(color.wireCode());
    }

    public static Attribute highlight(Highlight highlight) {
        return AttributeType.HIGHLIGHTING.of(highlight.wireCode());
    }
}
