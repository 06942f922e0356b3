package vm370.terminals.datastream;

/** Reads a record's bytes in order; running past the end is a {@link DataStreamException}. */
final class ByteCursor {

    private final byte[] bytes;
    private final int end;
    private int position;

    ByteCursor(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.position = offset;
        this.end = offset + length;
    }

    boolean hasMore() {
        return position < end;
    }

    int remaining() {
        return end - position;
    }

    int peek() {
        return bytes[position] & 0xFF;
    }

    int next(String what) {
        if (position >= end) {
            throw new DataStreamException("record ends inside " + what);
        }
        return bytes[position++] & 0xFF;
    }

    int nextShort(String what) {
        return (next(what) << 8) | next(what);
    }

    int nextAddress(String what) {
        int first = next(what);
        return BufferAddress.decode(first, next(what));
    }

    byte[] take(int length, String what) {
        if (length > remaining()) {
            throw new DataStreamException("record ends inside " + what);
        }
        byte[] out = new byte[length];
        System.arraycopy(bytes, position, out, 0, length);
        position += length;
        return out;
    }

    int position() {
        return position;
    }

    byte[] array() {
        return bytes;
    }

    void skip(int n) {
        position += n;
    }
}
