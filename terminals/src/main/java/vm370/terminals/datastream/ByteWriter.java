package vm370.terminals.datastream;

import java.util.Arrays;

/**
 * A growable byte array that encoders write into; one is owned by each session and reused
 * for every record, so encoding a screen allocates nothing once the array has grown.
 * Not thread-safe: owned by one writer at a time.
 */
public final class ByteWriter {

    private byte[] bytes;
    private int size;

    public ByteWriter() {
        this(256);
    }

    public ByteWriter(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    public void put(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[size++] = (byte) b;
    }

    public void put(byte[] source, int offset, int length) {
        ensure(length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    public void put(byte[] source) {
        put(source, 0, source.length);
    }

    /** Writes a big-endian 16-bit value. */
    public void putShort(int value) {
        put(value >>> 8);
        put(value);
    }

    /** Overwrites a big-endian 16-bit value at an earlier position (structured field lengths). */
    public void setShort(int position, int value) {
        bytes[position] = (byte) (value >>> 8);
        bytes[position + 1] = (byte) value;
    }

    public int size() {
        return size;
    }

    /** The backing array; valid from 0 to {@link #size()} until the next write. */
    public byte[] array() {
        return bytes;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    public void reset() {
        size = 0;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
