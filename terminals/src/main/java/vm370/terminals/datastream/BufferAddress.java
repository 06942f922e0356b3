package vm370.terminals.datastream;

/**
 * Buffer addresses in orders and inbound records, written to the TN3270 server's {@link ByteWriter}
 * in the form an {@link AddressMode} chooses. The code table and decoding are the machine's
 * ({@link vm370.s370.device.display.BufferAddress}), shared with CMS's full-screen I/O.
 * @see GA23-0059, "Buffer Addressing"
 */
public final class BufferAddress {

    /** Largest address a 12-bit address can carry. */
    public static final int MAX_12_BIT = vm370.s370.device.display.BufferAddress.MAX_12_BIT;
    /** Largest address a 14-bit address can carry. */
    public static final int MAX_14_BIT = vm370.s370.device.display.BufferAddress.MAX_14_BIT;

    private BufferAddress() {
    }

    /** The graphic byte that carries a 6-bit value (0-63). */
    public static int graphic(int sixBits) {
        return vm370.s370.device.display.BufferAddress.graphic(sixBits) & 0xFF;
    }

    /** Writes an address in 12-bit form when it fits and 14-bit form otherwise. */
    public static void write(ByteWriter out, int address, AddressMode mode) {
        if (address < 0 || address > MAX_14_BIT) {
            throw new IllegalArgumentException("buffer address: " + address + " (expected: 0-" + MAX_14_BIT + ")");
        }
        if (mode == AddressMode.TWELVE_BIT && address <= MAX_12_BIT) {
            out.put(graphic(address >>> 6));
            out.put(graphic(address));
        } else {
            out.put((address >>> 8) & 0x3F);
            out.put(address & 0xFF);
        }
    }

    /** Decodes the two bytes of an address in either form. */
    public static int decode(int first, int second) {
        return vm370.s370.device.display.BufferAddress.decode(first, second);
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
