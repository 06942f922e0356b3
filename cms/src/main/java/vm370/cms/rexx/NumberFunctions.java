package vm370.cms.rexx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;

/**
 * The arithmetic built-ins: ABS, FORMAT, MAX, MIN, RANDOM, SIGN, TRUNC and the NUMERIC
 * queries DIGITS, FORM, FUZZ (ANSI X3.274 section 9). Numbers are rounded to DIGITS first.
 */
final class NumberFunctions {

    private NumberFunctions() {
    }

    private static BigDecimal rounded(Arguments args, int i, Activation a) {
        return Arithmetic.operand(args.number(i), a.numeric).round(Arithmetic.context(a.numeric.digits));
    }

    static String abs(Activation a, String[] v) {
        Arguments args = new Arguments("ABS", v, a, 1, 1);
        return Arithmetic.format(rounded(args, 0, a).abs(), a.numeric);
    }

    static String sign(Activation a, String[] v) {
        Arguments args = new Arguments("SIGN", v, a, 1, 1);
        return Integer.toString(rounded(args, 0, a).signum());
    }

    static String max(Activation a, String[] v) {
        return extreme("MAX", a, v, 1);
    }

    static String min(Activation a, String[] v) {
        return extreme("MIN", a, v, -1);
    }

    private static String extreme(String name, Activation a, String[] v, int direction) {
        Arguments args = new Arguments(name, v, a, 1, Integer.MAX_VALUE);
        BigDecimal best = null;
        for (int i = 0; i < args.count(); i++) {
            if (!args.has(i)) {
                throw args.fail("argument " + (i + 1) + " is required");
            }
            BigDecimal x = rounded(args, i, a);
            if (best == null || x.compareTo(best) * direction > 0) {
                best = x;
            }
        }
        return Arithmetic.format(best, a.numeric);
    }

    static String trunc(Activation a, String[] v) {
        Arguments args = new Arguments("TRUNC", v, a, 1, 2);
        BigDecimal x = rounded(args, 0, a);
        int places = args.nonNegative(1, 0);
        return x.setScale(places, RoundingMode.DOWN).toPlainString().replaceFirst("^-(0(\\.0*)?)$", "$1");
    }

    static String digits(Activation a, String[] v) {
        new Arguments("DIGITS", v, a, 0, 0);
        return Integer.toString(a.numeric.digits);
    }

    static String fuzz(Activation a, String[] v) {
        new Arguments("FUZZ", v, a, 0, 0);
        return Integer.toString(a.numeric.fuzz);
    }

    static String form(Activation a, String[] v) {
        new Arguments("FORM", v, a, 0, 0);
        return a.numeric.engineering ? "ENGINEERING" : "SCIENTIFIC";
    }

    static String random(Activation a, String[] v) {
        Arguments args = new Arguments("RANDOM", v, a, 0, 3);
        int min = 0;
        int max = 999;
        if (args.count() == 1 && args.has(0)) {
            max = args.nonNegative(0, 999);
        } else {
            min = args.nonNegative(0, 0);
            max = args.nonNegative(1, 999);
        }
        if (max < min || max - min > 100000) {
            throw args.fail("range " + min + " to " + max + " is not valid (at most 100000 apart)");
        }
        if (args.has(2)) {
            a.interpreter.random = new Random(args.nonNegative(2, 0));
        }
        return Integer.toString(min + a.interpreter.random.nextInt(max - min + 1));
    }

    /** FORMAT(number [,before [,after [,expp [,expt]]]]) as in ANSI X3.274 section 9.4. */
    static String format(Activation a, String[] v) {
        Arguments args = new Arguments("FORMAT", v, a, 1, 5);
        BigDecimal x = rounded(args, 0, a);
        int before = args.nonNegative(1, -1);
        int after = args.nonNegative(2, -1);
        int expp = args.nonNegative(3, -1);
        int expt = args.nonNegative(4, a.numeric.digits);
        if (!args.has(1) && !args.has(2) && !args.has(3) && !args.has(4)) {
            return Arithmetic.format(x, a.numeric);
        }
        String c = x.unscaledValue().abs().toString();
        int placesBefore = c.length() - x.scale();
        int adjusted = placesBefore - 1;
        boolean exponential = x.signum() != 0 && expp != 0 && (expt == 0 || placesBefore > expt || adjusted < -6);
        String integer;
        String fraction;
        String exponent = "";
        if (exponential) {
            int e = adjusted;
            if (a.numeric.engineering) {
                e = adjusted - Math.floorMod(adjusted, 3);
            }
            BigDecimal mantissa = x.abs().movePointLeft(e);
            if (after >= 0) {
                mantissa = mantissa.setScale(after, RoundingMode.HALF_UP);
                if (mantissa.precision() - mantissa.scale() > (a.numeric.engineering ? 3 : 1)) {
                    e += a.numeric.engineering ? 3 : 1;
                    mantissa = x.abs().movePointLeft(e).setScale(after, RoundingMode.HALF_UP);
                }
            }
            String m = mantissa.toPlainString();
            integer = m.contains(".") ? m.substring(0, m.indexOf('.')) : m;
            fraction = m.contains(".") ? m.substring(m.indexOf('.') + 1) : "";
            if (e != 0) {
                String digits = Integer.toString(Math.abs(e));
                if (expp > 0 && digits.length() > expp) {
                    throw args.fail("exponent " + e + " does not fit in " + expp + " digits");
                }
                exponent = "E" + (e < 0 ? "-" : "+") + (expp > 0 ? "0".repeat(expp - digits.length()) : "") + digits;
            } else if (expp > 0) {
                exponent = " ".repeat(expp + 2);
            }
        } else {
            BigDecimal y = x.abs();
            if (after >= 0) {
                y = y.setScale(after, RoundingMode.HALF_UP);
            }
            String plain = y.toPlainString();
            integer = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
            fraction = plain.contains(".") ? plain.substring(plain.indexOf('.') + 1) : "";
        }
        boolean negative = x.signum() < 0 && !(integer.matches("0*") && fraction.matches("0*"));
        String sign = negative ? "-" : "";
        String head = sign + integer;
        if (before >= 0) {
            if (head.length() > before) {
                throw args.fail("number " + args.string(0) + " needs more than " + before + " places before the point");
            }
            head = " ".repeat(before - head.length()) + head;
        }
        return head + (fraction.isEmpty() ? "" : "." + fraction) + exponent;
    }
}
