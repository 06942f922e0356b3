package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One command as the command processor hands it to a command: its name as typed, the operands
 * before the left parenthesis and the options after it (both as CMS tokens: upper case, up to 8
 * characters are significant), and the operand text as typed (for TELL, MSG, CP and EXEC arguments).
 *
 * @param verb the command name as typed, upper case
 * @param operands the words before {@code (}, upper case
 * @param options the words after {@code (} (a closing {@code )} dropped), upper case
 * @param text everything after the command name, as typed
 */
public record CommandLine(String verb, List<String> operands, List<String> options, String text) {

    public CommandLine {
        operands = List.copyOf(operands);
        options = List.copyOf(options);
    }

    /** Splits a command line; an empty line has the verb "". */
    public static CommandLine parse(String line) {
        String stripped = line.strip();
        int end = 0;
        while (end < stripped.length() && stripped.charAt(end) != ' ' && stripped.charAt(end) != '(') {
            end++;
        }
        String verb = stripped.substring(0, end).toUpperCase(Locale.ROOT);
        String text = stripped.substring(end).strip();
        return new CommandLine(verb, text);
    }

    /** A command with the given name and operand text. */
    public CommandLine(String verb, String text) {
        this(verb, words(before(text)), words(after(text)), text);
    }

    private static String before(String text) {
        int paren = text.indexOf('(');
        return paren < 0 ? text : text.substring(0, paren);
    }

    private static String after(String text) {
        int paren = text.indexOf('(');
        if (paren < 0) {
            return "";
        }
        String options = text.substring(paren + 1);
        int close = options.lastIndexOf(')');
        return close < 0 ? options : options.substring(0, close);
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w.toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Operand {@code i}, or {@code fallback} when there are fewer. */
    public String operand(int i, String fallback) {
        return i < operands.size() ? operands.get(i) : fallback;
    }

    /** Whether an option is given, by its name or an abbreviation of at least {@code minimum} letters. */
    public boolean hasOption(String name, int minimum) {
        for (String o : options) {
            if (abbreviates(o, name, minimum)) {
                return true;
            }
        }
        return false;
    }

    /** The word after an option (RECFM V, LRECL 80), or null. */
    public String optionValue(String name, int minimum) {
        for (int i = 0; i + 1 < options.size(); i++) {
            if (abbreviates(options.get(i), name, minimum)) {
                return options.get(i + 1);
            }
        }
        return null;
    }

    /** Whether {@code typed} names {@code name}: its first {@code minimum} letters or more, no more than the name. */
    public static boolean abbreviates(String typed, String name, int minimum) {
        return typed.length() >= minimum && typed.length() <= name.length() && name.startsWith(typed);
    }
}
