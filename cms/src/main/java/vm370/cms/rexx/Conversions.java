package vm370.cms.rexx;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Hex and binary strings and the conversion built-ins (B2X, C2D, C2X, D2C, D2X, X2B, X2C, X2D,
 * BITAND, BITOR, BITXOR, XRANGE). A character's code is its value 0-255 in the host code page;
 * on a workstation that is ISO-8859-1, as Regina has it.
 */
final class Conversions {

    private static final String HEX = "0123456789ABCDEF";

    private Conversions() {
    }

    /** Digits of a hex or binary string with blanks only between groups removed, or null if invalid. */
    private static String packed(String s, String valid, int group) {
        String t = s.toUpperCase();
        if (t.startsWith(" ") || t.endsWith(" ")) {
            return null;
        }
        String[] groups = t.split(" +", -1);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < groups.length; i++) {
            String g = groups[i];
            if (i > 0 && g.length() % group != 0) {
                return null;
            }
            for (int k = 0; k < g.length(); k++) {
                if (valid.indexOf(g.charAt(k)) < 0) {
                    return null;
                }
            }
            b.append(g);
        }
        return b.toString();
    }

    static String hexStringLiteral(String text, int line) {
        String digits = text.isEmpty() ? "" : packed(text, HEX, 2);
        if (digits == null) {
            throw new RexxError(15, "Invalid hexadecimal string '" + text + "'X").at(line);
        }
        return hexToChars(digits);
    }

    static String binaryStringLiteral(String text, int line) {
        String digits = text.isEmpty() ? "" : packed(text, "01", 4);
        if (digits == null) {
            throw new RexxError(15, "Invalid binary string '" + text + "'B").at(line);
        }
        return hexToChars(binaryToHex(digits));
    }

    private static String binaryToHex(String bits) {
        int pad = (4 - bits.length() % 4) % 4;
        String b = "0".repeat(pad) + bits;
        StringBuilder h = new StringBuilder(b.length() / 4);
        for (int i = 0; i < b.length(); i += 4) {
            h.append(HEX.charAt(Integer.parseInt(b.substring(i, i + 4), 2)));
        }
        return h.toString();
    }

    private static String hexToChars(String hex) {
        String h = hex.length() % 2 == 1 ? "0" + hex : hex;
        StringBuilder b = new StringBuilder(h.length() / 2);
        for (int i = 0; i < h.length(); i += 2) {
            b.append((char) Integer.parseInt(h.substring(i, i + 2), 16));
        }
        return b.toString();
    }

    static String charsToHex(String s) {
        StringBuilder b = new StringBuilder(s.length() * 2);
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i) & 0xFF;
            b.append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
        }
        return b.toString();
    }

    static String xrange(int from, int to) {
        StringBuilder b = new StringBuilder();
        int c = from;
        while (true) {
            b.append((char) c);
            if (c == to) {
                return b.toString();
            }
            c = (c + 1) & 0xFF;
        }
    }

    static String xrange(Activation a, String[] v) {
        Arguments args = new Arguments("XRANGE", v, a, 0, 2);
        int from = args.has(0) ? single(args, 0) : 0;
        int to = args.has(1) ? single(args, 1) : 255;
        return xrange(from, to);
    }

    private static int single(Arguments args, int i) {
        if (args.string(i).length() != 1) {
            throw args.fail("argument " + (i + 1) + " must be a single character");
        }
        return args.string(i).charAt(0) & 0xFF;
    }

    static String c2x(Activation a, String[] v) {
        return charsToHex(new Arguments("C2X", v, a, 1, 1).string(0));
    }

    static String x2c(Activation a, String[] v) {
        Arguments args = new Arguments("X2C", v, a, 1, 1);
        return hexToChars(hexArgument(args, 0));
    }

    private static String hexArgument(Arguments args, int i) {
        String digits = args.string(i).isEmpty() ? "" : packed(args.string(i), HEX, 2);
        if (digits == null) {
            throw args.fail("argument " + (i + 1) + " must be a hexadecimal string; found \"" + args.string(i) + "\"");
        }
        return digits;
    }

    static String b2x(Activation a, String[] v) {
        Arguments args = new Arguments("B2X", v, a, 1, 1);
        String digits = args.string(0).isEmpty() ? "" : packed(args.string(0), "01", 4);
        if (digits == null) {
            throw args.fail("argument 1 must be a binary string; found \"" + args.string(0) + "\"");
        }
        return binaryToHex(digits);
    }

    static String x2b(Activation a, String[] v) {
        Arguments args = new Arguments("X2B", v, a, 1, 1);
        String hex = hexArgument(new Arguments("X2B", new String[] {args.string(0).replace(" ", "")}, a, 1, 1), 0);
        StringBuilder b = new StringBuilder(hex.length() * 4);
        for (int i = 0; i < hex.length(); i++) {
            String bits = Integer.toBinaryString(HEX.indexOf(hex.charAt(i)));
            b.append("0".repeat(4 - bits.length())).append(bits);
        }
        return b.toString();
    }

    private static String decimal(BigInteger value, Activation a, Arguments args) {
        if (value.abs().toString().length() > a.numeric.digits) {
            throw args.fail("result " + value + " has more digits than NUMERIC DIGITS " + a.numeric.digits);
        }
        return value.toString();
    }

    private static BigInteger fromHex(String hex, int length) {
        if (hex.isEmpty()) {
            return BigInteger.ZERO;
        }
        if (length < 0) {
            return new BigInteger(hex, 16);
        }
        if (length == 0) {
            return BigInteger.ZERO;
        }
        String h = hex.length() >= length ? hex.substring(hex.length() - length) : "0".repeat(length - hex.length()) + hex;
        BigInteger unsigned = new BigInteger(h, 16);
        return HEX.indexOf(h.charAt(0)) >= 8 ? unsigned.subtract(BigInteger.ONE.shiftLeft(4 * length)) : unsigned;
    }

    static String c2d(Activation a, String[] v) {
        Arguments args = new Arguments("C2D", v, a, 1, 2);
        String hex = charsToHex(args.string(0));
        return decimal(fromHex(hex, args.has(1) ? args.nonNegative(1, 0) * 2 : -1), a, args);
    }

    static String x2d(Activation a, String[] v) {
        Arguments args = new Arguments("X2D", v, a, 1, 2);
        return decimal(fromHex(hexArgument(args, 0), args.has(1) ? args.nonNegative(1, 0) : -1), a, args);
    }

    private static String toHex(Activation a, Arguments args, int length) {
        BigDecimal n = Arithmetic.parse(args.string(0));
        BigInteger value;
        try {
            value = n == null ? null : n.stripTrailingZeros().toBigIntegerExact();
        } catch (ArithmeticException notWhole) {
            value = null;
        }
        if (value == null) {
            throw args.fail("argument 1 must be a whole number; found \"" + args.string(0) + "\"");
        }
        if (value.signum() < 0) {
            if (length < 0) {
                throw args.fail("argument 2 is required when argument 1 is negative");
            }
            value = value.add(BigInteger.ONE.shiftLeft(4 * length));
        }
        String hex = value.toString(16).toUpperCase();
        if (length < 0) {
            return hex;
        }
        return hex.length() >= length ? hex.substring(hex.length() - length) : "0".repeat(length - hex.length()) + hex;
    }

    static String d2x(Activation a, String[] v) {
        Arguments args = new Arguments("D2X", v, a, 1, 2);
        return toHex(a, args, args.has(1) ? args.nonNegative(1, 0) : -1);
    }

    static String d2c(Activation a, String[] v) {
        Arguments args = new Arguments("D2C", v, a, 1, 2);
        String hex = toHex(a, args, args.has(1) ? args.nonNegative(1, 0) * 2 : -1);
        return hexToChars(hex);
    }

    static String bitand(Activation a, String[] v) {
        return bits("BITAND", a, v, '&');
    }

    static String bitor(Activation a, String[] v) {
        return bits("BITOR", a, v, '|');
    }

    static String bitxor(Activation a, String[] v) {
        return bits("BITXOR", a, v, '^');
    }

    private static String bits(String name, Activation a, String[] v, char op) {
        Arguments args = new Arguments(name, v, a, 1, 3);
        String s1 = args.string(0);
        String s2 = args.string(1, "");
        boolean padded = args.has(2);
        char pad = padded ? args.pad(2) : 0;
        int n = Math.max(s1.length(), s2.length());
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            boolean in1 = i < s1.length();
            boolean in2 = i < s2.length();
            if (!padded && !(in1 && in2)) {
                b.append(in1 ? s1.charAt(i) : s2.charAt(i));
                continue;
            }
            int x = (in1 ? s1.charAt(i) : pad) & 0xFF;
            int y = (in2 ? s2.charAt(i) : pad) & 0xFF;
            b.append((char) (op == '&' ? x & y : op == '|' ? x | y : x ^ y));
        }
        return b.toString();
    }
}
