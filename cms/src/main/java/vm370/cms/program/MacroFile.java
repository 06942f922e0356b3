package vm370.cms.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a {@code fn MACRO} file into its macro definitions (MACRO ... MEND), each named by the
 * operation of its prototype statement, as MACLIB GEN makes one member of each.
 */
final class MacroFile {

    /** One definition: its name and lines, MACRO and MEND included. */
    record Definition(String name, List<String> lines) {
    }

    private MacroFile() {
    }

    static List<Definition> definitions(List<String> lines) {
        List<Definition> out = new ArrayList<>();
        List<String> current = null;
        String name = null;
        int depth = 0;
        for (String line : lines) {
            String op = operation(line);
            if (current == null) {
                if (op.equals("MACRO")) {
                    current = new ArrayList<>();
                    current.add(line);
                    depth = 1;
                    name = null;
                }
                continue;
            }
            current.add(line);
            if (name == null && !op.isEmpty() && !isComment(line)) {
                name = op;
            } else if (op.equals("MACRO")) {
                depth++;
            } else if (op.equals("MEND") && --depth == 0) {
                if (name != null) {
                    out.add(new Definition(name, List.copyOf(current)));
                }
                current = null;
            }
        }
        return out;
    }

    private static boolean isComment(String line) {
        return line.startsWith("*") || line.startsWith(".*");
    }

    /** The operation field: the first word, or the second when the line has a name field. */
    private static String operation(String line) {
        if (line.isBlank() || isComment(line)) {
            return "";
        }
        String[] words = line.trim().split("\\s+");
        int at = line.charAt(0) == ' ' ? 0 : 1;
        return at < words.length ? words[at].toUpperCase(Locale.ROOT) : "";
    }
}
