package vm370.cms.rexx;

import java.math.BigDecimal;

/**
 * The dyadic operators of REXX with their priorities (ANSI X3.274 section 7.4), and the
 * comparison rules: numeric when both sides are numbers, else blank-padded; strict ones exact.
 */
final class Operators {

    /** An operator, its spelling and its priority (higher binds tighter). */
    enum Op {
        POWER("**", 7), MULTIPLY("*", 6), DIVIDE("/", 6), INTEGER_DIVIDE("%", 6), REMAINDER("//", 6),
        ADD("+", 5), SUBTRACT("-", 5), CONCAT("||", 4), CONCAT_BLANK(" ", 4), ABUT("", 4),
        EQUAL("=", 3), NOT_EQUAL("\\=", 3), NOT_EQUAL_2("<>", 3), NOT_EQUAL_3("><", 3), GREATER(">", 3),
        LESS("<", 3), GREATER_EQUAL(">=", 3), LESS_EQUAL("<=", 3), NOT_LESS("\\<", 3), NOT_GREATER("\\>", 3),
        STRICT_EQUAL("==", 3), STRICT_NOT_EQUAL("\\==", 3), STRICT_GREATER(">>", 3), STRICT_LESS("<<", 3),
        STRICT_GREATER_EQUAL(">>=", 3), STRICT_LESS_EQUAL("<<=", 3), STRICT_NOT_LESS("\\<<", 3),
        STRICT_NOT_GREATER("\\>>", 3), AND("&", 2), OR("|", 1), XOR("&&", 1);

        final String spelling;
        final int priority;

        Op(String spelling, int priority) {
            this.spelling = spelling;
            this.priority = priority;
        }

        /** The dyadic operator spelled {@code text}, or null. */
        static Op of(String text) {
            for (Op op : values()) {
                if (op.spelling.equals(text) && op.priority > 0 && !text.isEmpty() && !text.equals(" ")) {
                    return op;
                }
            }
            return null;
        }
    }

    private Operators() {
    }

    static boolean truth(String v) {
        if (v.length() == 1) {
            if (v.charAt(0) == '1') {
                return true;
            }
            if (v.charAt(0) == '0') {
                return false;
            }
        }
        throw new RexxError(34, "Value of expression is \"" + v + "\", not 0 or 1");
    }

    private static String bool(boolean b) {
        return b ? "1" : "0";
    }

    static String apply(Op op, String l, String r, Numeric n) {
        return switch (op) {
            case POWER -> Arithmetic.power(l, r, n);
            case MULTIPLY -> Arithmetic.multiply(l, r, n);
            case DIVIDE -> Arithmetic.divide(l, r, n);
            case INTEGER_DIVIDE -> Arithmetic.integerDivide(l, r, n);
            case REMAINDER -> Arithmetic.remainder(l, r, n);
            case ADD -> Arithmetic.add(l, r, n);
            case SUBTRACT -> Arithmetic.subtract(l, r, n);
            case CONCAT, ABUT -> l.concat(r);
            case CONCAT_BLANK -> l + ' ' + r;
            case EQUAL -> bool(compare(l, r, n) == 0);
            case NOT_EQUAL, NOT_EQUAL_2, NOT_EQUAL_3 -> bool(compare(l, r, n) != 0);
            case GREATER -> bool(compare(l, r, n) > 0);
            case LESS -> bool(compare(l, r, n) < 0);
            case GREATER_EQUAL, NOT_LESS -> bool(compare(l, r, n) >= 0);
            case LESS_EQUAL, NOT_GREATER -> bool(compare(l, r, n) <= 0);
            case STRICT_EQUAL -> bool(l.equals(r));
            case STRICT_NOT_EQUAL -> bool(!l.equals(r));
            case STRICT_GREATER -> bool(l.compareTo(r) > 0);
            case STRICT_LESS -> bool(l.compareTo(r) < 0);
            case STRICT_GREATER_EQUAL, STRICT_NOT_LESS -> bool(l.compareTo(r) >= 0);
            case STRICT_LESS_EQUAL, STRICT_NOT_GREATER -> bool(l.compareTo(r) <= 0);
            case AND -> bool(truth(l) & truth(r));
            case OR -> bool(truth(l) | truth(r));
            case XOR -> bool(truth(l) ^ truth(r));
        };
    }

    /** Normal comparison: numeric if both are numbers, else strings without leading/trailing blanks, blank-padded. */
    static int compare(String l, String r, Numeric n) {
        long x = Arithmetic.small(l);
        if (x != Arithmetic.NOT_SMALL && n.digits - n.fuzz >= 9) {
            long y = Arithmetic.small(r);
            if (y != Arithmetic.NOT_SMALL) {
                return Long.compare(x, y);
            }
        }
        BigDecimal p = Arithmetic.parse(l);
        if (p != null && Arithmetic.parse(r) != null) {
            return Arithmetic.compare(l, r, n);
        }
        String a = l.strip();
        String b = r.strip();
        int len = Math.max(a.length(), b.length());
        for (int i = 0; i < len; i++) {
            char c = i < a.length() ? a.charAt(i) : ' ';
            char d = i < b.length() ? b.charAt(i) : ' ';
            if (c != d) {
                return c < d ? -1 : 1;
            }
        }
        return 0;
    }
}
