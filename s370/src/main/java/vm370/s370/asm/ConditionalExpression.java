package vm370.s370.asm;

import vm370.s370.text.Ebcdic;

/**
 * Evaluates the expressions of conditional assembly (SETA, SETB, SETC, AIF, AGO, subscripts):
 * arithmetic with + - * /, relations EQ NE LT GT LE GE, AND OR XOR NOT, character strings with
 * substitution, duplication {@code (n)'..'}, substrings {@code '..'(s,l)} and concatenation by a
 * period, attribute references. Values are Long, Boolean or String.
 */
final class ConditionalExpression {

    private final VariableSymbols variables;
    private final MacroFrame frame;
    private String text;
    private int position;

    ConditionalExpression(VariableSymbols variables, MacroFrame frame) {
        this.variables = variables;
        this.frame = frame;
    }

    Object evaluate(String source) {
        text = source;
        position = 0;
        Object v = or();
        blanks();
        if (position != text.length()) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, source);
        }
        return v;
    }

    long arithmetic(String source) {
        return number(evaluate(source));
    }

    private Object or() {
        Object v = and();
        while (true) {
            if (keyword("OR")) {
                boolean w = bool(and());
                v = bool(v) | w;
            } else if (keyword("XOR")) {
                boolean w = bool(and());
                v = bool(v) ^ w;
            } else {
                return v;
            }
        }
    }

    private Object and() {
        Object v = not();
        while (keyword("AND")) {
            boolean w = bool(not());
            v = bool(v) & w;
        }
        return v;
    }

    private Object not() {
        if (keyword("NOT")) {
            return !bool(not());
        }
        return relational();
    }

    private Object relational() {
        Object a = additive();
        for (String op : new String[] {"EQ", "NE", "LT", "GT", "LE", "GE"}) {
            if (keyword(op)) {
                Object b = additive();
                int c = compare(a, b);
                return switch (op) {
                    case "EQ" -> c == 0;
                    case "NE" -> c != 0;
                    case "LT" -> c < 0;
                    case "GT" -> c > 0;
                    case "LE" -> c <= 0;
                    default -> c >= 0;
                };
            }
        }
        return a;
    }

    /** Characters compare shorter-first then by EBCDIC; anything else compares as numbers. */
    private static int compare(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            if (x.length() != y.length()) {
                return Integer.compare(x.length(), y.length());
            }
            for (int i = 0; i < x.length(); i++) {
                int c = Integer.compare(Ebcdic.CP037.toByte(x.charAt(i), (byte) 0) & 0xFF,
                        Ebcdic.CP037.toByte(y.charAt(i), (byte) 0) & 0xFF);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        return Long.compare(number(a), number(b));
    }

    private Object additive() {
        Object v = multiplicative();
        while (true) {
            blanks();
            if (position >= text.length()) {
                return v;
            }
            char c = text.charAt(position);
            if (c != '+' && c != '-') {
                return v;
            }
            position++;
            long w = number(multiplicative());
            v = c == '+' ? number(v) + w : number(v) - w;
        }
    }

    private Object multiplicative() {
        Object v = unary();
        while (true) {
            blanks();
            if (position >= text.length()) {
                return v;
            }
            char c = text.charAt(position);
            if (c != '*' && c != '/') {
                return v;
            }
            position++;
            long w = number(unary());
            v = c == '*' ? number(v) * w : w == 0 ? 0L : number(v) / w;
        }
    }

    private Object unary() {
        blanks();
        if (position < text.length()) {
            char c = text.charAt(position);
            if (c == '+') {
                position++;
                return number(unary());
            }
            if (c == '-') {
                position++;
                return -number(unary());
            }
        }
        return primary();
    }

    private Object primary() {
        blanks();
        if (position >= text.length()) {
            throw new SourceError(Message.TERM_EXPECTED, text);
        }
        char c = text.charAt(position);
        if (c == '(') {
            position++;
            Object v = or();
            expect(')');
            if (position < text.length() && text.charAt(position) == '\'') {
                return characters((int) number(v));
            }
            return v;
        }
        if (c == '\'') {
            return characters(1);
        }
        if (c == '&') {
            return variable();
        }
        if (c >= '0' && c <= '9') {
            long v = 0;
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                v = v * 10 + text.charAt(position++) - '0';
            }
            return v;
        }
        if (position + 1 < text.length() && text.charAt(position + 1) == '\'') {
            char u = Character.toUpperCase(c);
            if ("XBC".indexOf(u) >= 0) {
                int end = Expression.closingQuote(text, position + 2);
                if (end < 0) {
                    throw new SourceError(Message.ILLEGAL_SYNTAX, text);
                }
                long v = Expression.selfDefiningValue(u, text.substring(position + 2, end), text);
                position = end + 1;
                return v;
            }
            if ("LTKNISD".indexOf(u) >= 0) {
                position += 2;
                return attribute(u);
            }
        }
        if (SourceText.isNameStart(c)) {
            String name = name();
            return variables.ordinaryValue(name);
        }
        throw new SourceError(Message.TERM_EXPECTED, text.substring(position));
    }

    /** A quoted string (substituted, '' made one quote), repeated, with substring and concatenation. */
    private String characters(int duplication) {
        int end = Expression.closingQuote(text, position + 1);
        if (end < 0) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, text);
        }
        String value = variables.substitute(frame, text.substring(position + 1, end)).replace("''", "'");
        position = end + 1;
        if (position < text.length() && text.charAt(position) == '(') {
            position++;
            int start = (int) number(or());
            expect(',');
            blanks();
            int length;
            if (position < text.length() && text.charAt(position) == '*') {
                position++;
                length = value.length() - start + 1;
            } else {
                length = (int) number(or());
            }
            expect(')');
            value = substring(value, start, length);
        }
        if (duplication != 1) {
            value = duplication <= 0 ? "" : value.repeat(Math.min(duplication, 1024));
        }
        if (position + 1 < text.length() && text.charAt(position) == '.' && (text.charAt(position + 1) == '\''
                || text.charAt(position + 1) == '(')) {
            position++;
            Object next = primary();
            value = value + (next instanceof String s ? s : String.valueOf(number(next)));
        }
        return value;
    }

    private static String substring(String value, int start, int length) {
        if (start < 1 || length <= 0 || start > value.length()) {
            return "";
        }
        return value.substring(start - 1, Math.min(value.length(), start - 1 + length));
    }

    private Object variable() {
        position++;
        String name = name();
        int[] subscripts = subscripts(name);
        return variables.variable(frame, name, subscripts[0], subscripts[1]);
    }

    /** Subscripts after a variable that takes them: (n) or (n,m); -1 where absent. */
    private int[] subscripts(String name) {
        int[] out = {-1, -1};
        if (position < text.length() && text.charAt(position) == '(' && variables.subscriptable(frame, name)) {
            position++;
            out[0] = (int) number(or());
            blanks();
            if (position < text.length() && text.charAt(position) == ',') {
                position++;
                out[1] = (int) number(or());
            }
            expect(')');
        }
        return out;
    }

    private Object attribute(char kind) {
        if (position < text.length() && text.charAt(position) == '&') {
            position++;
            String name = name();
            int[] subscripts = subscripts(name);
            return variables.attribute(frame, kind, name, subscripts[0], subscripts[1]);
        }
        return variables.symbolAttribute(kind, name());
    }

    private String name() {
        int start = position;
        while (position < text.length() && SourceText.isNameChar(text.charAt(position))) {
            position++;
        }
        if (start == position) {
            throw new SourceError(Message.INVALID_VARIABLE, text);
        }
        return SourceText.upper(text.substring(start, position));
    }

    private boolean keyword(String word) {
        blanks();
        int end = position + word.length();
        if (end > text.length() || !text.regionMatches(true, position, word, 0, word.length())) {
            return false;
        }
        if (end < text.length() && SourceText.isNameChar(text.charAt(end))) {
            return false;
        }
        position = end;
        return true;
    }

    private void expect(char c) {
        blanks();
        if (position >= text.length() || text.charAt(position) != c) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, text);
        }
        position++;
    }

    private void blanks() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }

    static boolean bool(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            default -> number(v) != 0;
        };
    }

    /** A value as a number: characters must be a self-defining term. */
    static long number(Object v) {
        return switch (v) {
            case Long l -> l;
            case Boolean b -> b ? 1 : 0;
            case String s -> selfDefining(s);
            default -> throw new IllegalStateException("value: " + v);
        };
    }

    private static long selfDefining(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        boolean digits = s.chars().allMatch(Character::isDigit);
        if (digits && s.length() <= 10) {
            return Long.parseLong(s);
        }
        if (s.length() > 3 && s.charAt(1) == '\'' && s.endsWith("'")) {
            return Expression.selfDefiningValue(Character.toUpperCase(s.charAt(0)), s.substring(2, s.length() - 1), s);
        }
        throw new SourceError(Message.NOT_ABSOLUTE, s);
    }
}
