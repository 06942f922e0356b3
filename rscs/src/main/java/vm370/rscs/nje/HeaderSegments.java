package vm370.rscs.nje;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vm370.s370.storage.BigEndian;

/**
 * Headers and trailers (NJH, NDH, NJT) travel as segments of at most {@value #MAX_SEGMENT} bytes,
 * each with a 4-byte prefix: its length (2), flags (1), and a sequence byte whose X'80' says more
 * segments follow and whose low bits number it. Sections may straddle segments. This class cuts a
 * header into segments and puts received ones back together (one assembler per stream).
 */
public final class HeaderSegments {

    public static final int MAX_SEGMENT = 256;
    private static final int PREFIX = 4;
    private static final int MORE = 0x80;

    private byte[] body = new byte[1024];
    private int length;
    private int expected;

    /** The segments of a header whose sections are {@code content} (without prefixes). */
    public static List<byte[]> segments(byte[] content) {
        List<byte[]> out = new ArrayList<>();
        int at = 0;
        int number = 0;
        do {
            int n = Math.min(MAX_SEGMENT - PREFIX, content.length - at);
            byte[] segment = new byte[PREFIX + n];
            BigEndian.putHalfword(segment, 0, PREFIX + n);
            boolean more = at + n < content.length;
            segment[3] = (byte) ((more ? MORE : 0) | number++);
            System.arraycopy(content, at, segment, PREFIX, n);
            out.add(segment);
            at += n;
        } while (at < content.length);
        return out;
    }

    /**
     * Takes one received segment. Returns 1 when the header is complete ({@link #content}), 0 when
     * more segments are due, -1 when the segment is not valid (bad length, out of order).
     */
    public int add(byte[] segment, int count) {
        if (count < PREFIX || BigEndian.halfword(segment, 0) > count || BigEndian.halfword(segment, 0) < PREFIX) {
            return -1;
        }
        int sequence = segment[3] & 0x7F;
        if (sequence != expected) {
            expected = 0;
            length = 0;
            return -1;
        }
        int n = BigEndian.halfword(segment, 0) - PREFIX;
        if (length + n > body.length) {
            body = Arrays.copyOf(body, Math.max(body.length * 2, length + n));
        }
        System.arraycopy(segment, PREFIX, body, length, n);
        length += n;
        if ((segment[3] & MORE) != 0) {
            expected++;
            return 0;
        }
        expected = 0;
        return 1;
    }

    /** The sections of the completed header; the assembler is ready for the next one. */
    public byte[] content() {
        byte[] out = Arrays.copyOf(body, length);
        length = 0;
        return out;
    }
}
