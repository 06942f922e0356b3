package vm370.terminals.datastream;

/**
 * A field attribute byte: protection, numeric, display intensity and the modified data tag.
 * On the wire its six low bits go through the address table so that it is a graphic.
 * @see GA23-0059, "Field Attributes"
 */
public record FieldAttribute(boolean protect, boolean numeric, Display display, boolean modified) {

    public static final FieldAttribute UNPROTECTED = new FieldAttribute(false, false, Display.NORMAL, false);
    public static final FieldAttribute UNPROTECTED_INTENSIFIED = new FieldAttribute(false, false, Display.INTENSIFIED, false);
    public static final FieldAttribute UNPROTECTED_HIDDEN = new FieldAttribute(false, false, Display.HIDDEN, false);
    public static final FieldAttribute PROTECTED = new FieldAttribute(true, false, Display.NORMAL, false);
    public static final FieldAttribute PROTECTED_INTENSIFIED = new FieldAttribute(true, false, Display.INTENSIFIED, false);
    /** Protected and numeric: the cursor skips over it. */
    public static final FieldAttribute AUTOSKIP = new FieldAttribute(true, true, Display.NORMAL, false);
    public static final FieldAttribute AUTOSKIP_INTENSIFIED = new FieldAttribute(true, true, Display.INTENSIFIED, false);

    private static final int PROTECTED_BIT = 0x20;
    private static final int NUMERIC_BIT = 0x10;
    private static final int DISPLAY_BITS = 0x0C;
    private static final int MODIFIED_BIT = 0x01;

    /** Bits 4-5 of the attribute. */
    public enum Display {
        NORMAL(0x00), NORMAL_DETECTABLE(0x04), INTENSIFIED(0x08), HIDDEN(0x0C);

        private final int bits;

        Display(int bits) {
            this.bits = bits;
        }

        static Display of(int attribute) {
            return values()[(attribute & DISPLAY_BITS) >> 2];
        }
    }

    /** The six function bits (without the graphic conversion). */
    public int bits() {
        return (protect ? PROTECTED_BIT : 0) | (numeric ? NUMERIC_BIT : 0) | display.bits | (modified ? MODIFIED_BIT : 0);
    }

    /** The byte sent on the wire. */
    public int toByte() {
        return BufferAddress.graphic(bits());
    }

    public static FieldAttribute fromByte(int b) {
        return new FieldAttribute(isProtected(b), isNumeric(b), Display.of(b), isModified(b));
    }

    public FieldAttribute withModified(boolean on) {
        return new FieldAttribute(protect, numeric, display, on);
    }

    // Bit tests on a raw attribute byte, for the screen's hot paths.

    public static boolean isProtected(int b) {
        return (b & PROTECTED_BIT) != 0;
    }

    public static boolean isNumeric(int b) {
        return (b & NUMERIC_BIT) != 0;
    }

    /** Protected and numeric: the cursor skips the field. */
    public static boolean isAutoskip(int b) {
        return (b & (PROTECTED_BIT | NUMERIC_BIT)) == (PROTECTED_BIT | NUMERIC_BIT);
    }

    public static boolean isIntensified(int b) {
        return (b & DISPLAY_BITS) == 0x08;
    }

    public static boolean isHidden(int b) {
        return (b & DISPLAY_BITS) == DISPLAY_BITS;
    }

    public static boolean isModified(int b) {
        return (b & MODIFIED_BIT) != 0;
    }

    /** The attribute byte with its MDT set or reset, kept graphic. */
    public static int withModified(int b, boolean on) {
        return BufferAddress.graphic(on ? (b | MODIFIED_BIT) : (b & ~MODIFIED_BIT));
    }
}
