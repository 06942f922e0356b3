package vm370.cms.xedit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Subcommands that change lines: ADD, DELETE, DUPLICATE, COPY, MOVE, INPUT, REPLACE, SORT, and the
 * cursor-driven ones the default PF keys use (SOS LINEADD/LINEDEL, SPLTJOIN, TABKEY, CURSOR).
 */
final class Editing {

    /** XEDIT's default tab columns for a file type it has no special tabs for. */
    private static final int[] TABS = {1, 6, 11, 16, 21, 26, 31, 36, 41, 46, 51, 56, 61, 66, 71, 76};

    private Editing() {
    }

    /** ADD [n]: n empty lines after the current line; the cursor goes to the first. */
    static int add(Editor e, String operands) {
        Integer n = Navigation.count(e, operands, 1);
        if (n == null) {
            return Editor.RC_INVALID;
        }
        EditFile f = e.file();
        int after = Math.min(f.current(), f.size());
        f.insert(after, Collections.nCopies(Math.min(n, 1_000_000), ""));
        e.alter(f);
        e.requestCursor(after + 1, 1);
        return Editor.RC_OK;
    }

    /** DELETE [target]: the lines of the range go; the line after them becomes current. */
    static int delete(Editor e, String operands) {
        EditFile f = e.file();
        LineRange r = LineRange.of(e, f, operands);
        if (r == null) {
            return Editor.RC_INVALID;
        }
        if (!r.rest().isBlank()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, r.rest().strip());
        }
        if (r.empty()) {
            return Editor.RC_TOF_EOF;
        }
        f.delete(r.first(), r.last());
        e.alter(f);
        f.setCurrent(r.first());
        return Editor.RC_OK;
    }

    /** DUPLICATE [n [target]]: the range's lines are repeated n times after it. */
    static int duplicate(Editor e, String operands) {
        String[] words = operands.strip().split("\\s+", 2);
        Integer n = Navigation.count(e, words[0], 1);
        if (n == null) {
            return Editor.RC_INVALID;
        }
        EditFile f = e.file();
        LineRange r = LineRange.of(e, f, words.length > 1 ? words[1] : "");
        if (r == null) {
            return Editor.RC_INVALID;
        }
        if (r.empty()) {
            return Editor.RC_TOF_EOF;
        }
        List<String> block = copyOf(f, r);
        int at = r.last();
        for (int i = 0; i < Math.min(n, 10_000); i++) {
            at = f.insert(at, block);
        }
        e.alter(f);
        f.setCurrent(at);
        return Editor.RC_OK;
    }

    /** COPY target1 target2: the lines of target1's range are copied after target2's line. */
    static int copy(Editor e, String operands) {
        return copyOrMove(e, operands, false);
    }

    /** MOVE target1 target2: as COPY, then the original lines are deleted. */
    static int move(Editor e, String operands) {
        return copyOrMove(e, operands, true);
    }

    private static int copyOrMove(Editor e, String operands, boolean move) {
        EditFile f = e.file();
        LineRange r = LineRange.of(e, f, operands);
        if (r == null) {
            return Editor.RC_INVALID;
        }
        Targets.Parsed destination = Targets.parse(r.rest(), f.settings);
        if (destination == null || !destination.rest().isBlank()) {
            return e.fail(Editor.RC_INVALID, r.rest().isBlank() ? XeditMessage.MISSING_OPERAND : XeditMessage.INVALID_OPERAND,
                    r.rest().strip());
        }
        int to = Targets.find(f, destination.target(), f.current());
        if (to == Targets.NOT_FOUND) {
            return e.fail(Editor.RC_NOT_FOUND, XeditMessage.TARGET_NOT_FOUND);
        }
        if (r.empty()) {
            return Editor.RC_TOF_EOF;
        }
        return transfer(e, f, r.first(), r.last(), Math.min(to, f.size()), move);
    }

    /** Copies (or moves) lines first..last after line {@code after}; the last line placed becomes current. */
    static int transfer(Editor e, EditFile f, int first, int last, int after, boolean move) {
        if (move && after >= first && after < last) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, "target inside the lines moved");
        }
        List<String> block = copyOf(f, new LineRange(first, last, false, ""));
        int placed = f.insert(after, block);
        if (move) {
            int shift = after < first ? block.size() : 0;
            f.delete(first + shift, last + shift);
            placed = after < first ? placed : placed - block.size();
        }
        e.alter(f);
        f.setCurrent(placed);
        return Editor.RC_OK;
    }

    static List<String> copyOf(EditFile f, LineRange r) {
        List<String> block = new ArrayList<>(r.count());
        for (int i = r.first(); i <= r.last(); i++) {
            block.add(f.text(i));
        }
        return block;
    }

    /** INPUT [text]: with text, one line after the current one; without, input mode. */
    static int input(Editor e, String operands) {
        if (operands.isEmpty()) {
            e.setInputMode(true);
            return Editor.RC_OK;
        }
        e.input(operands.startsWith(" ") ? operands.substring(1) : operands);
        return Editor.RC_OK;
    }

    /** REPLACE [text]: the current line becomes text. */
    static int replace(Editor e, String operands) {
        EditFile f = e.file();
        if (f.atTop() || f.atEnd()) {
            e.input(operands);
            return Editor.RC_OK;
        }
        f.replace(f.current(), e.caseOf(f, operands));
        e.alter(f);
        return Editor.RC_OK;
    }

    /** SORT target [A|D] [col1 col2]...: sorts the range on the columns given (the zone by default). */
    static int sort(Editor e, String operands) {
        EditFile f = e.file();
        LineRange r = LineRange.of(e, f, operands);
        if (r == null) {
            return Editor.RC_INVALID;
        }
        if (operands.isBlank()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        List<String> words = new ArrayList<>(List.of(r.rest().strip().toUpperCase(Locale.ROOT).split("\\s+")));
        words.removeIf(String::isEmpty);
        boolean descending = false;
        if (!words.isEmpty() && (words.get(0).equals("A") || words.get(0).equals("D"))) {
            descending = words.remove(0).equals("D");
        }
        List<int[]> keys = new ArrayList<>();
        if (words.isEmpty()) {
            keys.add(new int[] {f.settings.zoneLeft, FileSettings.column(f.settings.zoneRight, f.lrecl())});
        }
        for (int i = 0; i + 1 < words.size(); i += 2) {
            Integer a = Navigation.count(e, words.get(i), 1);
            Integer b = Navigation.count(e, words.get(i + 1), 1);
            if (a == null || b == null || a < 1 || b < a) {
                return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, words.get(i) + " " + words.get(i + 1));
            }
            keys.add(new int[] {a, b});
        }
        if (words.size() % 2 != 0) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, words.get(words.size() - 1));
        }
        List<Line> block = new ArrayList<>(r.count());
        for (int i = r.first(); i <= r.last(); i++) {
            block.add(f.line(i));
        }
        Comparator<Line> order = (x, y) -> compare(x.text, y.text, keys);
        block.sort(descending ? order.reversed() : order);
        for (int i = 0; i < block.size(); i++) {
            f.set(r.first() + i, block.get(i));
        }
        e.alter(f);
        e.message(XeditMessage.SORTED.format(block.size()));
        return Editor.RC_OK;
    }

    private static int compare(String a, String b, List<int[]> keys) {
        for (int[] k : keys) {
            int c = field(a, k).compareTo(field(b, k));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String field(String text, int[] key) {
        return Strings.pad(text.length() >= key[0] ? text.substring(key[0] - 1, Math.min(text.length(), key[1])) : "",
                key[1] - key[0] + 1);
    }

    /** SOS LINEADD / LINEDEL: adds an empty line after, or deletes, the line the cursor is on. */
    static int sos(Editor e, String operands) {
        EditFile f = e.file();
        int line = e.cursorLine() >= 0 ? e.cursorLine() : f.current();
        switch (operands.strip().toUpperCase(Locale.ROOT)) {
            case "LINEADD" -> {
                int after = Math.min(line, f.size());
                f.insert(after, List.of(""));
                e.alter(f);
                e.requestCursor(after + 1, Math.max(1, e.cursorColumn()));
            }
            case "LINEDEL" -> {
                if (line < 1 || line > f.size()) {
                    return e.fail(Editor.RC_INVALID, XeditMessage.CURSOR_INVALID);
                }
                f.delete(line, line);
                e.alter(f);
                e.requestCursor(Math.min(line, f.size()), e.cursorColumn());
            }
            default -> {
                return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, operands.strip());
            }
        }
        return Editor.RC_OK;
    }

    /**
     * SPLTJOIN: with the cursor past the end of its line's text, joins the next line on at the
     * cursor; inside the text, splits the line there, the rest going to a new line under the first
     * non-blank character.
     */
    static int splitJoin(Editor e, String operands) {
        EditFile f = e.file();
        int line = e.cursorLine();
        if (line < 1 || line > f.size()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.CURSOR_INVALID);
        }
        String text = f.text(line);
        int at = e.cursorColumn() - 1;
        if (at >= text.length()) {
            if (line == f.size()) {
                return Editor.RC_OK;
            }
            f.replace(line, Strings.pad(text, at) + f.text(line + 1).stripLeading());
            f.delete(line + 1, line + 1);
        } else {
            int indent = text.length() - text.stripLeading().length();
            f.replace(line, text.substring(0, at));
            f.insert(line, List.of(" ".repeat(indent) + text.substring(at).stripLeading()));
        }
        e.alter(f);
        e.requestCursor(line, at + 1);
        return Editor.RC_OK;
    }

    /** TABKEY: the cursor goes to the next tab column of its line. */
    static int tabKey(Editor e, String operands) {
        int line = e.cursorLine() >= 0 ? e.cursorLine() : e.file().current();
        int column = e.cursorColumn();
        for (int tab : TABS) {
            if (tab > column) {
                e.requestCursor(line, tab);
                return Editor.RC_OK;
            }
        }
        e.requestCursor(Math.min(line + 1, e.file().size()), TABS[0]);
        return Editor.RC_OK;
    }

    /** CURSOR HOME (between command line and file area) or CURSOR FILE line [column]. */
    static int cursor(Editor e, String operands) {
        String[] words = operands.strip().toUpperCase(Locale.ROOT).split("\\s+");
        if (words[0].equals("HOME") && words.length == 1) {
            e.requestCursorHome();
            return Editor.RC_OK;
        }
        if (words[0].equals("FILE") && words.length >= 2 && words.length <= 3) {
            Integer line = Navigation.count(e, words[1], 1);
            Integer column = words.length == 3 ? Navigation.count(e, words[2], 1) : Integer.valueOf(1);
            if (line == null || column == null) {
                return Editor.RC_INVALID;
            }
            e.requestCursor(line, column);
            return Editor.RC_OK;
        }
        return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, operands.strip());
    }
}
