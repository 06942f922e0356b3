package vm370.cms.xedit;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * FILELIST [fn [ft [fm]]]: the files as a list in the editor, one a line after a command area of
 * six columns. A command typed over a line's start (it may run on over the fileid) runs for that file, the fileid added at
 * the end or put where a {@code /} is; X or XEDIT edits it in the ring. PF11 edits the file the
 * cursor is on, PF2 refreshes, PF3 quits.
 */
final class FileList implements ListView {

    /** Columns before the fileid where a command is typed. */
    static final int COMMAND_AREA = 6;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/dd/yy HH:mm:ss", Locale.ROOT);

    private final String fileName;
    private final String fileType;
    private final char mode;
    private final List<FileRef> files = new ArrayList<>();

    private FileList(String fileName, String fileType, char mode) {
        this.fileName = fileName;
        this.fileType = fileType;
        this.mode = mode;
    }

    /** FILELIST [fn [ft [fm]]] (defaults {@code * * A}): a list file joins the ring. */
    static int open(Editor e, String operands) {
        String[] w = operands.strip().toUpperCase(Locale.ROOT).split("\\s+");
        String fn = w.length > 0 && !w[0].isEmpty() ? w[0] : "*";
        String ft = w.length > 1 ? w[1] : "*";
        char fm = w.length > 2 ? w[2].charAt(0) : 'A';
        FileList view = new FileList(fn, ft, fm);
        List<String> lines = view.lines(e);
        if (lines.isEmpty()) {
            return e.fail(28, XeditMessage.FILE_NOT_FOUND, fn + " " + ft + " " + fm);
        }
        return ListView.show(e, view, "FILELIST", lines);
    }

    @Override
    public List<String> lines(Editor e) {
        files.clear();
        List<String> out = new ArrayList<>();
        for (FileStore.Listed f : e.files().list(fileName, fileType, mode)) {
            files.add(f.ref());
            out.add(String.format(Locale.ROOT, "%s%-8s %-8s %-2s %s %9d %9d %8d %s", " ".repeat(COMMAND_AREA),
                    f.ref().fileName(), f.ref().fileType(), f.ref().fileMode(), f.format().name(), f.lrecl(), f.records(),
                    f.blocks(), f.written() == null ? "" : WHEN.format(f.written())));
        }
        return out;
    }

    @Override
    public String pfKey(int n) {
        return switch (n) {
            case 2, 14 -> "REFRESH";
            case 11, 23 -> "FLEXEC XEDIT";
            default -> null;
        };
    }

    @Override
    public void typed(Editor e, EditFile list, int index, String text) {
        String command = typedCommand(list.text(index), text);
        if (!command.isEmpty() && index <= files.size()) {
            run(e, files.get(index - 1), command);
        }
    }

    @Override
    public int runFor(Editor e, int index, String command) {
        return index >= 1 && index <= files.size() ? run(e, files.get(index - 1), command)
                : e.fail(Editor.RC_INVALID, XeditMessage.CURSOR_INVALID);
    }

    /**
     * The command typed over a list line: what the user changed, from the start of the line to the
     * last column that differs from the line shown (at least the command area).
     */
    static String typedCommand(String original, String text) {
        int width = Math.max(text.length(), original.length());
        String typed = Strings.pad(text, width);
        String before = Strings.pad(original, width);
        int end = COMMAND_AREA;
        for (int i = width - 1; i >= COMMAND_AREA; i--) {
            if (typed.charAt(i) != before.charAt(i)) {
                end = i + 1;
                break;
            }
        }
        return typed.substring(0, end).strip().toUpperCase(Locale.ROOT);
    }

    /** Runs a command for one file: {@code /} stands for its fileid, which is otherwise added at the end. */
    private static int run(Editor e, FileRef file, String command) {
        String full = substitute(command, file.toString());
        String word = full.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        if (word.equals("X") || (word.length() >= 1 && "XEDIT".startsWith(word))) {
            return FileCommands.xedit(e, full.substring(word.length()).strip());
        }
        return cms(e, full);
    }

    /** {@code command} for an item: {@code /} stands for its id, which is otherwise added at the end. */
    static String substitute(String command, String id) {
        return command.contains("/") ? command.replace("/", id) : command + " " + id;
    }

    /** A CMS command from a list, its return code shown when not 0. */
    static int cms(Editor e, String full) {
        String word = full.split("\\s+", 2)[0];
        int rc = e.host().cmsCommand(full);
        if (rc == vm370.cms.rexx.RexxHost.COMMAND_NOT_FOUND) {
            return e.fail(Editor.RC_UNKNOWN, XeditMessage.UNKNOWN_COMMAND, word);
        }
        if (rc != 0) {
            e.message("RC=" + rc + " " + full);
        }
        return rc;
    }

    /** FLEXEC command: runs the command for the item on the cursor's line (or the current line) of a list. */
    static int atCursor(Editor e, String operands) {
        EditFile f = e.file();
        if (f.view == null) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, "FLEXEC outside FILELIST or RDRLIST");
        }
        int line = e.cursorLine() >= 1 ? e.cursorLine() : f.current();
        return f.view.runFor(e, line, operands.isBlank() ? "XEDIT" : operands.strip());
    }

    /** REFRESH: the list is read again. */
    static int refresh(Editor e, String operands) {
        EditFile f = e.file();
        if (f.view == null) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, "REFRESH outside FILELIST or RDRLIST");
        }
        List<String> lines = f.view.lines(e);
        if (f.size() > 0) {
            f.delete(1, f.size());
        }
        f.insert(0, lines);
        f.setCurrent(Math.min(Math.max(f.current(), 1), f.size()));
        return Editor.RC_OK;
    }
}
