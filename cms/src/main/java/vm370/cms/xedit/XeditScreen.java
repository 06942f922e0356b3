package vm370.cms.xedit;

import java.util.List;
import java.util.Locale;
import vm370.cms.display.FieldAttribute;
import vm370.cms.display.OutboundStream;
import vm370.s370.text.Ebcdic;

/**
 * Renders the XEDIT screen for the current file as a 3270 data stream: the ID line (fileid, RECFM,
 * LRECL, truncation, size, line, column, ALT), message lines, the file area with prefix area,
 * current line, scale line, Top/End of File and shadow lines, the command line and the status
 * area. It remembers what each row showed, for {@link ScreenInput} to read the user's changes back.
 */
final class XeditScreen {

    private static final String TOP_OF_FILE = "* * * Top of File * * *";
    private static final String END_OF_FILE = "* * * End of File * * *";
    private static final int MAX_MESSAGE_ROWS = 5;

    private final int rows;
    private final int columns;
    private final Ebcdic ebcdic;
    private ScreenLayout layout;
    private ScreenRow[] shown;
    private int firstShown;
    private EditFile file;

    XeditScreen(int rows, int columns, Ebcdic ebcdic) {
        this.rows = rows;
        this.columns = columns;
        this.ebcdic = ebcdic;
    }

    ScreenLayout layout() {
        return layout;
    }

    /** What row {@code row} showed at the last render. */
    ScreenRow row(int row) {
        return row >= 0 && row < rows && shown[row] != null ? shown[row] : new ScreenRow.Empty();
    }

    /** The file the last render showed. */
    EditFile file() {
        return file;
    }

    /** The first file column the last render showed. */
    int firstShown() {
        return firstShown;
    }

    /** Lays out the screen for the editor's current file and the messages given. */
    void plan(Editor e) {
        file = e.file();
        layout = ScreenLayout.of(rows, columns, file.settings);
        firstShown = file.firstShown();
        e.setScreenArea(layout.fileRows(), layout.textWidth());
        shown = new ScreenRow[rows];
        int current = layout.currentRow();
        shown[current] = new ScreenRow.FileLine(file.current());
        fillAbove(current - 1);
        int below = current + 1;
        if (file.settings.scale && below <= layout.lastFileRow()) {
            shown[below++] = new ScreenRow.Scale();
        }
        if (e.inputMode()) {
            for (int r = below, n = 0; r <= layout.lastFileRow(); r++, n++) {
                shown[r] = new ScreenRow.InputSlot(n);
            }
        } else {
            fillBelow(below);
        }
    }

    private void fillAbove(int fromRow) {
        int i = file.current() - 1;
        for (int r = fromRow; r >= layout.firstFileRow() && i >= 0; r--) {
            if (i >= 1 && file.excluded(i)) {
                int last = i;
                while (i >= 1 && file.excluded(i)) {
                    i--;
                }
                shown[r] = new ScreenRow.Shadow(i + 1, last - i);
            } else {
                shown[r] = new ScreenRow.FileLine(i--);
            }
        }
    }

    private void fillBelow(int fromRow) {
        int i = file.current() + 1;
        int end = file.size() + 1;
        for (int r = fromRow; r <= layout.lastFileRow() && i <= end; r++) {
            if (i < end && file.excluded(i)) {
                int first = i;
                while (i < end && file.excluded(i)) {
                    i++;
                }
                shown[r] = new ScreenRow.Shadow(first, i - first);
            } else {
                shown[r] = new ScreenRow.FileLine(i++);
            }
        }
    }

    /** The whole screen as an Erase/Write data stream, the cursor at {@code cursorRow}, {@code cursorColumn}. */
    byte[] render(Editor e, List<String> messages, String commandText, int cursorRow, int cursorColumn, boolean alarm) {
        OutboundStream out = new OutboundStream(rows, columns, OutboundStream.ERASE_WRITE,
                alarm ? OutboundStream.WCC_ALARM : OutboundStream.WCC_RESTORE, ebcdic);
        out.at(0, 0).field(FieldAttribute.PROTECTED_INTENSIFIED).text(Strings.pad(idLine(), columns - 1));
        for (int r = layout.firstFileRow(); r <= layout.lastFileRow(); r++) {
            renderRow(out, r, e);
        }
        int messageRows = Math.min(messages.size(), MAX_MESSAGE_ROWS);
        for (int m = 0; m < messageRows; m++) {
            String text = messages.get(messages.size() - messageRows + m);
            out.at(layout.messageRow() + m, 0).field(FieldAttribute.PROTECTED_INTENSIFIED).text(Strings.pad(text, columns - 2));
            out.at(layout.messageRow() + m, columns - 1).field(FieldAttribute.PROTECTED);
        }
        if (layout.commandRow() >= 0) {
            int c = layout.commandRow();
            out.at(c, 0).field(FieldAttribute.PROTECTED_INTENSIFIED).text("====>");
            out.at(c, 6).field(FieldAttribute.UNPROTECTED_INTENSIFIED).text(commandText);
        }
        String status = (e.inputMode() ? "Input-mode " : "X E D I T ") + e.ring().size() + (e.ring().size() == 1 ? " File" : " Files");
        out.at(layout.statusRow(), 0).field(FieldAttribute.PROTECTED);
        out.at(layout.statusRow(), Math.max(1, columns - status.length() - 2)).text(status);
        out.at(cursorRow, cursorColumn).cursor();
        return out.bytes();
    }

    private String idLine() {
        return String.format(Locale.ROOT, "%-8s %-8s %-2s  %s %d  Trunc=%d Size=%d Line=%d Col=%d Alt=%d",
                file.ref().fileName(), file.ref().fileType(), file.ref().fileMode(), file.format().name(), file.lrecl(),
                FileSettings.column(file.settings.trunc, file.lrecl()), file.size(), file.current(), file.column(),
                file.alterations());
    }

    private void renderRow(OutboundStream out, int r, Editor e) {
        ScreenRow row = row(r);
        if (row instanceof ScreenRow.Empty) {
            out.at(r, 0).field(FieldAttribute.PROTECTED);
            return;
        }
        if (row instanceof ScreenRow.Scale) {
            out.at(r, 0).field(FieldAttribute.PROTECTED);
            out.at(r, layout.textColumn()).text(scale());
            out.at(r, columns - 1).field(FieldAttribute.PROTECTED);
            return;
        }
        if (layout.prefixColumn() >= 0) {
            out.at(r, layout.prefixColumn() - 1).field(FieldAttribute.UNPROTECTED).text(prefixText(row));
        }
        boolean current = row instanceof ScreenRow.FileLine l && l.index() == file.current();
        out.at(r, layout.textColumn() - 1);
        switch (row) {
            case ScreenRow.FileLine l when l.index() == 0 || l.index() > file.size() ->
                    out.field(current ? FieldAttribute.PROTECTED_INTENSIFIED : FieldAttribute.PROTECTED)
                            .text(l.index() == 0 ? TOP_OF_FILE : END_OF_FILE);
            case ScreenRow.FileLine l -> out.field(current ? FieldAttribute.UNPROTECTED_INTENSIFIED : FieldAttribute.UNPROTECTED)
                    .text(visible(file.text(l.index())));
            case ScreenRow.Shadow s -> out.field(FieldAttribute.PROTECTED)
                    .text(shadowText(s.count()));
            case ScreenRow.InputSlot i -> out.field(FieldAttribute.UNPROTECTED);
            case ScreenRow.Scale s -> { }
            case ScreenRow.Empty x -> { }
        }
        out.at(r, layout.textColumn() + layout.textWidth()).field(FieldAttribute.PROTECTED);
    }

    /** What the prefix area of row {@code r} showed at the last render. */
    String shownPrefix(int r) {
        return prefixText(row(r));
    }

    private String prefixText(ScreenRow row) {
        if (row instanceof ScreenRow.FileLine l && l.index() >= 1 && l.index() <= file.size()) {
            String pending = file.pending().get(file.line(l.index()));
            if (pending != null) {
                return Strings.pad(pending, ScreenLayout.PREFIX_WIDTH);
            }
            if (file.settings.number) {
                return String.format(Locale.ROOT, "%05d", l.index() % 100000);
            }
        }
        if (row instanceof ScreenRow.InputSlot) {
            return "";
        }
        return file.settings.prefix.equals("NULLS") ? "" : "=====";
    }

    private String visible(String text) {
        int from = firstShown - 1;
        if (from >= text.length()) {
            return "";
        }
        return text.substring(from, Math.min(text.length(), from + layout.textWidth()));
    }

    private String shadowText(int count) {
        String words = " " + count + " line(s) not displayed ";
        int dashes = Math.max(0, layout.textWidth() - words.length());
        return "-".repeat(dashes / 2) + words + "-".repeat(dashes - dashes / 2);
    }

    /** The scale: a dot per column, + at fives, the tens digit at tens, | at the column pointer, &lt; &gt; at the zone. */
    private String scale() {
        StringBuilder s = new StringBuilder(layout.textWidth());
        int zoneRight = FileSettings.column(file.settings.zoneRight, file.lrecl());
        for (int k = 0; k < layout.textWidth(); k++) {
            int c = firstShown + k;
            char ch = c % 10 == 0 ? (char) ('0' + (c / 10) % 10) : c % 5 == 0 ? '+' : '.';
            if (c == file.column()) {
                ch = '|';
            } else if (c == file.settings.zoneLeft && c != 1) {
                ch = '<';
            } else if (c == zoneRight && zoneRight != file.lrecl()) {
                ch = '>';
            }
            s.append(ch);
        }
        return s.toString();
    }

    /** The screen row showing file line {@code index}, or -1. */
    int rowOf(int index) {
        for (int r = 0; r < rows; r++) {
            if (shown[r] instanceof ScreenRow.FileLine l && l.index() == index) {
                return r;
            }
        }
        return -1;
    }

    /** The first input row in input mode, or -1. */
    int firstInputRow() {
        for (int r = 0; r < rows; r++) {
            if (shown[r] instanceof ScreenRow.InputSlot) {
                return r;
            }
        }
        return -1;
    }
}
