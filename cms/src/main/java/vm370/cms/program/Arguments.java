package vm370.cms.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A command's operands as CMS reads them: upper-case words before the left parenthesis, options
 * after it (a closing parenthesis is optional).
 */
record Arguments(List<String> words, List<String> options) {

    static Arguments parse(String text) {
        String upper = text.toUpperCase(Locale.ROOT);
        int paren = upper.indexOf('(');
        String before = paren < 0 ? upper : upper.substring(0, paren);
        String after = paren < 0 ? "" : upper.substring(paren + 1).replace(")", " ");
        return new Arguments(split(before), split(after));
    }

    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }

    String word(int i) {
        return i < words.size() ? words.get(i) : "";
    }

    boolean has(String option) {
        return options.contains(option);
    }

    /** The option after {@code option}, such as the address after ORIGIN; empty when absent. */
    String after(String option) {
        int i = options.indexOf(option);
        return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : "";
    }
}
