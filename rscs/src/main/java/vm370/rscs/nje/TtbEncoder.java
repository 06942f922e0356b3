package vm370.rscs.nje;

import java.util.Arrays;
import vm370.s370.storage.BigEndian;

/**
 * Frames records for TCPNJE: one TTB per {@link #frame} call, each record with its TTR, then the
 * closing zero TTR. The output buffer is reused between frames (one encoder per sending thread).
 */
public final class TtbEncoder {

    private byte[] out = new byte[16384];
    private int length;

    /** Starts a new TTB. */
    public TtbEncoder begin() {
        length = 8;
        return this;
    }

    /** Adds one record with its TTR. */
    public TtbEncoder add(byte[] record, int offset, int count) {
        ensure(4 + count + 4);
        BigEndian.putWord(out, length, count);
        System.arraycopy(record, offset, out, length + 4, count);
        length += 4 + count;
        return this;
    }

    public TtbEncoder add(byte[] record) {
        return add(record, 0, record.length);
    }

    /** Ends the TTB: the zero TTR and the length in its header. The frame is {@link #buffer}[0..{@link #length}). */
    public TtbEncoder end() {
        ensure(4);
        BigEndian.putWord(out, length, 0);
        length += 4;
        BigEndian.putWord(out, 0, length);
        BigEndian.putWord(out, 4, 0);
        return this;
    }

    public byte[] buffer() {
        return out;
    }

    public int length() {
        return length;
    }

    /** A copy of the frame, for tests and one-off records. */
    public byte[] toByteArray() {
        return Arrays.copyOf(out, length);
    }

    private void ensure(int more) {
        if (length + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + more));
        }
    }
}
