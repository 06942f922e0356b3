package vm370.cms.rexx;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits REXX source into tokens with explicit clause ends (ANSI X3.274 section 6.2): nested
 * comments, quoted strings with doubled quotes, hex and binary strings, exponent numbers, and
 * continuation (a comma at the end of a line joins the next line with a blank).
 */
final class Tokenizer {

    private static final String[] OPERATORS = {
        "\\==", "\\<<", "\\>>", ">>=", "<<=", "**", "//", "||", "&&", "==", "\\=", "<>", "><", ">=", "<=",
        "\\<", "\\>", ">>", "<<", "+", "-", "*", "/", "%", "|", "&", "=", "<", ">", "\\"
    };

    private final String source;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;
    private int line = 1;
    private boolean space;
    private int tokenStart;

    private Tokenizer(String source) {
        this.source = source;
    }

    /** The source as the tokenizer reads it (token offsets index this text). */
    static String normalize(String source) {
        return source.replace('¬', '\\').replace("\r\n", "\n");
    }

    /** Tokenizes normalized source; {@code firstLine} numbers its first line (INTERPRET uses the caller's). */
    static List<Token> tokenize(String source, int firstLine) {
        Tokenizer t = new Tokenizer(source);
        t.line = firstLine;
        t.run();
        return t.tokens;
    }

    static boolean isSymbolChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '.' || c == '!' || c == '?' || c == '_' || c == '@' || c == '#' || c == '$';
    }

    private void run() {
        int n = source.length();
        while (pos < n) {
            char c = source.charAt(pos);
            tokenStart = pos;
            if (c == '\n') {
                endClause();
                line++;
                pos++;
                space = false;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                space = true;
                pos++;
            } else if (c == '/' && pos + 1 < n && source.charAt(pos + 1) == '*') {
                comment();
                space = true;
            } else if (c == ';') {
                endClause();
                pos++;
                space = false;
            } else if (c == '\'' || c == '"') {
                string(c);
            } else if (isSymbolChar(c)) {
                symbol();
            } else if (c == ',') {
                comma();
            } else if (c == '(') {
                add(Token.Kind.LEFT_PAREN, "(");
                pos++;
            } else if (c == ')') {
                add(Token.Kind.RIGHT_PAREN, ")");
                pos++;
            } else if (c == ':') {
                add(Token.Kind.COLON, ":");
                pos++;
            } else {
                operator();
            }
        }
        endClause();
    }

    private void add(Token.Kind kind, String text) {
        int end = kind == Token.Kind.LEFT_PAREN || kind == Token.Kind.RIGHT_PAREN || kind == Token.Kind.COLON
                || kind == Token.Kind.COMMA ? tokenStart + 1 : kind == Token.Kind.OPERATOR ? tokenStart + text.length() : pos;
        tokens.add(new Token(kind, text, line, space, tokenStart, end));
        space = false;
    }

    private void endClause() {
        if (!tokens.isEmpty() && tokens.getLast().kind() != Token.Kind.END_OF_CLAUSE) {
            tokens.add(new Token(Token.Kind.END_OF_CLAUSE, ";", line, false, pos, pos));
        }
    }

    private void comment() {
        int depth = 0;
        int startLine = line;
        int n = source.length();
        while (pos < n) {
            if (source.startsWith("/*", pos)) {
                depth++;
                pos += 2;
            } else if (source.startsWith("*/", pos)) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                if (source.charAt(pos) == '\n') {
                    line++;
                }
                pos++;
            }
        }
        throw new RexxError(6, "Unmatched comment delimiter (\"/*\")").at(startLine);
    }

    private void string(char quote) {
        StringBuilder value = new StringBuilder();
        int n = source.length();
        pos++;
        while (true) {
            if (pos >= n || source.charAt(pos) == '\n') {
                throw new RexxError(6, "Unmatched quote").at(line);
            }
            char c = source.charAt(pos++);
            if (c == quote) {
                if (pos < n && source.charAt(pos) == quote) {
                    value.append(quote);
                    pos++;
                } else {
                    break;
                }
            } else {
                value.append(c);
            }
        }
        String text = value.toString();
        if (pos < n && (source.charAt(pos) == 'x' || source.charAt(pos) == 'X' || source.charAt(pos) == 'b'
                || source.charAt(pos) == 'B') && (pos + 1 >= n || !isSymbolChar(source.charAt(pos + 1)))) {
            boolean hex = Character.toUpperCase(source.charAt(pos)) == 'X';
            pos++;
            text = hex ? Conversions.hexStringLiteral(text, line) : Conversions.binaryStringLiteral(text, line);
        }
        add(Token.Kind.STRING, text);
    }

    private void symbol() {
        int start = pos;
        int n = source.length();
        while (pos < n && isSymbolChar(source.charAt(pos))) {
            pos++;
        }
        String text = source.substring(start, pos).toUpperCase();
        char first = text.charAt(0);
        if ((first >= '0' && first <= '9' || first == '.') && text.endsWith("E") && pos + 1 < n
                && (source.charAt(pos) == '+' || source.charAt(pos) == '-')
                && Character.isDigit(source.charAt(pos + 1)) && isMantissa(text.substring(0, text.length() - 1))) {
            int expStart = pos;
            pos++;
            while (pos < n && Character.isDigit(source.charAt(pos))) {
                pos++;
            }
            text = text + source.substring(expStart, pos);
        }
        add(Token.Kind.SYMBOL, text);
    }

    private static boolean isMantissa(String s) {
        boolean digit = false;
        boolean dot = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' && !dot) {
                dot = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    /** A comma that is the last token on its line continues the clause on the next line. */
    private void comma() {
        int n = source.length();
        int p = pos + 1;
        while (p < n) {
            char c = source.charAt(p);
            if (c == ' ' || c == '\t' || c == '\r') {
                p++;
            } else if (source.startsWith("/*", p)) {
                int save = pos;
                int saveLine = line;
                pos = p;
                comment();
                p = pos;
                pos = save;
                if (line != saveLine) {
                    break;
                }
            } else {
                break;
            }
        }
        if (p >= n || source.charAt(p) == '\n') {
            pos = p + 1;
            line++;
            space = true;
            return;
        }
        add(Token.Kind.COMMA, ",");
        pos++;
    }

    private void operator() {
        for (String op : OPERATORS) {
            if (source.startsWith(op, pos)) {
                add(Token.Kind.OPERATOR, op);
                pos += op.length();
                return;
            }
        }
        throw new RexxError(13, "Invalid character in program \"" + source.charAt(pos) + "\"").at(line);
    }
}
