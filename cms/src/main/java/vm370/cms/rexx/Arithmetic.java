package vm370.cms.rexx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * REXX decimal arithmetic (ANSI X3.274 section 7.4): operands rounded to DIGITS, results rounded
 * half-up to DIGITS and laid out in simple or exponential form. Whole numbers of up to nine digits
 * take a long-integer fast path that gives the same strings without BigDecimal.
 */
final class Arithmetic {

    private static final long[] POWERS_OF_TEN = new long[19];
    static final long NOT_SMALL = Long.MIN_VALUE;

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private Arithmetic() {
    }

    /** The value of a plain whole number of at most nine digits (optional minus), else NOT_SMALL. */
    static long small(String s) {
        int n = s.length();
        if (n == 0 || n > 10) {
            return NOT_SMALL;
        }
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-') {
            negative = true;
            i = 1;
            if (n == 1 || n > 10) {
                return NOT_SMALL;
            }
        } else if (n > 9) {
            return NOT_SMALL;
        }
        long v = 0;
        for (; i < n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return NOT_SMALL;
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    private static boolean fits(long v, int digits) {
        return digits >= 19 || (v < POWERS_OF_TEN[digits] && v > -POWERS_OF_TEN[digits]);
    }

    /** Parses a REXX number (blanks, sign, digits, point, exponent), or null when it is not one. */
    static BigDecimal parse(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && s.charAt(i) == ' ') {
            i++;
        }
        int end = n;
        while (end > i && s.charAt(end - 1) == ' ') {
            end--;
        }
        if (i >= end) {
            return null;
        }
        StringBuilder b = new StringBuilder(end - i);
        char c = s.charAt(i);
        if (c == '+' || c == '-') {
            if (c == '-') {
                b.append('-');
            }
            i++;
            while (i < end && s.charAt(i) == ' ') {
                i++;
            }
        }
        int digits = 0;
        boolean dot = false;
        for (; i < end; i++) {
            c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                b.append(c);
            } else if (c == '.' && !dot) {
                dot = true;
                b.append(c);
            } else {
                break;
            }
        }
        if (digits == 0) {
            return null;
        }
        if (i < end) {
            c = s.charAt(i);
            if (c != 'e' && c != 'E') {
                return null;
            }
            b.append('E');
            i++;
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                b.append(s.charAt(i++));
            }
            int expDigits = 0;
            for (; i < end; i++) {
                c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                expDigits++;
                b.append(c);
            }
            if (expDigits == 0 || expDigits > 9) {
                return null;
            }
        }
        return new BigDecimal(b.toString());
    }

    static boolean isNumber(String s) {
        return small(s) != NOT_SMALL || parse(s) != null;
    }

    static BigDecimal operand(String s, Numeric n) {
        BigDecimal v = parse(s);
        if (v == null) {
            throw new RexxError(41, "Bad arithmetic conversion: \"" + s + "\"");
        }
        return v.precision() > n.digits ? v.round(context(n.digits)) : v;
    }

    static MathContext context(int digits) {
        return new MathContext(digits, RoundingMode.HALF_UP);
    }

    static String add(String a, String b, Numeric n) {
        long x = n.digits >= 9 ? small(a) : NOT_SMALL;
        long y = small(b);
        if (x != NOT_SMALL && y != NOT_SMALL && fits(x + y, n.digits)) {
            return Long.toString(x + y);
        }
        String quick = decimal(a, b, n, 'a');
        if (quick != null) {
            return quick;
        }
        return format(operand(a, n).add(operand(b, n), context(n.digits)), n);
    }

    static String subtract(String a, String b, Numeric n) {
        long x = n.digits >= 9 ? small(a) : NOT_SMALL;
        long y = small(b);
        if (x != NOT_SMALL && y != NOT_SMALL && fits(x - y, n.digits)) {
            return Long.toString(x - y);
        }
        String quick = decimal(a, b, n, 's');
        if (quick != null) {
            return quick;
        }
        return format(operand(a, n).subtract(operand(b, n), context(n.digits)), n);
    }

    static String multiply(String a, String b, Numeric n) {
        long x = n.digits >= 9 ? small(a) : NOT_SMALL;
        long y = small(b);
        if (x != NOT_SMALL && y != NOT_SMALL && fits(x * y, n.digits)) {
            return Long.toString(x * y);
        }
        String quick = decimal(a, b, n, 'm');
        if (quick != null) {
            return quick;
        }
        return format(operand(a, n).multiply(operand(b, n), context(n.digits)), n);
    }

    /** The short-decimal fast path for +, - and *; null when it does not apply. */
    private static String decimal(String a, String b, Numeric n, char op) {
        if (n.digits < 9) {
            return null;
        }
        long p = SmallDecimal.parse(a);
        long q = p == SmallDecimal.NONE ? SmallDecimal.NONE : SmallDecimal.parse(b);
        if (q == SmallDecimal.NONE) {
            return null;
        }
        return switch (op) {
            case 'a' -> SmallDecimal.add(p, q, false, n.digits);
            case 's' -> SmallDecimal.add(p, q, true, n.digits);
            default -> SmallDecimal.multiply(p, q, n.digits);
        };
    }

    static String divide(String a, String b, Numeric n) {
        long x = n.digits >= 9 ? small(a) : NOT_SMALL;
        long y = small(b);
        if (x != NOT_SMALL && y != NOT_SMALL && y != 0 && x % y == 0 && fits(x / y, n.digits)) {
            return Long.toString(x / y);
        }
        BigDecimal divisor = nonZero(operand(b, n));
        return format(withoutFractionZeros(operand(a, n).divide(divisor, context(n.digits))), n);
    }

    static String integerDivide(String a, String b, Numeric n) {
        long x = n.digits >= 9 ? small(a) : NOT_SMALL;
        long y = small(b);
        if (x != NOT_SMALL && y != NOT_SMALL && y != 0) {
            return Long.toString(x / y);
        }
        BigDecimal divisor = nonZero(operand(b, n));
        BigDecimal q = operand(a, n).divideToIntegralValue(divisor);
        if (integerDigits(q) > n.digits) {
            throw new RexxError(26, "Result of % operation did not result in a whole number");
        }
        return format(q.setScale(0, RoundingMode.DOWN), n);
    }

    static String remainder(String a, String b, Numeric n) {
        long x = n.digits >= 9 ? small(a) : NOT_SMALL;
        long y = small(b);
        if (x != NOT_SMALL && y != NOT_SMALL && y != 0) {
            return Long.toString(x % y);
        }
        BigDecimal divisor = nonZero(operand(b, n));
        BigDecimal dividend = operand(a, n);
        BigDecimal q = dividend.divideToIntegralValue(divisor);
        if (integerDigits(q) > n.digits) {
            throw new RexxError(26, "Result of // operation did not result in a whole number");
        }
        return format(withoutFractionZeros(dividend.subtract(q.multiply(divisor)).round(context(n.digits))), n);
    }

    /** The number of digits before the point of a whole number (0 for zero). */
    private static int integerDigits(BigDecimal wholeNumber) {
        return wholeNumber.signum() == 0 ? 0 : wholeNumber.precision() - wholeNumber.scale();
    }

    private static BigDecimal nonZero(BigDecimal divisor) {
        if (divisor.signum() == 0) {
            throw new RexxError(42, "Arithmetic overflow; divisor must not be zero");
        }
        return divisor;
    }

    /**
     * x ** y: y must be a whole number. The standard's algorithm: square-and-multiply from the top
     * bit of y, each product rounded to DIGITS + length(y) + 1 digits; results depend on it.
     */
    static String power(String a, String b, Numeric n) {
        BigDecimal base = operand(a, n);
        int exponent = wholeNumber(b, n, 26);
        int work = n.digits + Integer.toString(Math.abs(exponent)).length() + 1;
        MathContext mc = context(work);
        BigDecimal result = BigDecimal.ONE;
        int magnitude = Math.abs(exponent);
        for (int bit = Integer.highestOneBit(Math.max(magnitude, 1)); bit > 0 && magnitude > 0; bit >>= 1) {
            result = result.multiply(result, mc);
            if ((magnitude & bit) != 0) {
                result = result.multiply(base, mc);
            }
        }
        if (exponent < 0) {
            if (result.signum() == 0) {
                throw new RexxError(42, "Arithmetic overflow; divisor must not be zero");
            }
            result = BigDecimal.ONE.divide(result, mc);
        }
        return format(withoutFractionZeros(result.round(context(n.digits))), n);
    }

    /** Division and power drop trailing zeros after the point, never zeros of the integer part. */
    private static BigDecimal withoutFractionZeros(BigDecimal r) {
        if (r.scale() <= 0) {
            return r;
        }
        BigDecimal s = r.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static String negate(String a, Numeric n) {
        long x = n.digits >= 9 ? small(a) : NOT_SMALL;
        if (x != NOT_SMALL) {
            return Long.toString(-x);
        }
        return format(operand(a, n).negate().round(context(n.digits)), n);
    }

    static String plus(String a, Numeric n) {
        long x = n.digits >= 9 ? small(a) : NOT_SMALL;
        if (x != NOT_SMALL) {
            return Long.toString(x);
        }
        return format(operand(a, n).round(context(n.digits)), n);
    }

    /** Numeric comparison with FUZZ: the sign of a - b computed to DIGITS - FUZZ digits. */
    static int compare(String a, String b, Numeric n) {
        long x = n.digits - n.fuzz >= 9 ? small(a) : NOT_SMALL;
        long y = small(b);
        if (x != NOT_SMALL && y != NOT_SMALL) {
            return Long.compare(x, y);
        }
        int digits = n.digits - n.fuzz;
        MathContext mc = context(digits);
        BigDecimal p = parse(a).round(mc);
        BigDecimal q = parse(b).round(mc);
        return p.subtract(q, mc).signum();
    }

    /** A whole number argument (for DIGITS, positions, lengths, exponents), or the given error. */
    static int wholeNumber(String s, Numeric n, int error) {
        long x = small(s);
        if (x != NOT_SMALL) {
            return (int) x;
        }
        BigDecimal v = parse(s);
        if (v == null) {
            throw new RexxError(error, "Whole number expected, found \"" + s + "\"");
        }
        v = v.round(context(n.digits));
        try {
            return v.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new RexxError(error, "Whole number expected, found \"" + s + "\"");
        }
    }

    /** Lays out a result in the standard's simple or exponential notation. */
    static String format(BigDecimal r, Numeric n) {
        if (r.signum() == 0) {
            return "0";
        }
        BigInteger unscaled = r.unscaledValue();
        String c = unscaled.abs().toString();
        int length = c.length();
        int exponent = -r.scale();
        int before = length + exponent;
        StringBuilder b = new StringBuilder(length + 8);
        if (unscaled.signum() < 0) {
            b.append('-');
        }
        if (before > n.digits || before - 1 < -6) {
            return exponential(b, c, before - 1, n.engineering);
        }
        if (exponent >= 0) {
            b.append(c);
            b.append("0".repeat(exponent));
        } else if (before > 0) {
            b.append(c, 0, before).append('.').append(c, before, length);
        } else {
            b.append("0.").append("0".repeat(-before)).append(c);
        }
        return b.toString();
    }

    private static String exponential(StringBuilder b, String c, int exponent, boolean engineering) {
        int lead = 1;
        if (engineering) {
            int shift = Math.floorMod(exponent, 3);
            exponent -= shift;
            lead += shift;
        }
        String digits = c.length() < lead ? c + "0".repeat(lead - c.length()) : c;
        b.append(digits, 0, lead);
        if (digits.length() > lead) {
            b.append('.').append(digits, lead, digits.length());
        }
        if (exponent != 0) {
            b.append('E').append(exponent > 0 ? '+' : '-').append(Math.abs(exponent));
        }
        return b.toString();
    }
}
