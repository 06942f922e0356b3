package vm370.s370.device.display;

/**
 * 3270 buffer addresses on the wire: 12-bit (two 6-bit halves, each sent as a graphic through the
 * code table) for buffers up to 4096 cells, or 14-bit binary for larger ones; decoding tells them
 * apart by the two high bits of the first byte. The same table makes WCC and attribute bytes graphic.
 * Here, below everyone, because both the TN3270 server (terminals) and a guest's full-screen I/O (CMS) need it.
 * @see "3270 Data Stream Programmer's Reference, GA23-0059, Buffer Addressing"
 */
public final class BufferAddress {

    /** Largest address a 12-bit address can carry. */
    public static final int MAX_12_BIT = 4095;
    /** Largest address a 14-bit address can carry. */
    public static final int MAX_14_BIT = 16383;

    /** The 64 graphic codes that carry a 6-bit value (addresses, attribute bytes, WCC). */
    private static final byte[] CODES = {
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

    /** The graphic code for a 6-bit value. */
    public static byte graphic(int sixBits) {
        return CODES[sixBits & 0x3F];
    }

    /** Writes {@code address} as two bytes at {@code into[at]}: 12-bit when the buffer has at most 4096 cells. */
    public static void encode(int address, int bufferSize, byte[] into, int at) {
        if (bufferSize <= MAX_12_BIT + 1) {
            into[at] = graphic(address >> 6);
            into[at + 1] = graphic(address);
        } else {
            into[at] = (byte) ((address >> 8) & 0x3F);
            into[at + 1] = (byte) address;
        }
    }

    /** Decodes an address: 14-bit binary when the first byte's top two bits are zero, else 12-bit. */
    public static int decode(int first, int second) {
        if ((first & 0xC0) == 0) {
            return ((first & 0x3F) << 8) | (second & 0xFF);
        }
        return ((first & 0x3F) << 6) | (second & 0x3F);
    }
}
