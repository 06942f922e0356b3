package vm370.cms.rexx;

/**
 * The fast path for REXX arithmetic on short plain decimals ({@code -12.50}): at most nine digits,
 * held as a long unscaled value and a scale packed into one long, so that loops doing money-style
 * arithmetic never touch BigDecimal. Used only while NUMERIC DIGITS is 9 or more, where such
 * operands need no rounding; anything else returns null and takes the general path.
 */
final class SmallDecimal {

    static final long NONE = Long.MIN_VALUE;
    private static final long[] POWERS_OF_TEN = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L,
        10_000_000L, 100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L,
        10_000_000_000_000L, 100_000_000_000_000L, 1_000_000_000_000_000L, 10_000_000_000_000_000L,
        100_000_000_000_000_000L};

    private SmallDecimal() {
    }

    /** {@code unscaled * 16 + scale}, or NONE when {@code s} is not a plain decimal of at most nine digits. */
    static long parse(String s) {
        int n = s.length();
        if (n == 0 || n > 11) {
            return NONE;
        }
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative) {
            i = 1;
        }
        long v = 0;
        int digits = 0;
        int scale = -1;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                v = v * 10 + (c - '0');
                digits++;
                if (scale >= 0) {
                    scale++;
                }
            } else if (c == '.' && scale < 0) {
                scale = 0;
            } else {
                return NONE;
            }
        }
        if (digits == 0 || digits > 9) {
            return NONE;
        }
        v = negative ? -v : v;
        return v * 16 + Math.max(scale, 0);
    }

    private static long unscaled(long packed) {
        return packed >> 4;
    }

    private static int scale(long packed) {
        return (int) (packed & 15);
    }

    static String add(long p, long q, boolean subtract, int digits) {
        int sp = scale(p);
        int sq = scale(q);
        int scale = Math.max(sp, sq);
        long x = unscaled(p) * POWERS_OF_TEN[scale - sp];
        long y = unscaled(q) * POWERS_OF_TEN[scale - sq];
        return layout(subtract ? x - y : x + y, scale, digits);
    }

    static String multiply(long p, long q, int digits) {
        return layout(unscaled(p) * unscaled(q), scale(p) + scale(q), digits);
    }

    /** The REXX layout of unscaled * 10**-scale, or null when it needs rounding or exponential form. */
    private static String layout(long unscaled, int scale, int digits) {
        long magnitude = Math.abs(unscaled);
        if (digits < POWERS_OF_TEN.length && magnitude >= POWERS_OF_TEN[digits]) {
            return null;
        }
        if (magnitude == 0) {
            return "0";
        }
        String d = Long.toString(magnitude);
        if (scale == 0) {
            return unscaled < 0 ? "-" + d : d;
        }
        int before = d.length() - scale;
        if (before - 1 < -6) {
            return null;
        }
        StringBuilder b = new StringBuilder(d.length() + 4);
        if (unscaled < 0) {
            b.append('-');
        }
        if (before > 0) {
            b.append(d, 0, before).append('.').append(d, before, d.length());
        } else {
            b.append("0.");
            for (int i = before; i < 0; i++) {
                b.append('0');
            }
            b.append(d);
        }
        return b.toString();
    }
}
