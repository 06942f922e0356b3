package vm370.s370.asm;

import vm370.s370.text.Ebcdic;

/**
 * Evaluates the expressions of conditional assembly (SETA, SETB, SETC, AIF, AGO, subscripts):
 * arithmetic with + - * /, relations EQ NE LT GT LE GE, AND OR XOR NOT, character strings with
 * substitution, duplication {@code (n)'..'}, substrings {@code '..'(s,l)} and concatenation by a
 * period, attribute references.
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

    SetValue evaluate(String source) {
        text = source;
        position = 0;
        SetValue v = or();
        blanks();
        if (position != text.length()) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, source);
        }
        return v;
    }

    long arithmetic(String source) {
        return evaluate(source).number();
    }

    private SetValue or() {
        SetValue v = and();
        while (true) {
            if (keyword("OR")) {
                boolean w = and().bool();
                v = SetValue.of(v.bool() | w);
            } else if (keyword("XOR")) {
                boolean w = and().bool();
                v = SetValue.of(v.bool() ^ w);
            } else {
                return v;
            }
        }
    }

    private SetValue and() {
        SetValue v = not();
        while (keyword("AND")) {
            boolean w = not().bool();
            v = SetValue.of(v.bool() & w);
        }
        return v;
    }

    private SetValue not() {
        if (keyword("NOT")) {
            return SetValue.of(!not().bool());
        }
        return relational();
    }

    private SetValue relational() {
        SetValue a = additive();
        for (String op : new String[] {"EQ", "NE", "LT", "GT", "LE", "GE"}) {
            if (keyword(op)) {
                SetValue b = additive();
                int c = compare(a, b);
                return SetValue.of(switch (op) {
                    case "EQ" -> c == 0;
                    case "NE" -> c != 0;
                    case "LT" -> c < 0;
                    case "GT" -> c > 0;
                    case "LE" -> c <= 0;
                    default -> c >= 0;
                });
            }
        }
        return a;
    }

    /** Characters compare shorter-first then by EBCDIC; anything else compares as numbers. */
    private static int compare(SetValue a, SetValue b) {
        if (a instanceof SetValue.Characters(String x) && b instanceof SetValue.Characters(String y)) {
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
        return Long.compare(a.number(), b.number());
    }

    private SetValue additive() {
        SetValue v = multiplicative();
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
            long w = multiplicative().number();
            v = new SetValue.Arithmetic(c == '+' ? v.number() + w : v.number() - w);
        }
    }

    private SetValue multiplicative() {
        SetValue v = unary();
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
            long w = unary().number();
            v = new SetValue.Arithmetic(c == '*' ? v.number() * w : w == 0 ? 0L : v.number() / w);
        }
    }

    private SetValue unary() {
        blanks();
        if (position < text.length()) {
            char c = text.charAt(position);
            if (c == '+') {
                position++;
                return new SetValue.Arithmetic(unary().number());
            }
            if (c == '-') {
                position++;
                return new SetValue.Arithmetic(-unary().number());
            }
        }
        return primary();
    }

    private SetValue primary() {
        blanks();
        if (position >= text.length()) {
            throw new SourceError(Message.TERM_EXPECTED, text);
        }
        char c = text.charAt(position);
        if (c == '(') {
            position++;
            SetValue v = or();
            expect(')');
            if (position < text.length() && text.charAt(position) == '\'') {
                return new SetValue.Characters(characters((int) v.number()));
            }
            return v;
        }
        if (c == '\'') {
            return new SetValue.Characters(characters(1));
        }
        if (c == '&') {
            return variable();
        }
        if (c >= '0' && c <= '9') {
            long v = 0;
            while (position < text.length() && Character.isDigit(text.charAt(position))) {
                v = v * 10 + text.charAt(position++) - '0';
            }
            return new SetValue.Arithmetic(v);
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
                return new SetValue.Arithmetic(v);
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
            int start = (int) or().number();
            expect(',');
            blanks();
            int length;
            if (position < text.length() && text.charAt(position) == '*') {
                position++;
                length = value.length() - start + 1;
            } else {
                length = (int) or().number();
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
            SetValue next = primary();
            value = value + next.text();
        }
        return value;
    }

    private static String substring(String value, int start, int length) {
        if (start < 1 || length <= 0 || start > value.length()) {
            return "";
        }
        return value.substring(start - 1, Math.min(value.length(), start - 1 + length));
    }

    private SetValue variable() {
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
            out[0] = (int) or().number();
            blanks();
            if (position < text.length() && text.charAt(position) == ',') {
                position++;
                out[1] = (int) or().number();
            }
            expect(')');
        }
        return out;
    }

    private SetValue attribute(char kind) {
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
}
