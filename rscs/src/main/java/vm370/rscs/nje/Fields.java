package vm370.rscs.nje;

import java.util.Locale;
import vm370.s370.text.Ebcdic;

/** Blank-padded EBCDIC names inside NJE records; their integers are {@link vm370.s370.storage.BigEndian}'s. */
final class Fields {

    static final Ebcdic EBCDIC = Ebcdic.CP037;

    private Fields() {
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
