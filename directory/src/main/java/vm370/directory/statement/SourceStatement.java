package vm370.directory.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One logical statement of the source: its first line number, its text (continuations joined)
 * and the blank-separated tokens of that text with their offsets.
 */
public record SourceStatement(int line, String text, List<Token> tokens) {

    /** A blank-delimited token as written (case kept) and where it starts in the text. */
    public record Token(String raw, int offset) {
    }

    public SourceStatement {
        tokens = List.copyOf(tokens);
    }

    /** Splits {@code text} into tokens. */
    public static SourceStatement of(int line, String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < text.length() && text.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(text.substring(start, i), start));
            }
        }
        return new SourceStatement(line, text, tokens);
    }

    /** The statement name, upper case. */
    public String verb() {
        return tokens.isEmpty() ? "" : upper(0);
    }

    public int size() {
        return tokens.size();
    }

    /** Token {@code index} in upper case: directory statements ignore case except where noted. */
    public String upper(int index) {
        return tokens.get(index).raw().toUpperCase(Locale.ROOT);
    }

    public String raw(int index) {
        return tokens.get(index).raw();
    }

    /** The text from token {@code index} to the end, as written (for IPL PARM). */
    public String restFrom(int index) {
        return text.substring(tokens.get(index).offset()).strip();
    }
}
