package vm370.terminals.datastream;

/**
 * Buffer addresses in orders and inbound records: 12-bit (two 6-bit halves, each sent as a
 * graphic through the code table) or 14-bit binary. Decoding tells them apart by the two high
 * bits of the first byte. The same 6-bit table makes WCC and attribute bytes graphic.
 * @see GA23-0059, "Buffer Addressing"
 */
public final class BufferAddress {

    /** Largest address a 12-bit address can carry. */
    public static final int MAX_12_BIT = 4095;
    /** Largest address a 14-bit address can carry. */
    public static final int MAX_14_BIT = 16383;

    private static final byte[] CODE = {
        0x40, (byte) 0xC1, (byte) 0xC2, (byte) 0xC3, (byte) 0xC4, (byte) 0xC5, (byte) 0xC6, (byte) 0xC7,
        (byte) 0xC8, (byte) 0xC9, 0x4A, 0x4B, 0x4C, 0x4D, 0x4E, 0x4F,
        0x50, (byte) 0xD1, (byte) 0xD2, (byte) 0xD3, (byte) 0xD4, (byte) 0xD5, (byte) 0xD6, (byte) 0xD7,
        (byte) 0xD8, (byte) 0xD9, 0x5A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F,
        0x60, 0x61, (byte) 0xE2, (byte) 0xE3, (byte) 0xE4, (byte) 0xE5, (byte) 0xE6, (byte) 0xE7,
        (byte) 0xE8, (byte) 0xE9, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F,
        (byte) 0xF0, (byte) 0xF1, (byte) 0xF2, (byte) 0xF3, (byte) 0xF4, (byte) 0xF5, (byte) 0xF6, (byte) 0xF7,
        (byte) 0xF8, (byte) 0xF9, 0x7A, 0x7B, 0x7C, 0x7D, 0x7E, 0x7F,
    };

    private BufferAddress() {
    }

    /** The graphic byte that carries a 6-bit value (0-63). */
    public static int graphic(int sixBits) {
        return CODE[sixBits & 0x3F] & 0xFF;
    }

    /** Writes an address in 12-bit form when it fits and 14-bit form otherwise. */
    public static void write(ByteWriter out, int address, AddressMode mode) {
        if (address < 0 || address > MAX_14_BIT) {
            throw new IllegalArgumentException("buffer address: " + address + " (expected: 0-" + MAX_14_BIT + ")");
        }
        if (mode == AddressMode.TWELVE_BIT && address <= MAX_12_BIT) {
            out.put(CODE[(address >>> 6) & 0x3F]);
            out.put(CODE[address & 0x3F]);
        } else {
            out.put((address >>> 8) & 0x3F);
            out.put(address & 0xFF);
        }
    }

    /** Decodes the two bytes of an address in either form. */
    public static int decode(int first, int second) {
        if ((first & 0xC0) == 0) {
            return ((first & 0x3F) << 8) | (second & 0xFF);
        }
        return ((first & 0x3F) << 6) | (second & 0x3F);
    }

    /** Which form the encoder uses: 12-bit for buffers up to 4096 cells, as x3270 does. */
    public enum AddressMode {
        TWELVE_BIT, FOURTEEN_BIT;

        /** The mode a buffer of {@code cells} cells needs. */
        public static AddressMode forBufferSize(int cells) {
            return cells > MAX_12_BIT + 1 ? FOURTEEN_BIT : TWELVE_BIT;
        }
    }
}
