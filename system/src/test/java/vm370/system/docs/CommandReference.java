package vm370.system.docs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One page of the command reference in docs/, as the drift test reads it: under each {@code ## section}
 * the {@code ### name} headings (the name written with its minimum abbreviation in capitals) and,
 * for CP, each entry's {@code **Privilege class:**} line.
 */
record CommandReference(Map<String, Map<String, String>> sections) {

    private static final String CLASS_LINE = "**Privilege class:**";

    /** The folder docs/ of the checkout the tests run in (they run in a module's folder). */
    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/README.md"))) {
                return dir.resolve("docs");
            }
        }
        throw new IllegalStateException("docs/README.md: not found above " + Path.of("").toAbsolutePath());
    }

    static CommandReference read(String page) throws IOException {
        return parse(Files.readString(folder().resolve(page)));
    }

    /** Entries by section title; each entry's privilege class text ("" when the entry has none). */
    static CommandReference parse(String markdown) {
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, String> section = null;
        String entry = null;
        for (String line : markdown.lines().toList()) {
            if (line.startsWith("## ")) {
                section = sections.computeIfAbsent(line.substring(3).strip(), s -> new LinkedHashMap<>());
                entry = null;
            } else if (line.startsWith("### ") && section != null) {
                entry = line.substring(4).strip();
                section.put(entry, "");
            } else if (line.startsWith(CLASS_LINE) && entry != null) {
                section.put(entry, line.substring(CLASS_LINE.length()).strip());
            }
        }
        return new CommandReference(sections);
    }

    /** The entries of a section, empty when the page has no such section. */
    Map<String, String> entries(String section) {
        return sections.getOrDefault(section, Map.of());
    }

    /** How IBM's manuals write a name whose first {@code minimum} letters are its shortest abbreviation. */
    static String syntax(String name, int minimum) {
        String upper = name.toUpperCase(Locale.ROOT);
        return upper.substring(0, minimum) + upper.substring(minimum).toLowerCase(Locale.ROOT);
    }

    /** CP's classes as the table has them ({@code *} for Any) from an entry's class text, e.g. "A B" or "Any". */
    static String classes(String text) {
        if (text.strip().equalsIgnoreCase("Any")) {
            return "*";
        }
        StringBuilder letters = new StringBuilder();
        text.chars().filter(Character::isLetterOrDigit).forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    /**
     * What a section gets wrong against the table's names: the entries missing and those naming no
     * command (an entry whose abbreviation differs is both). Empty when they agree.
     */
    static List<String> drift(Map<String, String> documented, List<String> table) {
        List<String> problems = new ArrayList<>();
        for (String name : new TreeSet<>(table)) {
            if (!documented.containsKey(name)) {
                problems.add("no entry for " + name);
            }
        }
        for (String name : documented.keySet()) {
            if (!table.contains(name)) {
                problems.add("entry " + name + " names no command of the table (or its abbreviation differs)");
            }
        }
        return problems;
    }
}
