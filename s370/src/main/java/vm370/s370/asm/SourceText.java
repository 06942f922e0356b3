package vm370.s370.asm;

/**
 * The fixed-form source line (Assembler H, "Coding conventions"): statement in columns 1-71, a
 * non-blank column 72 continues it in column 16 of the next line, 73-80 are sequence. Splits a
 * statement into its name, operation, operand and remarks fields with a hand-written scanner.
 */
final class SourceText {

    static final int END_COLUMN = 71;
    static final int CONTINUE_COLUMN = 15;

    private SourceText() {
    }

    /** The four fields of a statement; absent fields are empty strings. */
    record Fields(String label, String operation, String operands, String remarks) {
    }

    /** True when a physical line is continued on the next one. */
    static boolean continues(String line) {
        return line.length() > END_COLUMN && line.charAt(END_COLUMN) != ' ';
    }

    /** True for a comment line: {@code *} in column 1, or {@code .*} (a macro comment). */
    static boolean isComment(String line) {
        return !line.isEmpty() && (line.charAt(0) == '*' || line.startsWith(".*"));
    }

    /**
     * Splits a statement. {@code lines} are its physical lines; when {@code fixedForm} is false
     * (generated text) the single line is taken whole, without columns.
     */
    static Fields split(String[] lines, boolean fixedForm) {
        String first = fixedForm ? columns(lines[0], 0) : lines[0];
        int n = first.length();
        int i = 0;
        while (i < n && first.charAt(i) != ' ') {
            i++;
        }
        String label = upper(first.substring(0, i));
        i = skipBlanks(first, i);
        int opStart = i;
        while (i < n && first.charAt(i) != ' ') {
            i++;
        }
        String operation = upper(first.substring(opStart, i));
        boolean conditional = isConditional(operation);
        i = skipBlanks(first, i);
        StringBuilder operands = null;
        String text = first;
        int segment = 0;
        int start = i;
        while (true) {
            int end = scanOperands(text, start, conditional);
            boolean more = fixedForm && segment + 1 < lines.length;
            boolean commaBlank = end < text.length() && end > start && text.charAt(end - 1) == ',';
            if (more && (end >= text.length() || commaBlank)) {
                if (operands == null) {
                    operands = new StringBuilder();
                }
                operands.append(text, start, end);
                segment++;
                text = columns(lines[segment], CONTINUE_COLUMN);
                start = skipBlanks(text, 0);
                continue;
            }
            String last = text.substring(start, end);
            String ops = operands == null ? last : operands.append(last).toString();
            String remarks = end < text.length() ? text.substring(skipBlanks(text, end)).strip() : "";
            return new Fields(label, operation, ops, remarks);
        }
    }

    /** Columns from {@code from} up to 71 (or the line's end), trailing blanks kept out. */
    static String columns(String line, int from) {
        int end = Math.min(line.length(), END_COLUMN);
        while (end > from && line.charAt(end - 1) == ' ') {
            end--;
        }
        return from >= end ? "" : line.substring(from, end);
    }

    static int skipBlanks(String s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** AIF, AGO and the SETs: their expressions may hold blanks inside parentheses. */
    static boolean isConditional(String operation) {
        return switch (operation) {
            case "AIF", "AGO", "SETA", "SETB", "SETC" -> true;
            default -> false;
        };
    }

    /**
     * The end of an operand field starting at {@code i}: the first blank outside quotes (and, for
     * conditional assembly, outside parentheses).
     */
    static int scanOperands(String s, int i, boolean blanksInParentheses) {
        int n = s.length();
        boolean quoted = false;
        int depth = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    if (i + 1 < n && s.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == ' ' && (depth <= 0 || !blanksInParentheses)) {
                return i;
            } else if (c == '\'' && !isAttributeQuote(s, i)) {
                quoted = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            i++;
        }
        return n;
    }

    /** A quote after a lone L, T, K, N, I, S, D or O and before a name is an attribute reference, not a string. */
    static boolean isAttributeQuote(String s, int quote) {
        if (quote < 1 || quote + 1 >= s.length()) {
            return false;
        }
        char a = s.charAt(quote - 1);
        if ("LTKNISDOltknisdo".indexOf(a) < 0) {
            return false;
        }
        if (quote >= 2 && isNameChar(s.charAt(quote - 2))) {
            return false;
        }
        char next = s.charAt(quote + 1);
        return next == '&' || next == '=' || next == '*' || isNameStart(next);
    }

    static boolean isNameStart(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '$' || c == '#' || c == '@' || c == '_';
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }

    /** ASCII upper case without allocating when the text is already upper case. */
    static String upper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                char[] chars = s.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'a' && chars[j] <= 'z') {
                        chars[j] -= 32;
                    }
                }
                return new String(chars);
            }
        }
        return s;
    }
}
