package vm370.cms.xedit;

import vm370.s370.text.Ebcdic;

/** String helpers the subcommands share: zone-limited, optionally case-blind search; hex strings. */
final class Strings {

    private Strings() {
    }

    /** Index of {@code what} in {@code text} wholly inside columns [from, to) (0-origin), or -1. */
    static int indexOf(String text, String what, int from, int to, boolean ignoreCase) {
        int last = Math.min(to, text.length()) - what.length();
        for (int i = Math.max(0, from); i <= last; i++) {
            if (text.regionMatches(ignoreCase, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Last index of {@code what} starting before {@code before}, inside [from, to), or -1. */
    static int lastIndexOf(String text, String what, int from, int to, int before, boolean ignoreCase) {
        int last = Math.min(Math.min(to, text.length()) - what.length(), before - 1);
        for (int i = last; i >= Math.max(0, from); i--) {
            if (text.regionMatches(ignoreCase, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * With SET HEX ON a string may be given in hexadecimal as {@code X'C1C2'} (EBCDIC code points);
     * returns the characters, the text itself when it is not in that form, or null when it is bad hex.
     */
    static String hexOrText(String s) {
        if (s.length() < 3 || (s.charAt(0) != 'X' && s.charAt(0) != 'x') || s.charAt(1) != '\'' || !s.endsWith("'")) {
            return s;
        }
        String digits = s.substring(2, s.length() - 1);
        if (digits.length() % 2 != 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 2) {
            int hi = Character.digit(digits.charAt(i), 16);
            int lo = Character.digit(digits.charAt(i + 1), 16);
            if (hi < 0 || lo < 0) {
                return null;
            }
            out.append(Ebcdic.CP037.toChar(hi * 16 + lo));
        }
        return out.toString();
    }

    /** {@code text} padded with blanks (or cut) to exactly {@code width}. */
    static String pad(String text, int width) {
        if (text.length() >= width) {
            return text.substring(0, width);
        }
        return text + " ".repeat(width - text.length());
    }
}
