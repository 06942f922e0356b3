package vm370.cp.command;

import java.util.Locale;

/**
 * The operands of a command line, read a blank-delimited word at a time, upper-cased as CP reads
 * them; {@link #rest} keeps the remaining text as typed, for the text of MSG and SET PFnn.
 */
public final class Tokens {

    private final String text;
    private int position;

    Tokens(String text) {
        this.text = text;
    }

    boolean hasNext() {
        skipBlanks();
        return position < text.length();
    }

    /** The next word in upper case, or null at the end. */
    String next() {
        String word = peek();
        if (word != null) {
            position += word.length();
        }
        return word;
    }

    /** The next word in upper case without taking it, or null at the end. */
    String peek() {
        skipBlanks();
        int end = position;
        while (end < text.length() && text.charAt(end) != ' ') {
            end++;
        }
        return end == position ? null : text.substring(position, end).toUpperCase(Locale.ROOT);
    }

    /** Everything after the next blank as typed (one separating blank dropped), taking it all. */
    String rest() {
        if (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
        String remaining = text.substring(Math.min(position, text.length()));
        position = text.length();
        return remaining;
    }

    /** The words not yet taken, as typed, for handing on to the spool commands. */
    String remaining() {
        skipBlanks();
        return text.substring(position);
    }

    private void skipBlanks() {
        while (position < text.length() && text.charAt(position) == ' ') {
            position++;
        }
    }

    /**
     * True when {@code word} (upper case) abbreviates {@code syntax}: VM/370 writes the shortest
     * accepted form in capitals ({@code DETach}: DET, DETA ... DETACH).
     */
    public static boolean abbreviates(String word, String syntax) {
        int minimum = 0;
        while (minimum < syntax.length() && Character.isUpperCase(syntax.charAt(minimum))) {
            minimum++;
        }
        return word != null && word.length() >= minimum && word.length() <= syntax.length()
                && syntax.toUpperCase(Locale.ROOT).startsWith(word);
    }

    /** A virtual or real device address of 1 to 4 hexadecimal digits, or -1. */
    public static int address(String word) {
        if (word == null || word.isEmpty() || word.length() > 4) {
            return -1;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.digit(word.charAt(i), 16) < 0) {
                return -1;
            }
        }
        return Integer.parseInt(word, 16);
    }
}
