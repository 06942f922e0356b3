package vm370.rscs.nje;

/**
 * String control bytes: the run-length compression of every record inside an NJE block. An SCB is
 * X'00' end of record, X'40' abort, X'80'+n n blanks, X'A0'+n the next byte n times, X'C0'+n n
 * literal bytes (n 1-31, 1-31, 1-63). One instance per thread: it keeps its expansion buffer.
 */
public final class Scb {

    public static final int END = 0x00;
    public static final int ABORT = 0x40;
    private static final int BLANKS = 0x80;
    private static final int REPEAT = 0xA0;
    private static final int LITERAL = 0xC0;
    private static final int MAX_RUN = 31;
    private static final int MAX_LITERAL = 63;
    private static final byte BLANK = 0x40;

    /** Expanded record of the last {@link #expand}. */
    private byte[] record = new byte[512];
    private int recordLength;

    /**
     * Compresses {@code length} bytes into {@code out} at {@code at}, ending with the X'00' SCB, and
     * returns the position after it; {@code out} must have room for length + length/63 + 2 bytes.
     * With {@code trimBlanks} trailing blanks are not sent (the receiver pads to the record length).
     */
    public static int compress(byte[] in, int offset, int length, boolean trimBlanks, byte[] out, int at) {
        int end = offset + length;
        if (trimBlanks) {
            while (end > offset && in[end - 1] == BLANK) {
                end--;
            }
        }
        int i = offset;
        int literalStart = i;
        while (i < end) {
            byte b = in[i];
            int run = 1;
            while (i + run < end && in[i + run] == b && run < MAX_RUN) {
                run++;
            }
            boolean worth = b == BLANK ? run >= 2 : run >= 3;
            if (worth) {
                at = literal(in, literalStart, i, out, at);
                if (b == BLANK) {
                    out[at++] = (byte) (BLANKS | run);
                } else {
                    out[at++] = (byte) (REPEAT | run);
                    out[at++] = b;
                }
                i += run;
                literalStart = i;
            } else {
                i += run;
            }
        }
        at = literal(in, literalStart, end, out, at);
        out[at++] = END;
        return at;
    }

    /** The most bytes {@link #compress} can write for a record of {@code length}. */
    public static int maxCompressed(int length) {
        return length + length / MAX_LITERAL + 2;
    }

    private static int literal(byte[] in, int from, int to, byte[] out, int at) {
        while (from < to) {
            int n = Math.min(MAX_LITERAL, to - from);
            out[at++] = (byte) (LITERAL | n);
            System.arraycopy(in, from, out, at, n);
            at += n;
            from += n;
        }
        return at;
    }

    /**
     * Expands one record starting at {@code at} (up to {@code limit}) into {@link #record()} and
     * returns the position after its X'00' SCB; -1 when the bytes run out first, an SCB is not
     * valid, or the peer aborted the record (X'40').
     */
    public int expand(byte[] in, int at, int limit) {
        recordLength = 0;
        while (at < limit) {
            int scb = in[at++] & 0xFF;
            if (scb == END) {
                return at;
            }
            int count = scb & 0x1F;
            switch (scb & 0xE0) {
                case BLANKS -> fill(BLANK, count);
                case REPEAT -> {
                    if (at >= limit) {
                        return -1;
                    }
                    fill(in[at++], count);
                }
                case LITERAL, LITERAL | 0x20 -> {
                    int n = scb & 0x3F;
                    if (at + n > limit) {
                        return -1;
                    }
                    ensure(n);
                    System.arraycopy(in, at, record, recordLength, n);
                    recordLength += n;
                    at += n;
                }
                default -> {
                    return -1;
                }
            }
        }
        return -1;
    }

    private void fill(byte b, int count) {
        ensure(count);
        java.util.Arrays.fill(record, recordLength, recordLength + count, b);
        recordLength += count;
    }

    private void ensure(int more) {
        if (recordLength + more > record.length) {
            record = java.util.Arrays.copyOf(record, Math.max(record.length * 2, recordLength + more));
        }
    }

    /** The buffer holding the last expanded record (reused by the next call). */
    public byte[] record() {
        return record;
    }

    public int recordLength() {
        return recordLength;
    }
}
