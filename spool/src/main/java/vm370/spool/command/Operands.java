package vm370.spool.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The operands of one CP command, split at blanks, upper-cased as CP sees them, with VM/370's
 * minimum abbreviations: a pattern such as {@code "CLass"} accepts CL, CLA, CLAS and CLASS.
 */
final class Operands {

    private final String text;
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> starts = new ArrayList<>();
    private int position;

    Operands(String text) {
        this.text = text == null ? "" : text;
        int i = 0;
        while (i < this.text.length()) {
            while (i < this.text.length() && this.text.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < this.text.length() && this.text.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                starts.add(start);
                tokens.add(this.text.substring(start, i).toUpperCase(Locale.ROOT));
            }
        }
    }

    /** True when {@code token} is an abbreviation of {@code pattern} at least as long as its capitals. */
    static boolean matches(String pattern, String token) {
        int minimum = 0;
        while (minimum < pattern.length() && Character.isUpperCase(pattern.charAt(minimum))) {
            minimum++;
        }
        String full = pattern.toUpperCase(Locale.ROOT);
        return token != null && token.length() >= minimum && token.length() <= full.length() && full.startsWith(token);
    }

    boolean hasNext() {
        return position < tokens.size();
    }

    /** The next token without taking it, or null at the end. */
    String peek() {
        return hasNext() ? tokens.get(position) : null;
    }

    /** Takes the next token, or null at the end. */
    String next() {
        return hasNext() ? tokens.get(position++) : null;
    }

    /** Takes the next token when it matches one of the patterns; returns the pattern matched, or null. */
    String nextIf(String... patterns) {
        String token = peek();
        for (String pattern : patterns) {
            if (matches(pattern, token)) {
                position++;
                return pattern;
            }
        }
        return null;
    }

    /** The rest of the line as typed (case kept), or "" at the end; takes it all. */
    String rest() {
        if (!hasNext()) {
            return "";
        }
        String rest = text.substring(starts.get(position)).strip();
        position = tokens.size();
        return rest;
    }

    /** A virtual or real device address (1-4 hex digits), or -1. */
    static int address(String token) {
        if (token == null || token.isEmpty() || token.length() > 4) {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (Character.digit(token.charAt(i), 16) < 0) {
                return -1;
            }
        }
        return Integer.parseInt(token, 16);
    }

    /** A spool id (1-9999), or -1. */
    static int spoolId(String token) {
        if (token == null || token.isEmpty() || token.length() > 4) {
            return -1;
        }
        for (int i = 0; i < token.length(); i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return -1;
            }
        }
        int id = Integer.parseInt(token);
        return id >= 1 ? id : -1;
    }

    /** A spool class (A-Z, 0-9), or '\0'. */
    static char spoolClass(String token) {
        if (token == null || token.length() != 1) {
            return '\0';
        }
        char c = token.charAt(0);
        return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '\0';
    }

    /** A user id as the directory spells it (1-8 characters), or null. */
    static String userid(String token) {
        return token != null && !token.isEmpty() && token.length() <= 8 ? token : null;
    }
}
