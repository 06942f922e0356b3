package vm370.s370.asm;

import vm370.s370.text.Ebcdic;

/**
 * Evaluates assembler expressions (HLASM Language Reference, "Expressions"): terms are symbols,
 * self-defining terms, {@code *}, length attributes and parenthesized expressions, combined with
 * + - * /. Tracks relocatability: each relocatable term leaves a (relocation id, +1/-1) entry;
 * * and / accept only absolute operands; paired terms of one section cancel. One instance per
 * assembly, reused for every expression (no allocation per term).
 */
final class Expression {

    /** What the evaluator needs from the assembly. */
    interface Context {
        /** The symbol (recording a reference for the cross-reference), or null when not (yet) defined. */
        Symbol lookup(String name);

        /** The value of {@code *}. */
        int location();

        /** The relocation id of {@code *}. */
        int locationRelocationId();

        /** True in pass 2, when an undefined symbol is an error rather than a forward reference. */
        boolean finalPass();
    }

    private static final int MAX_TERMS = 64;

    private final Context context;
    private final int[] stackIds = new int[MAX_TERMS];
    private final int[] stackSigns = new int[MAX_TERMS];
    private int depth;
    private String text;
    private int position;

    /** The result: value, relocation entries after pairing, and whether a symbol was not yet defined. */
    long value;
    final int[] relocationIds = new int[MAX_TERMS];
    final int[] coefficients = new int[MAX_TERMS];
    int relocations;
    boolean unresolved;
    /** The length attribute of the leftmost term: a symbol's, else 1 (the implicit length of SS operands). */
    int firstLength;
    private boolean firstTerm;
    /** The qualifier of the last qualified symbol ({@code Q.SYM}), or null. */
    String qualifier;

    Expression(Context context) {
        this.context = context;
    }

    /** Evaluates the expression starting at {@code from}; returns the index of the first character after it. */
    int evaluate(String source, int from) {
        text = source;
        position = from;
        depth = 0;
        unresolved = false;
        qualifier = null;
        firstLength = 1;
        firstTerm = true;
        value = expression();
        pair();
        if (value > 0xFFFFFFFFL || value < Integer.MIN_VALUE) {
            throw new SourceError(Message.ARITHMETIC_OVERFLOW, source.substring(from, position));
        }
        return position;
    }

    /** Evaluates a whole operand that must be a single expression. */
    long evaluateAll(String source) {
        int end = evaluate(source, 0);
        if (end != source.length()) {
            throw new SourceError(Message.INVALID_DELIMITER, source.substring(end));
        }
        return value;
    }

    boolean isAbsolute() {
        return relocations == 0;
    }

    /** The relocation id of a simply relocatable result, 0 when absolute, -1 when complex. */
    int simpleRelocationId() {
        if (relocations == 0) {
            return 0;
        }
        return relocations == 1 && coefficients[0] == 1 ? relocationIds[0] : -1;
    }

    /** The value, which must be absolute (or, in pass 1, possibly unresolved). */
    int absolute(String what) {
        if (relocations != 0 || unresolved && context.finalPass()) {
            throw new SourceError(Message.NOT_ABSOLUTE, what);
        }
        return (int) value;
    }

    private long expression() {
        long v = term();
        while (position < text.length()) {
            char op = text.charAt(position);
            if (op != '+' && op != '-') {
                break;
            }
            position++;
            int mark = depth;
            long t = term();
            if (op == '-') {
                negate(mark);
                v -= t;
            } else {
                v += t;
            }
        }
        return v;
    }

    private long term() {
        int mark = depth;
        long v = unary();
        while (position < text.length()) {
            char op = text.charAt(position);
            if (op != '*' && op != '/') {
                break;
            }
            position++;
            requireAbsolute(mark);
            int second = depth;
            long f = unary();
            requireAbsolute(second);
            if (op == '*') {
                v *= f;
            } else {
                v = f == 0 ? 0 : v / f;
            }
        }
        return v;
    }

    private long unary() {
        if (position < text.length()) {
            char c = text.charAt(position);
            if (c == '+') {
                position++;
                return unary();
            }
            if (c == '-') {
                position++;
                int mark = depth;
                long v = -unary();
                negate(mark);
                return v;
            }
        }
        return primary();
    }

    private long primary() {
        boolean leftmost = firstTerm;
        firstTerm = false;
        if (position >= text.length()) {
            throw new SourceError(Message.TERM_EXPECTED, text);
        }
        char c = text.charAt(position);
        if (c == '(') {
            position++;
            long v = expression();
            expect(')');
            return v;
        }
        if (c == '*') {
            position++;
            push(context.locationRelocationId());
            return context.location();
        }
        if (c >= '0' && c <= '9') {
            return decimal();
        }
        if (position + 1 < text.length() && text.charAt(position + 1) == '\'') {
            char u = Character.toUpperCase(c);
            if (u == 'X' || u == 'B' || u == 'C') {
                return selfDefining(u);
            }
            if (u == 'L' || u == 'I' || u == 'S') {
                position += 2;
                return attribute(u);
            }
        }
        if (SourceText.isNameStart(c)) {
            return symbolValue(leftmost);
        }
        throw new SourceError(Message.TERM_EXPECTED, text.substring(position));
    }

    private long decimal() {
        long v = 0;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c < '0' || c > '9') {
                break;
            }
            v = v * 10 + (c - '0');
            if (v > 0xFFFFFFFFL) {
                throw new SourceError(Message.ARITHMETIC_OVERFLOW, text);
            }
            position++;
        }
        return v;
    }

    private long selfDefining(char type) {
        int start = position + 2;
        int end = closingQuote(text, start);
        if (end < 0) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, text.substring(position));
        }
        String body = text.substring(start, end);
        position = end + 1;
        return selfDefiningValue(type, body, text);
    }

    /** The value of X'..', B'..' or C'..' (C: EBCDIC, '' and && stand for one character). */
    static long selfDefiningValue(char type, String body, String context) {
        long v = 0;
        switch (type) {
            case 'X' -> {
                if (body.isEmpty() || body.length() > 8) {
                    throw new SourceError(Message.ILLEGAL_SYNTAX, context);
                }
                for (int i = 0; i < body.length(); i++) {
                    int d = Character.digit(body.charAt(i), 16);
                    if (d < 0) {
                        throw new SourceError(Message.ILLEGAL_SYNTAX, context);
                    }
                    v = v << 4 | d;
                }
            }
            case 'B' -> {
                if (body.isEmpty() || body.length() > 32) {
                    throw new SourceError(Message.ILLEGAL_SYNTAX, context);
                }
                for (int i = 0; i < body.length(); i++) {
                    char c = body.charAt(i);
                    if (c != '0' && c != '1') {
                        throw new SourceError(Message.ILLEGAL_SYNTAX, context);
                    }
                    v = v << 1 | (c - '0');
                }
            }
            default -> {
                String chars = characters(body);
                if (chars.isEmpty() || chars.length() > 4) {
                    throw new SourceError(Message.ILLEGAL_SYNTAX, context);
                }
                for (int i = 0; i < chars.length(); i++) {
                    v = v << 8 | Ebcdic.CP037.toByte(chars.charAt(i), (byte) 0x6F) & 0xFF;
                }
            }
        }
        return v;
    }

    /** The characters a quoted C string stands for: '' is one quote, && one ampersand. */
    static String characters(String body) {
        if (body.indexOf('\'') < 0 && body.indexOf('&') < 0) {
            return body;
        }
        return body.replace("''", "'").replace("&&", "&");
    }

    /** The index of the quote closing a string whose text starts at {@code start}, or -1. */
    static int closingQuote(String s, int start) {
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private long attribute(char kind) {
        String name = name();
        Symbol symbol = context.lookup(name);
        if (symbol == null || !symbol.defined()) {
            if (context.finalPass()) {
                throw new SourceError(Message.UNDEFINED_SYMBOL, name);
            }
            unresolved = true;
            return 1;
        }
        return switch (kind) {
            case 'L' -> symbol.length;
            case 'I' -> Attributes.integer(symbol);
            default -> 0;
        };
    }

    private long symbolValue(boolean leftmost) {
        String name = name();
        if (position < text.length() && text.charAt(position) == '.' && position + 1 < text.length()
                && SourceText.isNameStart(text.charAt(position + 1))) {
            qualifier = name;
            position++;
            name = name();
        }
        Symbol symbol = context.lookup(name);
        if (symbol == null || !symbol.defined()) {
            if (context.finalPass()) {
                throw new SourceError(Message.UNDEFINED_SYMBOL, name);
            }
            unresolved = true;
            return 0;
        }
        if (leftmost) {
            firstLength = symbol.length;
        }
        push(symbol.relocationId());
        return symbol.value();
    }

    private String name() {
        int start = position;
        while (position < text.length() && SourceText.isNameChar(text.charAt(position))) {
            position++;
        }
        if (position - start > 63 || position == start) {
            throw new SourceError(Message.SYMBOL_TOO_LONG, text.substring(start, position));
        }
        return SourceText.upper(text.substring(start, position));
    }

    private void expect(char c) {
        if (position >= text.length() || text.charAt(position) != c) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, text);
        }
        position++;
    }

    private void push(int relocationId) {
        if (relocationId == 0) {
            return;
        }
        if (depth == MAX_TERMS) {
            throw new SourceError(Message.ILLEGAL_SYNTAX, text);
        }
        stackIds[depth] = relocationId;
        stackSigns[depth++] = 1;
    }

    private void negate(int mark) {
        for (int i = mark; i < depth; i++) {
            stackSigns[i] = -stackSigns[i];
        }
    }

    private void requireAbsolute(int mark) {
        for (int i = mark; i < depth; i++) {
            int sum = 0;
            for (int j = mark; j < depth; j++) {
                if (stackIds[j] == stackIds[i]) {
                    sum += stackSigns[j];
                }
            }
            if (sum != 0) {
                throw new SourceError(Message.NOT_ABSOLUTE, text);
            }
        }
        depth = mark;
    }

    /** Sums the entries per relocation id into the result arrays, dropping those that cancel. */
    private void pair() {
        relocations = 0;
        for (int i = 0; i < depth; i++) {
            int id = stackIds[i];
            int k = 0;
            while (k < relocations && relocationIds[k] != id) {
                k++;
            }
            if (k == relocations) {
                relocationIds[relocations] = id;
                coefficients[relocations++] = 0;
            }
            coefficients[k] += stackSigns[i];
        }
        int kept = 0;
        for (int k = 0; k < relocations; k++) {
            if (coefficients[k] != 0) {
                relocationIds[kept] = relocationIds[k];
                coefficients[kept++] = coefficients[k];
            }
        }
        relocations = kept;
    }
}
