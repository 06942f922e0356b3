package vm370.terminals.datastream;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * One element of a write's order sequence: an order with its operands, or a run of character
 * data. Buffer addresses are cell numbers (row × columns + column); their 12/14-bit form is
 * the codec's business. @see GA23-0059, "Orders"
 */
public sealed interface Order {

    /** SF: a field attribute at the current address. */
    record StartField(int attribute) implements Order {
    }

    /** SFE: a field with extended attributes; the basic attribute is the BASIC pair, if any. */
    record StartFieldExtended(List<Attribute> attributes) implements Order {
        public StartFieldExtended {
            attributes = List.copyOf(attributes);
        }
    }

    /** SBA: move the current buffer address. */
    record SetBufferAddress(int address) implements Order {
    }

    /** SA: a character attribute for the characters that follow. */
    record SetAttribute(Attribute attribute) implements Order {
    }

    /** MF: change attributes of the field whose attribute is at the current address. */
    record ModifyField(List<Attribute> attributes) implements Order {
        public ModifyField {
            attributes = List.copyOf(attributes);
        }
    }

    /** IC: put the cursor at the current address. */
    record InsertCursor() implements Order {
    }

    /** PT: move to the first character of the next unprotected field. */
    record ProgramTab() implements Order {
    }

    /** RA: repeat one character (a GE character when {@code graphicEscape}) up to an address. */
    record RepeatToAddress(int address, int character, boolean graphicEscape) implements Order {
    }

    /** EUA: null the unprotected characters up to an address. */
    record EraseUnprotectedToAddress(int address) implements Order {
    }

    /** GE: one character from the alternate (APL) character set. */
    record GraphicEscape(int character) implements Order {
    }

    /** A run of EBCDIC character data; never holds a byte that would start an order. */
    record Text(byte[] bytes) implements Order {
        public Text {
            bytes = bytes.clone();
            for (byte b : bytes) {
                if (OrderCode.ofByte(b) != null) {
                    throw new IllegalArgumentException(String.format(
                            "text byte: %02X (expected: not an order code)", b & 0xFF));
                }
            }
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        /** The number of characters. */
        public int length() {
            return bytes.length;
        }

        /** The character at {@code i}, without copying the array. */
        public int byteAt(int i) {
            return bytes[i] & 0xFF;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Text t && Arrays.equals(bytes, t.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Text[" + HexFormat.of().formatHex(bytes) + "]";
        }
    }
}
