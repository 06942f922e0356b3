package vm370.cms.nucleus;

import java.util.List;
import vm370.cms.nucleus.CopyOptions.CaseChange;

/**
 * COPYFILE's translation of the records' bytes: one 256-byte table, built from the EBCDIC, UPCASE
 * or LOWCASE option and then changed by the pairs of a TRANS list ({@code c1 c2 ...}, each a
 * character or two hexadecimal digits), so that a record is translated in one pass.
 * @vm370 DMSCPY
 */
final class CopyTranslation {

    /**
     * The BCD (BCDIC) character each 6-bit code stands for, in IBM 1401 order (B, A, 8, 4, 2, 1
     * bits), as EBCDIC; the tape mark, record mark, delta, lozenge and group mark, which EBCDIC
     * lacks, become |, ¦, ¬, \ and ~. The two high bits of an input byte are ignored.
     */
    private static final String BCD = " 1234567890#@:>|" + "¢/STUVWXYZ¦,%='\"" + "-JKLMNOPQR!$*);¬"
            + "&ABCDEFGHI?.\\(<~";

    private CopyTranslation() {
    }

    /** The table an option makes: null when none translates (the records are copied as they are). */
    static byte[] table(CaseChange change, boolean trans) {
        if (change == CaseChange.NONE && !trans) {
            return null;
        }
        byte[] table = new byte[256];
        for (int b = 0; b < 256; b++) {
            table[b] = switch (change) {
                case NONE -> (byte) b;
                case UPCASE -> (byte) (lowerCaseLetter(b) ? b | 0x40 : b);
                case LOWCASE -> (byte) ((b & 0x40) != 0 && lowerCaseLetter(b & ~0x40) ? b & ~0x40 : b);
                case EBCDIC -> Supervisor.EBCDIC.toByte(BCD.charAt(b & 0x3F), (byte) 0x40);
            };
        }
        return table;
    }

    /** EBCDIC a-i, j-r and s-z: X'81'-X'89', X'91'-X'99', X'A2'-X'A9'. */
    private static boolean lowerCaseLetter(int b) {
        return b >= 0x81 && b <= 0x89 || b >= 0x91 && b <= 0x99 || b >= 0xA2 && b <= 0xA9;
    }

    /**
     * Applies a TRANS list to {@code table}: a byte that translates to the first character of a pair
     * then translates to the second (the pairs act at once, so {@code A B B A} swaps A and B).
     * Returns null, or the word at which the list is wrong.
     */
    static String applyList(List<String> words, byte[] table) {
        if (words.isEmpty() || words.size() % 2 != 0) {
            return words.isEmpty() ? "" : words.getLast();
        }
        byte[] pairs = new byte[256];
        for (int b = 0; b < 256; b++) {
            pairs[b] = (byte) b;
        }
        for (int i = 0; i < words.size(); i += 2) {
            int from = CopyOptions.character(words.get(i));
            int to = CopyOptions.character(words.get(i + 1));
            if (from < 0 || to < 0) {
                return words.get(from < 0 ? i : i + 1);
            }
            pairs[from] = (byte) to;
        }
        translate(pairs, table, table.length);
        return null;
    }

    /** Translates {@code length} bytes of {@code record} in place. */
    static void translate(byte[] table, byte[] record, int length) {
        for (int i = 0; i < length; i++) {
            record[i] = table[record[i] & 0xFF];
        }
    }
}
