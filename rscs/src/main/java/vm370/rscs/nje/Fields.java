package vm370.rscs.nje;

import java.util.Locale;
import vm370.s370.text.Ebcdic;

/** Big-endian integers and blank-padded EBCDIC names inside NJE records: the one place that lays out bytes. */
final class Fields {

    static final Ebcdic EBCDIC = Ebcdic.CP037;

    private Fields() {
    }

    static void putHalf(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 8);
        b[at + 1] = (byte) value;
    }

    static void putWord(byte[] b, int at, int value) {
        putHalf(b, at, value >>> 16);
        putHalf(b, at + 2, value);
    }

    static void putDouble(byte[] b, int at, long value) {
        putWord(b, at, (int) (value >>> 32));
        putWord(b, at + 4, (int) value);
    }

    static int half(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    static int word(byte[] b, int at) {
        return half(b, at) << 16 | half(b, at + 2);
    }

    static long doubleWord(byte[] b, int at) {
        return (long) word(b, at) << 32 | word(b, at + 4) & 0xFFFFFFFFL;
    }

    /** Puts {@code text} upper-cased, blank-padded or cut to {@code width}. */
    static void putName(byte[] b, int at, String text, int width) {
        System.arraycopy(EBCDIC.encodePadded(text.toUpperCase(Locale.ROOT), width), 0, b, at, width);
    }

    /** Puts text as it is (case kept), blank-padded or cut. */
    static void putText(byte[] b, int at, String text, int width) {
        System.arraycopy(EBCDIC.encodePadded(text, width), 0, b, at, width);
    }

    /** A blank-padded field without its trailing blanks (and NULs, which some peers leave). */
    static String name(byte[] b, int at, int width) {
        String s = EBCDIC.decode(b, at, width);
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
            end--;
        }
        return s.substring(0, end);
    }
}
