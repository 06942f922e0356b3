package vm370.terminals.screen;

import vm370.terminals.datastream.Color;
import vm370.terminals.datastream.FieldAttribute;
import vm370.terminals.datastream.Highlight;

/**
 * A view of one field of a {@link Screen}: where its attribute is, where its characters start,
 * how many there are, and its attributes. A snapshot: it does not follow later changes.
 */
public record Field(int attributeAddress, int start, int length, int attribute, Color color, Highlight highlight) {

    public boolean isProtected() {
        return FieldAttribute.isProtected(attribute);
    }

    public boolean isNumeric() {
        return FieldAttribute.isNumeric(attribute);
    }

    public boolean isIntensified() {
        return FieldAttribute.isIntensified(attribute);
    }

    public boolean isHidden() {
        return FieldAttribute.isHidden(attribute);
    }

    public boolean isModified() {
        return FieldAttribute.isModified(attribute);
    }

    /** True when a buffer address lies among this field's characters (wrapping at the end). */
    public boolean contains(int address, int bufferSize) {
        int offset = Math.floorMod(address - start, bufferSize);
        return offset < length;
    }
}
