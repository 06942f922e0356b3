package vm370.cms.rexx;

/**
 * The string built-in functions of ANSI X3.274 section 9 (ABBREV to XRANGE, less conversions),
 * with CMS's FIND, INDEX and JUSTIFY. Positions are 1-based; pads default to a blank.
 */
final class StringFunctions {

    private StringFunctions() {
    }

    static String repeat(char c, int n) {
        return n <= 0 ? "" : String.valueOf(c).repeat(n);
    }

    static String stripBlanks(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == ' ') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(start, end);
    }

    static String abbrev(Activation a, String[] v) {
        Arguments args = new Arguments("ABBREV", v, a, 2, 3);
        String information = args.string(0);
        String info = args.string(1);
        int length = args.nonNegative(2, info.length());
        return info.length() >= length && information.startsWith(info) ? "1" : "0";
    }

    static String center(Activation a, String[] v) {
        Arguments args = new Arguments("CENTER", v, a, 2, 3);
        String s = args.string(0);
        int length = args.nonNegative(1, 0);
        char pad = args.pad(2);
        int n = s.length();
        if (n == length) {
            return s;
        }
        if (n < length) {
            int left = (length - n) / 2;
            return repeat(pad, left) + s + repeat(pad, length - n - left);
        }
        int cut = (n - length) / 2;
        return s.substring(cut, cut + length);
    }

    static String compare(Activation a, String[] v) {
        Arguments args = new Arguments("COMPARE", v, a, 2, 3);
        String s1 = args.string(0);
        String s2 = args.string(1);
        char pad = args.pad(2);
        int n = Math.max(s1.length(), s2.length());
        for (int i = 0; i < n; i++) {
            char c = i < s1.length() ? s1.charAt(i) : pad;
            char d = i < s2.length() ? s2.charAt(i) : pad;
            if (c != d) {
                return Integer.toString(i + 1);
            }
        }
        return "0";
    }

    static String copies(Activation a, String[] v) {
        Arguments args = new Arguments("COPIES", v, a, 2, 2);
        return args.string(0).repeat(args.nonNegative(1, 0));
    }

    static String countstr(Activation a, String[] v) {
        Arguments args = new Arguments("COUNTSTR", v, a, 2, 2);
        String needle = args.string(0);
        String haystack = args.string(1);
        if (needle.isEmpty()) {
            return "0";
        }
        int count = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            count++;
        }
        return Integer.toString(count);
    }

    static String changestr(Activation a, String[] v) {
        Arguments args = new Arguments("CHANGESTR", v, a, 3, 3);
        String needle = args.string(0);
        return needle.isEmpty() ? args.string(1) : args.string(1).replace(needle, args.string(2));
    }

    static String delstr(Activation a, String[] v) {
        Arguments args = new Arguments("DELSTR", v, a, 2, 3);
        String s = args.string(0);
        int start = args.positive(1, 1);
        if (start > s.length()) {
            return s;
        }
        int length = args.nonNegative(2, s.length());
        int end = (int) Math.min((long) start - 1 + length, s.length());
        return s.substring(0, start - 1) + s.substring(end);
    }

    /** Start offsets of the blank-delimited words of {@code s}, then their end offsets. */
    private static int[][] words(String s) {
        int n = s.length();
        int count = 0;
        int[] starts = new int[8];
        int[] ends = new int[8];
        int i = 0;
        while (true) {
            while (i < n && s.charAt(i) == ' ') {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
                ends = java.util.Arrays.copyOf(ends, count * 2);
            }
            starts[count] = i;
            while (i < n && s.charAt(i) != ' ') {
                i++;
            }
            ends[count++] = i;
        }
        return new int[][] {java.util.Arrays.copyOf(starts, count), java.util.Arrays.copyOf(ends, count)};
    }

    static String delword(Activation a, String[] v) {
        Arguments args = new Arguments("DELWORD", v, a, 2, 3);
        String s = args.string(0);
        int n = args.positive(1, 1);
        int[][] w = words(s);
        int count = w[0].length;
        if (n > count) {
            return s;
        }
        int length = args.nonNegative(2, count);
        if (length == 0) {
            return s;
        }
        int last = (int) Math.min((long) n - 1 + length, count);
        int from = w[0][n - 1];
        int to = last < count ? w[0][last] : s.length();
        return s.substring(0, from) + s.substring(to);
    }

    static String find(Activation a, String[] v) {
        Arguments args = new Arguments("FIND", v, a, 2, 2);
        return wordpos(a, new String[] {args.string(1), args.string(0)});
    }

    static String index(Activation a, String[] v) {
        Arguments args = new Arguments("INDEX", v, a, 2, 3);
        return pos(a, new String[] {args.string(1), args.string(0), args.string(2, null)});
    }

    static String insert(Activation a, String[] v) {
        Arguments args = new Arguments("INSERT", v, a, 2, 5);
        String insertion = args.string(0);
        String target = args.string(1);
        int n = args.nonNegative(2, 0);
        int length = args.nonNegative(3, insertion.length());
        char pad = args.pad(4);
        String head = target.length() >= n ? target.substring(0, n) : target + repeat(pad, n - target.length());
        String piece = insertion.length() >= length ? insertion.substring(0, length) : insertion + repeat(pad, length - insertion.length());
        return head + piece + (target.length() > n ? target.substring(n) : "");
    }

    static String justify(Activation a, String[] v) {
        Arguments args = new Arguments("JUSTIFY", v, a, 2, 3);
        String s = space(a, new String[] {args.string(0)});
        int length = args.nonNegative(1, 0);
        char pad = args.pad(2);
        int[][] w = words(s);
        int gaps = w[0].length - 1;
        if (s.length() >= length || gaps <= 0) {
            String t = s.length() >= length ? s.substring(0, length) : s + repeat(' ', length - s.length());
            return t.replace(' ', pad);
        }
        int extra = length - s.length();
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i <= gaps; i++) {
            b.append(s, w[0][i], w[1][i]);
            if (i < gaps) {
                int blanks = 1 + extra / gaps + (i >= gaps - extra % gaps ? 1 : 0);
                b.append(repeat(pad, blanks));
            }
        }
        return b.toString();
    }

    static String lastpos(Activation a, String[] v) {
        Arguments args = new Arguments("LASTPOS", v, a, 2, 3);
        String needle = args.string(0);
        String haystack = args.string(1);
        int start = args.positive(2, haystack.length());
        if (needle.isEmpty()) {
            return "0";
        }
        return Integer.toString(haystack.lastIndexOf(needle, Math.min(start, haystack.length()) - needle.length()) + 1);
    }

    static String left(Activation a, String[] v) {
        Arguments args = new Arguments("LEFT", v, a, 2, 3);
        String s = args.string(0);
        int length = args.nonNegative(1, 0);
        return s.length() >= length ? s.substring(0, length) : s + repeat(args.pad(2), length - s.length());
    }

    static String length(Activation a, String[] v) {
        return Integer.toString(new Arguments("LENGTH", v, a, 1, 1).string(0).length());
    }

    static String overlay(Activation a, String[] v) {
        Arguments args = new Arguments("OVERLAY", v, a, 2, 5);
        String overlay = args.string(0);
        String target = args.string(1);
        int n = args.positive(2, 1);
        int length = args.nonNegative(3, overlay.length());
        char pad = args.pad(4);
        String head = target.length() >= n - 1 ? target.substring(0, n - 1) : target + repeat(pad, n - 1 - target.length());
        String piece = overlay.length() >= length ? overlay.substring(0, length) : overlay + repeat(pad, length - overlay.length());
        int tail = n - 1 + length;
        return head + piece + (target.length() > tail ? target.substring(tail) : "");
    }

    static String pos(Activation a, String[] v) {
        Arguments args = new Arguments("POS", v, a, 2, 3);
        String needle = args.string(0);
        String haystack = args.string(1);
        int start = args.positive(2, 1);
        if (needle.isEmpty() || start > haystack.length()) {
            return "0";
        }
        return Integer.toString(haystack.indexOf(needle, start - 1) + 1);
    }

    static String reverse(Activation a, String[] v) {
        return new StringBuilder(new Arguments("REVERSE", v, a, 1, 1).string(0)).reverse().toString();
    }

    static String right(Activation a, String[] v) {
        Arguments args = new Arguments("RIGHT", v, a, 2, 3);
        String s = args.string(0);
        int length = args.nonNegative(1, 0);
        return s.length() >= length ? s.substring(s.length() - length) : repeat(args.pad(2), length - s.length()) + s;
    }

    static String space(Activation a, String[] v) {
        Arguments args = new Arguments("SPACE", v, a, 1, 3);
        String s = args.string(0);
        int n = args.nonNegative(1, 1);
        String gap = repeat(args.pad(2), n);
        int[][] w = words(s);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < w[0].length; i++) {
            if (i > 0) {
                b.append(gap);
            }
            b.append(s, w[0][i], w[1][i]);
        }
        return b.toString();
    }

    static String strip(Activation a, String[] v) {
        Arguments args = new Arguments("STRIP", v, a, 1, 3);
        String s = args.string(0);
        char option = args.option(1, 'B', "BLT");
        char c = args.pad(2);
        int start = 0;
        int end = s.length();
        if (option != 'T') {
            while (start < end && s.charAt(start) == c) {
                start++;
            }
        }
        if (option != 'L') {
            while (end > start && s.charAt(end - 1) == c) {
                end--;
            }
        }
        return s.substring(start, end);
    }

    static String substr(Activation a, String[] v) {
        Arguments args = new Arguments("SUBSTR", v, a, 2, 4);
        String s = args.string(0);
        int start = args.positive(1, 1);
        int available = Math.max(0, s.length() - start + 1);
        int length = args.nonNegative(2, available);
        if (start - 1 + length <= s.length()) {
            return s.substring(start - 1, start - 1 + length);
        }
        String have = start <= s.length() ? s.substring(start - 1) : "";
        return have + repeat(args.pad(3), length - have.length());
    }

    static String subword(Activation a, String[] v) {
        Arguments args = new Arguments("SUBWORD", v, a, 2, 3);
        String s = args.string(0);
        int n = args.positive(1, 1);
        int[][] w = words(s);
        int count = w[0].length;
        int length = args.nonNegative(2, Math.max(0, count - n + 1));
        if (n > count || length == 0) {
            return "";
        }
        int last = (int) Math.min((long) n - 1 + length, count) - 1;
        return s.substring(w[0][n - 1], w[1][last]);
    }

    static String translate(Activation a, String[] v) {
        Arguments args = new Arguments("TRANSLATE", v, a, 1, 4);
        String s = args.string(0);
        if (!args.has(1) && !args.has(2) && !args.has(3)) {
            return s.toUpperCase();
        }
        String out = args.string(1, "");
        String in = args.has(2) ? args.string(2) : Conversions.xrange(0, 255);
        char pad = args.pad(3);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int k = in.indexOf(c);
            b.append(k < 0 ? c : k < out.length() ? out.charAt(k) : pad);
        }
        return b.toString();
    }

    static String verify(Activation a, String[] v) {
        Arguments args = new Arguments("VERIFY", v, a, 2, 4);
        String s = args.string(0);
        String reference = args.string(1);
        boolean match = args.option(2, 'N', "MN") == 'M';
        int start = args.positive(3, 1);
        for (int i = start - 1; i < s.length(); i++) {
            boolean inReference = reference.indexOf(s.charAt(i)) >= 0;
            if (inReference == match) {
                return Integer.toString(i + 1);
            }
        }
        return "0";
    }

    static String word(Activation a, String[] v) {
        Arguments args = new Arguments("WORD", v, a, 2, 2);
        String s = args.string(0);
        int n = args.positive(1, 1);
        int len = s.length();
        int i = 0;
        while (true) {
            while (i < len && s.charAt(i) == ' ') {
                i++;
            }
            if (i >= len) {
                return "";
            }
            int start = i;
            while (i < len && s.charAt(i) != ' ') {
                i++;
            }
            if (--n == 0) {
                return s.substring(start, i);
            }
        }
    }

    static String wordindex(Activation a, String[] v) {
        Arguments args = new Arguments("WORDINDEX", v, a, 2, 2);
        int n = args.positive(1, 1);
        int[][] w = words(args.string(0));
        return n > w[0].length ? "0" : Integer.toString(w[0][n - 1] + 1);
    }

    static String wordlength(Activation a, String[] v) {
        Arguments args = new Arguments("WORDLENGTH", v, a, 2, 2);
        int n = args.positive(1, 1);
        int[][] w = words(args.string(0));
        return n > w[0].length ? "0" : Integer.toString(w[1][n - 1] - w[0][n - 1]);
    }

    static String wordpos(Activation a, String[] v) {
        Arguments args = new Arguments("WORDPOS", v, a, 2, 3);
        String phrase = args.string(0);
        String s = args.string(1);
        int start = args.positive(2, 1);
        int[][] p = words(phrase);
        int[][] w = words(s);
        int np = p[0].length;
        if (np == 0) {
            return "0";
        }
        for (int i = start - 1; i + np <= w[0].length; i++) {
            boolean same = true;
            for (int j = 0; j < np && same; j++) {
                same = s.substring(w[0][i + j], w[1][i + j]).equals(phrase.substring(p[0][j], p[1][j]));
            }
            if (same) {
                return Integer.toString(i + 1);
            }
        }
        return "0";
    }

    static String words(Activation a, String[] v) {
        return Integer.toString(words(new Arguments("WORDS", v, a, 1, 1).string(0))[0].length);
    }
}
