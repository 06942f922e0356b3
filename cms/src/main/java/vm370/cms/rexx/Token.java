package vm370.cms.rexx;

/**
 * One token of a REXX program: symbols are upper-cased, strings carry their value (hex and
 * binary strings already converted), operators are normalised ({@code ¬} becomes {@code \}).
 */
record Token(Kind kind, String text, int line, boolean spaceBefore, int start, int end) {

    /** The token classes of ANSI X3.274 section 6.2, with the clause end made explicit. */
    enum Kind { SYMBOL, STRING, OPERATOR, LEFT_PAREN, RIGHT_PAREN, COMMA, COLON, END_OF_CLAUSE }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isSymbol(String t) {
        return kind == Kind.SYMBOL && text.equals(t);
    }

    /** A constant symbol starts with a digit or a period; its value is its own (upper-case) name. */
    boolean isConstantSymbol() {
        if (kind != Kind.SYMBOL) {
            return false;
        }
        char c = text.charAt(0);
        return c == '.' || (c >= '0' && c <= '9');
    }
}
