package vm370.system.tour;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tour in README.md as steps a test can replay: each step is a fenced block right after a
 * {@code <!-- tour: name -->} comment. In a block, a line starting {@code > } is typed (ending in
 * {@code (not displayed)} when the screen does not show it, as a password); every other line is
 * what the screen shows next, word for word, where {@code …} stands for any text (times, dates).
 */
record ReadmeTour(List<Step> steps) {

    static final String HIDDEN = " (not displayed)";
    private static final Pattern MARK = Pattern.compile("^<!-- tour: (.+) -->$");
    private static final String FENCE = "```";

    /** One line of a step. */
    sealed interface Entry {
        /** A line the user types; {@code shown} when the screen echoes it. */
        record Typed(String text, boolean shown) implements Entry { }

        /** A line the screen shows. */
        record Shown(String pattern) implements Entry {
            boolean matches(String row) {
                StringBuilder regex = new StringBuilder();
                for (String part : pattern.split("…", -1)) {
                    if (!regex.isEmpty()) {
                        regex.append(".*");
                    }
                    regex.append(Pattern.quote(part));
                }
                return row.matches(regex.toString());
            }
        }
    }

    /** A step: its name and lines in order. */
    record Step(String name, List<Entry> entries) { }

    /** The steps of a README's text; fails on a mark with no block after it. */
    static ReadmeTour parse(String readme) {
        List<String> lines = readme.lines().toList();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher mark = MARK.matcher(lines.get(i).strip());
            if (!mark.matches()) {
                continue;
            }
            if (i + 1 >= lines.size() || !lines.get(i + 1).startsWith(FENCE)) {
                throw new IllegalArgumentException("README line " + (i + 1) + ": tour mark without a block after it");
            }
            List<Entry> entries = new ArrayList<>();
            int j = i + 2;
            for (; j < lines.size() && !lines.get(j).startsWith(FENCE); j++) {
                entries.add(entry(lines.get(j)));
            }
            steps.add(new Step(mark.group(1), entries));
            i = j;
        }
        return new ReadmeTour(steps);
    }

    private static Entry entry(String line) {
        if (line.startsWith("> ")) {
            String typed = line.substring(2);
            return typed.endsWith(HIDDEN) ? new Entry.Typed(typed.substring(0, typed.length() - HIDDEN.length()), false)
                    : new Entry.Typed(typed, true);
        }
        return new Entry.Shown(line.stripTrailing());
    }
}
