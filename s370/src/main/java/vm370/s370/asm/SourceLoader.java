package vm370.s370.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads source text into logical statements: continuation lines joined, COPY members read in
 * place. Members come from {@link MacroLibrary}s, searched in order.
 */
final class SourceLoader {

    private static final int MAX_COPY_DEPTH = 16;

    private final List<MacroLibrary> libraries;

    SourceLoader(List<MacroLibrary> libraries) {
        this.libraries = libraries;
    }

    /** Groups physical lines into statements, reading COPY members in place. */
    List<SourceLine> statements(List<String> physical) {
        List<SourceLine> out = new ArrayList<>(physical.size());
        group(physical, out, 0);
        return out;
    }

    private void group(List<String> physical, List<SourceLine> out, int depth) {
        int i = 0;
        while (i < physical.size()) {
            String first = tabsExpanded(physical.get(i++));
            String[] lines;
            if (SourceText.continues(first) && !SourceText.isComment(first)) {
                List<String> joined = new ArrayList<>(3);
                joined.add(first);
                while (i < physical.size() && SourceText.continues(joined.get(joined.size() - 1))) {
                    joined.add(tabsExpanded(physical.get(i++)));
                }
                lines = joined.toArray(String[]::new);
            } else {
                lines = new String[] {first};
            }
            SourceLine line = SourceLine.of(lines);
            if (!"COPY".equals(line.operation())) {
                out.add(line);
                continue;
            }
            String member = SourceText.upper(line.fields().operands().strip());
            Optional<List<String>> text = depth < MAX_COPY_DEPTH ? member(member) : Optional.empty();
            if (text.isEmpty()) {
                out.add(line.withFault(member));
            } else {
                out.add(line);
                group(text.get(), out, depth + 1);
            }
        }
    }

    /** The lines of a library member, from the first library folder that has it. */
    Optional<List<String>> member(String name) {
        if (name.isEmpty() || !name.chars().allMatch(c -> SourceText.isNameChar((char) c))) {
            return Optional.empty();
        }
        for (MacroLibrary library : libraries) {
            Optional<List<String>> lines = library.member(name);
            if (lines.isPresent()) {
                return lines;
            }
        }
        return Optional.empty();
    }

    private static String tabsExpanded(String line) {
        return line.indexOf('\t') < 0 ? line : line.replace("\t", " ");
    }
}
