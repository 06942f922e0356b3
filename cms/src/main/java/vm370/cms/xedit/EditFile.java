package vm370.cms.xedit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vm370.cms.fs.RecordFormat;

/**
 * One file in the ring, held in storage: its lines, the current line (0 is the Top of File
 * line, {@code size()+1} the End of File line), the column pointer, line names, the ALT count,
 * prefix commands still pending, and its settings. Owned by the editor's thread.
 */
public final class EditFile {

    private FileRef ref;
    private RecordFormat format;
    private int lrecl;
    private final ArrayList<Line> lines;
    private int current;
    private int column = 1;
    /** The first file column shown (LEFT and RIGHT move it); 1 = no shift. */
    private int firstShown = 1;
    /** Alterations since the file was last saved (the ID line's ALT) and since the last autosave. */
    private int alterations;
    private int sinceAutosave;
    private boolean changed;
    private int excludedCount;
    private final Map<String, Line> names = new HashMap<>();
    private final Map<Line, String> pending = new IdentityHashMap<>();
    private final boolean newFile;
    final FileSettings settings;
    /** For a list (FILELIST): what a line typed over does and the list's own PF keys; null for a file. */
    ListView view;

    EditFile(FileRef ref, RecordFormat format, int lrecl, List<String> texts, boolean newFile) {
        this.ref = ref;
        this.format = format;
        this.lrecl = lrecl;
        this.newFile = newFile;
        this.lines = new ArrayList<>(texts.size() + 16);
        for (String t : texts) {
            lines.add(new Line(stripTrailing(t)));
        }
        this.settings = new FileSettings(ref.fileType());
    }

    public FileRef ref() {
        return ref;
    }

    void rename(FileRef to) {
        this.ref = to;
    }

    public RecordFormat format() {
        return format;
    }

    void setFormat(RecordFormat format) {
        this.format = format;
    }

    public int lrecl() {
        return lrecl;
    }

    void setLrecl(int lrecl) {
        this.lrecl = lrecl;
    }

    public boolean isNew() {
        return newFile;
    }

    /** Number of lines (records). */
    public int size() {
        return lines.size();
    }

    /** The text of line {@code index} (1..size). */
    public String text(int index) {
        return lines.get(index - 1).text;
    }

    /** All lines' texts, in order (a copy). */
    public List<String> texts() {
        List<String> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            out.add(l.text);
        }
        return out;
    }

    Line line(int index) {
        return lines.get(index - 1);
    }

    public int current() {
        return current;
    }

    void setCurrent(int index) {
        current = Math.max(0, Math.min(index, lines.size() + 1));
    }

    public boolean atTop() {
        return current == 0;
    }

    public boolean atEnd() {
        return current == lines.size() + 1;
    }

    public int column() {
        return column;
    }

    void setColumn(int column) {
        this.column = Math.max(1, column);
    }

    int firstShown() {
        return firstShown;
    }

    void setFirstShown(int column) {
        firstShown = Math.max(1, column);
    }

    public int alterations() {
        return alterations;
    }

    /** True when the file differs from what is on disk (QUIT refuses). */
    public boolean changed() {
        return changed;
    }

    void saved() {
        changed = false;
        alterations = 0;
        sinceAutosave = 0;
    }

    /** Counts one alteration; true when AUTOSAVE's count is reached. */
    boolean altered() {
        changed = true;
        alterations++;
        sinceAutosave++;
        if (settings.autosave > 0 && sinceAutosave >= settings.autosave) {
            sinceAutosave = 0;
            return true;
        }
        return false;
    }

    /** Text as a line holds it: cut at the truncation column, without trailing blanks (SAVE pads F records). */
    String fit(String text) {
        int limit = FileSettings.column(settings.trunc, lrecl);
        return stripTrailing(text.length() > limit ? text.substring(0, limit) : text);
    }

    static String stripTrailing(String t) {
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == ' ') {
            end--;
        }
        return end == t.length() ? t : t.substring(0, end);
    }

    /** Inserts texts after line {@code after} (0 = at the top); returns the index of the last one inserted. */
    int insert(int after, Collection<String> texts) {
        List<Line> added = new ArrayList<>(texts.size());
        for (String t : texts) {
            added.add(new Line(fit(t)));
        }
        lines.addAll(after, added);
        return after + added.size();
    }

    /** Deletes lines {@code from..to} inclusive (1-origin); names and pending prefix commands on them go too. */
    void delete(int from, int to) {
        List<Line> gone = lines.subList(from - 1, to);
        if (!names.isEmpty() || !pending.isEmpty() || excludedCount > 0) {
            for (Line l : gone) {
                names.values().remove(l);
                pending.remove(l);
                if (l.excluded) {
                    excludedCount--;
                }
            }
        }
        gone.clear();
    }

    void replace(int index, String text) {
        lines.get(index - 1).text = fit(text);
    }

    /** Sets the text without truncation rules (a record read from disk, or SORT's reordering). */
    void set(int index, Line line) {
        lines.set(index - 1, line);
    }

    void exclude(int index, boolean excluded) {
        Line l = lines.get(index - 1);
        if (l.excluded != excluded) {
            l.excluded = excluded;
            excludedCount += excluded ? 1 : -1;
        }
    }

    boolean excluded(int index) {
        return index >= 1 && index <= lines.size() && lines.get(index - 1).excluded;
    }

    /** Whether subcommands see the line: all lines with SCOPE ALL, the displayed ones with SCOPE DISPLAY. */
    boolean inScope(int index) {
        return settings.scopeAll || !excluded(index);
    }

    boolean anyExcluded() {
        return excludedCount > 0;
    }

    /**
     * The line {@code count} lines in scope away from {@code from} (negative: up), passing over
     * excluded lines under SCOPE DISPLAY; stops at Top of File (0) and End of File (size+1).
     */
    int step(int from, int count) {
        int end = lines.size() + 1;
        if (excludedCount == 0 || settings.scopeAll) {
            long to = (long) from + count;
            return (int) Math.max(0, Math.min(end, to));
        }
        int at = from;
        int direction = count < 0 ? -1 : 1;
        for (int left = Math.abs(count); left > 0 && at > 0 && at < end; ) {
            at += direction;
            if (at == 0 || at == end || !lines.get(at - 1).excluded) {
                left--;
            }
        }
        return at;
    }

    void name(String name, int index) {
        names.put(name, lines.get(index - 1));
    }

    /** The line a name is on, if it is still in the file. */
    Optional<Integer> named(String name) {
        Line l = names.get(name);
        return l == null ? Optional.empty() : Optional.of(lines.indexOf(l) + 1);
    }

    Map<Line, String> pending() {
        return pending;
    }

    int indexOf(Line line) {
        return lines.indexOf(line) + 1;
    }
}
