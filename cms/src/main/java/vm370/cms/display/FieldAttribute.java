package vm370.cms.display;

import vm370.s370.device.display.BufferAddress;

/** The field attributes a CMS screen uses, as their wire bytes (the 6-bit value through the graphic table). */
public enum FieldAttribute {
    UNPROTECTED(0x00),
    UNPROTECTED_INTENSIFIED(0x08),
    PROTECTED(0x20),
    PROTECTED_INTENSIFIED(0x28),
    /** Protected and numeric: the cursor skips the field (ends an input field). */
    AUTOSKIP(0x30),
    AUTOSKIP_INTENSIFIED(0x38);

    private final int bits;

    FieldAttribute(int bits) {
        this.bits = bits;
    }

    /** The attribute byte on the wire. */
    public byte code() {
        return BufferAddress.graphic(bits);
    }

    public boolean isProtected() {
        return (bits & 0x20) != 0;
    }

    /** Whether an attribute byte (as read back, MDT ignored) marks a protected field. */
    public static boolean isProtected(int attribute) {
        return (attribute & 0x20) != 0;
    }
}
