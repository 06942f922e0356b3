package vm370.cms.xedit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses XEDIT targets and finds the line they name in a file: relative and absolute lines, line
 * names, string targets forward and backward, negated and combined with {@code &} and {@code |}.
 * Searches honour the file's zone, CASE RESPECT/IGNORE, WRAP and SCOPE DISPLAY (excluded lines).
 */
final class Targets {

    /** Where a target search ended: a line index, or NOT_FOUND. */
    static final int NOT_FOUND = -1;

    /** A parsed target and the text after it. */
    record Parsed(Target target, String rest) {
    }

    private Targets() {
    }

    /**
     * Parses a target at the start of {@code text}; null when there is none there (the caller
     * reports). Under CASE UPPER strings are upper-cased, as everything typed is; under HEX ON a
     * string may be X'..'.
     */
    static Parsed parse(String text, FileSettings settings) {
        return parse(text, settings.hex, settings.caseUpper);
    }

    private static Parsed parse(String text, boolean hex, boolean upper) {
        String s = text.stripLeading();
        if (s.isEmpty()) {
            return null;
        }
        Parsed first = term(s, hex, upper);
        if (first == null || !(first.target() instanceof Target.Search search)) {
            return first;
        }
        List<Target.Term> terms = new ArrayList<>(search.terms());
        List<Boolean> and = new ArrayList<>();
        String rest = first.rest();
        while (true) {
            String r = rest.stripLeading();
            if (r.isEmpty() || (r.charAt(0) != '&' && r.charAt(0) != '|')) {
                break;
            }
            Parsed next = term(r.substring(1).stripLeading(), hex, upper);
            if (next == null || !(next.target() instanceof Target.Search more) || more.backward() != search.backward()) {
                return null;
            }
            and.add(r.charAt(0) == '&');
            terms.add(more.terms().get(0));
            rest = next.rest();
        }
        return new Parsed(new Target.Search(terms, and, search.backward()), rest);
    }

    private static Parsed term(String s, boolean hex, boolean upper) {
        boolean negated = false;
        int i = 0;
        if (s.charAt(0) == '~' || s.charAt(0) == '¬') {
            negated = true;
            i++;
        }
        boolean backward = false;
        if (i < s.length() && s.charAt(i) == '-') {
            backward = true;
            i++;
        } else if (i < s.length() && s.charAt(i) == '+') {
            i++;
        }
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        if (c == '/') {
            int close = s.indexOf('/', i + 1);
            String string = close < 0 ? s.substring(i + 1) : s.substring(i + 1, close);
            String rest = close < 0 ? "" : s.substring(close + 1);
            if (hex) {
                string = Strings.hexOrText(string);
                if (string == null) {
                    return null;
                }
            } else if (upper) {
                string = string.toUpperCase(Locale.ROOT);
            }
            return new Parsed(new Target.Search(List.of(new Target.Term(string, negated)), List.of(), backward), rest);
        }
        if (negated) {
            return null;
        }
        if (c == '*') {
            return new Parsed(new Target.Relative(backward ? -Integer.MAX_VALUE : Integer.MAX_VALUE), s.substring(i + 1));
        }
        if (c == ':' && !backward && i == 0) {
            int end = digits(s, 1);
            return end == 1 ? null : new Parsed(new Target.Absolute(number(s.substring(1, end))), s.substring(end));
        }
        if (c == '.' && !backward && i == 0) {
            int end = 1;
            while (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
                end++;
            }
            return end == 1 ? null : new Parsed(new Target.Named(s.substring(1, end).toUpperCase(Locale.ROOT)), s.substring(end));
        }
        int end = digits(s, i);
        if (end == i) {
            return null;
        }
        int n = number(s.substring(i, end));
        return new Parsed(new Target.Relative(backward ? -n : n), s.substring(end));
    }

    private static int digits(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int number(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    /** The line {@code target} names, counted from {@code from}; NOT_FOUND for a failed search or missing name. */
    static int find(EditFile file, Target target, int from) {
        return switch (target) {
            case Target.Relative r -> file.step(from, r.count());
            case Target.Absolute a -> Math.min(a.line(), file.size() + 1);
            case Target.Named n -> file.named(n.name()).orElse(NOT_FOUND);
            case Target.Search s -> search(file, s, from);
        };
    }

    private static int search(EditFile file, Target.Search s, int from) {
        int size = file.size();
        int direction = s.backward() ? -1 : 1;
        for (int i = from + direction; i >= 1 && i <= size; i += direction) {
            if (file.inScope(i) && matches(file, s, file.text(i))) {
                return i;
            }
        }
        if (file.settings.wrap) {
            int start = s.backward() ? size : 1;
            for (int i = start; i != from && i >= 1 && i <= size; i += direction) {
                if (file.inScope(i) && matches(file, s, file.text(i))) {
                    return i;
                }
            }
        }
        return NOT_FOUND;
    }

    static boolean matches(EditFile file, Target.Search s, String text) {
        boolean result = matches(file, s.terms().get(0), text);
        for (int t = 1; t < s.terms().size(); t++) {
            boolean next = matches(file, s.terms().get(t), text);
            result = s.and().get(t - 1) ? result && next : result || next;
        }
        return result;
    }

    private static boolean matches(EditFile file, Target.Term term, String text) {
        int left = file.settings.zoneLeft - 1;
        int right = Math.min(text.length(), FileSettings.column(file.settings.zoneRight, Math.max(file.lrecl(), text.length())));
        boolean found = term.text().isEmpty()
                ? right > left && !text.substring(left, right).isBlank()
                : Strings.indexOf(text, term.text(), left, right, !file.settings.caseRespect) >= 0;
        return found != term.negated();
    }
}
