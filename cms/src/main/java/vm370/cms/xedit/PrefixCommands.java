package vm370.cms.xedit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prefix commands typed in the prefix area: I/A, D, ", &lt;, &gt;, X, S, / and .name act at once;
 * the block forms DD, "", &lt;&lt;, &gt;&gt;, XX, and C, CC, M, MM (which need a destination F or P)
 * wait, pending, until their other half is typed. Lines are held as objects while the commands run,
 * so that one command's inserts and deletes do not move another's line; the current line stays
 * where it was unless {@code /} moves it.
 */
final class PrefixCommands {

    /** The Top of File line's prefix area (before line 1). */
    static final int TOP = 0;

    /** One prefix command: its line (null for Top of File, {@code end} for End of File), verb and count. */
    private record Entry(Line line, boolean end, String verb, int count, String text) {
    }

    /** Where a prefix command was typed: a line, or (line null) Top or End of File; one command each. */
    private record Place(Line line, boolean end) {
    }

    private PrefixCommands() {
    }

    /** RESET: the prefix commands still pending (a block's first half, say) are forgotten. */
    static int reset(Editor e, String operands) {
        if (!operands.isBlank()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, operands.strip());
        }
        e.file().pending().clear();
        return Editor.RC_OK;
    }

    /**
     * Runs the prefix commands typed (line index to text; 0 is Top of File, size+1 End of File)
     * together with those pending in the file. Returns how many ran.
     */
    static int run(Editor e, Map<Integer, String> typed) {
        EditFile f = e.file();
        Map<Place, Entry> entries = new LinkedHashMap<>();
        for (Map.Entry<Line, String> p : f.pending().entrySet()) {
            Entry parsed = parse(p.getKey(), false, p.getValue());
            if (parsed != null) {
                entries.put(new Place(p.getKey(), false), parsed);
            }
        }
        f.pending().clear();
        List<Integer> lines = new ArrayList<>(typed.keySet());
        Collections.sort(lines);
        for (int index : lines) {
            String text = typed.get(index).strip().toUpperCase(Locale.ROOT);
            Line line = index >= 1 && index <= f.size() ? f.line(index) : null;
            boolean end = index > f.size();
            Place key = new Place(line, line == null && end);
            entries.remove(key);
            if (text.isEmpty()) {
                continue;
            }
            Entry parsed = parse(line, end, text);
            if (parsed == null) {
                e.fail(Editor.RC_INVALID, XeditMessage.INVALID_PREFIX, text);
            } else {
                entries.put(key, parsed);
            }
        }
        List<Entry> ordered = new ArrayList<>(entries.values());
        ordered.sort((a, b) -> Integer.compare(position(f, a), position(f, b)));
        boolean top = f.atTop();
        boolean end = f.atEnd();
        Line current = top || end ? null : f.line(f.current());
        int ran = execute(e, f, ordered);
        if (ordered.stream().noneMatch(entry -> entry.verb().equals("/"))) {
            int still = current == null ? -1 : f.indexOf(current);
            if (top) {
                f.setCurrent(0);
            } else if (end) {
                f.setCurrent(f.size() + 1);
            } else if (still >= 1) {
                f.setCurrent(still);
            }
        }
        return ran;
    }

    private static int position(EditFile f, Entry entry) {
        return entry.line() != null ? f.indexOf(entry.line()) : entry.end() ? f.size() + 1 : TOP;
    }

    /** Parses one prefix command; null when it is none. */
    private static Entry parse(Line line, boolean end, String text) {
        if (text.startsWith(".") && text.length() > 1 && text.substring(1).chars().allMatch(Character::isLetterOrDigit)) {
            return new Entry(line, end, ".", 1, text);
        }
        int lead = 0;
        while (lead < text.length() && Character.isDigit(text.charAt(lead))) {
            lead++;
        }
        int trail = text.length();
        while (trail > lead && Character.isDigit(text.charAt(trail - 1))) {
            trail--;
        }
        String verb = text.substring(lead, trail);
        String digits = lead > 0 ? text.substring(0, lead) : text.substring(trail);
        if (lead > 0 && trail < text.length() || digits.length() > 6) {
            return null;
        }
        int count = digits.isEmpty() ? 1 : Integer.parseInt(digits);
        boolean numbered = switch (verb) {
            case "I", "A", "D", "\"", "<", ">", "X", "S" -> true;
            case "DD", "\"\"", "<<", ">>", "XX", "C", "CC", "M", "MM", "F", "P", "/" -> digits.isEmpty()
                    || verb.equals("<<") || verb.equals(">>");
            default -> false;
        };
        return numbered ? new Entry(line, end, verb, count, text) : null;
    }

    private static int execute(Editor e, EditFile f, List<Entry> entries) {
        int ran = 0;
        List<Entry> blocks = new ArrayList<>();
        List<Entry[]> moves = new ArrayList<>();
        List<Entry> destinations = new ArrayList<>();
        for (Entry entry : entries) {
            switch (entry.verb()) {
                case "DD", "\"\"", "<<", ">>", "XX", "CC", "MM" -> blocks.add(entry);
                case "C", "M" -> moves.add(new Entry[] {entry, entry});
                case "F", "P" -> destinations.add(entry);
                default -> ran += single(e, f, entry);
            }
        }
        for (Entry[] pair : pairBlocks(e, f, blocks)) {
            if (pair[0].verb().equals("CC") || pair[0].verb().equals("MM")) {
                moves.add(pair);
            } else {
                ran += block(e, f, pair[0], pair[1]);
            }
        }
        if (moves.size() == 1 && destinations.size() == 1) {
            Entry[] m = moves.get(0);
            Entry d = destinations.get(0);
            int first = f.indexOf(m[0].line());
            int last = m[1] == m[0] ? Math.min(f.size(), first + m[0].count() - 1) : f.indexOf(m[1].line());
            int at = position(f, d);
            int after = d.verb().equals("F") ? Math.min(at, f.size()) : Math.max(at - 1, 0);
            return ran + (Editing.transfer(e, f, first, last, after, m[0].verb().startsWith("M")) == Editor.RC_OK ? 1 : 0);
        }
        for (Entry[] m : moves) {
            keepPending(e, f, m[0]);
            if (m[1] != m[0]) {
                keepPending(e, f, m[1]);
            }
        }
        for (Entry d : destinations) {
            keepPending(e, f, d);
        }
        return ran;
    }

    /** A prefix command that acts on its own line and the n after it. */
    private static int single(Editor e, EditFile f, Entry entry) {
        int at = position(f, entry);
        int last = Math.min(f.size(), at + entry.count() - 1);
        switch (entry.verb()) {
            case "I", "A" -> {
                int after = Math.min(at, f.size());
                f.insert(after, Collections.nCopies(entry.count(), ""));
                e.alter(f);
                e.requestCursor(after + 1, 1);
            }
            case "/" -> f.setCurrent(at);
            default -> {
                if (at < 1 || at > f.size()) {
                    e.fail(Editor.RC_INVALID, XeditMessage.INVALID_PREFIX, entry.text());
                    return 0;
                }
                if (entry.verb().equals(".")) {
                    f.name(entry.text().substring(1), at);
                    return 1;
                }
                boolean perLine = entry.verb().equals("\"") || entry.verb().equals("<") || entry.verb().equals(">")
                        || entry.verb().equals("S");
                return lines(e, f, entry.verb(), at, perLine ? at : last, entry.count());
            }
        }
        return 1;
    }

    /** A block command on lines first..last (in either order). */
    private static int block(Editor e, EditFile f, Entry a, Entry b) {
        int first = Math.min(position(f, a), position(f, b));
        int last = Math.max(position(f, a), position(f, b));
        first = Math.max(first, 1);
        last = Math.min(last, f.size());
        if (first > last) {
            return 0;
        }
        String verb = a.verb().substring(1);
        int count = Math.max(a.count(), b.count());
        return lines(e, f, verb, first, last, count);
    }

    /** D, ", <, >, X or S on lines first..last; for " and the shifts, count is the repeat or columns. */
    private static int lines(Editor e, EditFile f, String verb, int first, int last, int count) {
        switch (verb) {
            case "D" -> {
                f.delete(first, last);
                if (f.current() > last) {
                    f.setCurrent(f.current() - (last - first + 1));
                } else if (f.current() >= first) {
                    f.setCurrent(first - 1);
                }
            }
            case "\"" -> {
                boolean block = verb.equals("\"") && last > first;
                List<String> copy = Editing.copyOf(f, new LineRange(first, last, false, ""));
                int at = last;
                for (int i = 0; i < (block ? 1 : count); i++) {
                    at = f.insert(at, block ? copy : copy.subList(0, 1));
                }
            }
            case "<", ">" -> {
                int columns = count;
                for (int i = first; i <= last; i++) {
                    f.replace(i, shift(f.text(i), verb.equals("<") ? -columns : columns));
                }
            }
            case "X" -> {
                for (int i = first; i <= last; i++) {
                    f.exclude(i, true);
                }
                return 1;
            }
            case "S" -> {
                int group = excludedFrom(f, first);
                int shown = count == 1 ? group : Math.min(count, group);
                for (int i = first; i < first + shown; i++) {
                    f.exclude(i, false);
                }
                return 1;
            }
            default -> throw new IllegalStateException("prefix verb: " + verb + " (expected: D \" < > X S)");
        }
        e.alter(f);
        return 1;
    }

    /** The excluded lines from {@code line} on: a shadow line's group, which S shows (Sn: n of them). */
    private static int excludedFrom(EditFile f, int line) {
        int n = 0;
        while (f.excluded(line + n)) {
            n++;
        }
        return n;
    }

    /** Shifts text right (blanks in front) or left (leading characters dropped, blanks only). */
    private static String shift(String text, int columns) {
        if (columns > 0) {
            return " ".repeat(columns) + text;
        }
        int drop = 0;
        while (drop < -columns && drop < text.length() && text.charAt(drop) == ' ') {
            drop++;
        }
        return text.substring(drop);
    }

    private static void keepPending(Editor e, EditFile f, Entry entry) {
        if (entry.line() != null) {
            f.pending().put(entry.line(), entry.text());
            e.message(XeditMessage.PENDING_PREFIX.format(entry.verb()));
        }
    }

    /** Pairs block commands of the same kind in file order; an unpaired one stays pending. */
    private static List<Entry[]> pairBlocks(Editor e, EditFile f, List<Entry> blocks) {
        List<Entry[]> complete = new ArrayList<>();
        Map<String, Entry> open = new LinkedHashMap<>();
        for (Entry b : blocks) {
            Entry start = open.remove(b.verb());
            if (start == null) {
                open.put(b.verb(), b);
            } else {
                complete.add(new Entry[] {start, b});
            }
        }
        for (Entry unpaired : open.values()) {
            keepPending(e, f, unpaired);
        }
        return complete;
    }
}
