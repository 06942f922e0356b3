package vm370.cms.xedit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import vm370.cms.display.AidKey;
import vm370.cms.display.FullScreenTerminal;
import vm370.cms.display.InboundRecord;
import vm370.s370.text.Ebcdic;

/**
 * XEDIT on a 3270: shows the screen, waits for a key, and applies what the user did in XEDIT's
 * order: lines typed over, then prefix commands, then the command line (or input-mode lines),
 * then the PF key's subcommand. Runs until the ring is empty or the terminal goes away.
 */
public final class FullScreenSession {

    /** Reads in a row that bring nothing before the terminal is taken for gone. */
    private static final int MAX_EMPTY_READS = 3;

    private final Editor editor;
    private final FullScreenTerminal terminal;
    private final Ebcdic ebcdic;
    private final XeditScreen screen;
    private String commandText = "";
    private boolean cursorOnCommandLine = true;

    public FullScreenSession(Editor editor, FullScreenTerminal terminal, Ebcdic ebcdic) {
        this.editor = editor;
        this.terminal = terminal;
        this.ebcdic = ebcdic;
        this.screen = new XeditScreen(terminal.rows(), terminal.columns(), ebcdic);
    }

    /**
     * Runs the session; false when the terminal went away before the ring was empty. A read that
     * brings nothing (the user pressed PA1 for CP, then BEGIN) redraws the screen; a terminal that
     * keeps answering nothing is gone.
     */
    public boolean run() {
        try {
            int empty = 0;
            while (!editor.finished()) {
                if (!terminal.write(render())) {
                    return false;
                }
                Optional<byte[]> in = terminal.read();
                if (in.isEmpty()) {
                    if (++empty >= MAX_EMPTY_READS) {
                        return false;
                    }
                    continue;
                }
                empty = 0;
                InboundRecord.parse(in.get(), ebcdic).ifPresent(this::apply);
            }
            return true;
        } finally {
            terminal.release();
        }
    }

    /** The screen for the editor's state now (what {@link #run} writes). */
    byte[] render() {
        screen.plan(editor);
        List<String> raw = editor.takeMessages();
        boolean alarm = raw.stream().anyMatch(m -> Editor.isMessage(m) && "EST".indexOf(m.charAt(9)) >= 0);
        List<String> messages = editor.shown(raw);
        String recall = editor.takeRecall();
        if (recall != null) {
            commandText = recall;
        }
        ScreenLayout layout = screen.layout();
        int[] request = editor.takeCursorRequest();
        int row = layout.commandRow();
        int column = 7;
        if (editor.takeCursorHome() && cursorOnCommandLine) {
            row = screen.rowOf(editor.file().current());
            column = layout.textColumn();
        } else if (request[0] >= 0 && screen.rowOf(request[0]) >= 0) {
            row = screen.rowOf(request[0]);
            column = layout.textColumn() + Math.max(0, request[1] - screen.firstShown());
        } else if (editor.inputMode() && screen.firstInputRow() >= 0) {
            row = screen.firstInputRow();
            column = layout.textColumn();
        }
        if (row < 0) {
            row = Math.max(layout.commandRow(), layout.currentRow());
            column = layout.commandRow() >= 0 ? 7 : layout.textColumn();
        }
        return screen.render(editor, messages, commandText, row, Math.min(column, terminal.columns() - 1), alarm);
    }

    /** Applies one inbound record. */
    void apply(InboundRecord in) {
        if (in.aid().shortRead()) {
            return;
        }
        ScreenLayout layout = screen.layout();
        EditFile file = screen.file();
        locateCursor(in.cursor(), layout);
        TreeMap<Integer, String> prefixes = new TreeMap<>();
        TreeMap<Integer, String> inputs = new TreeMap<>();
        String command = null;
        for (InboundRecord.Field f : in.fields()) {
            int row = f.address() / terminal.columns();
            int column = f.address() % terminal.columns();
            if (row == layout.commandRow() && column == 7) {
                command = f.text();
            } else if (column == layout.prefixColumn()) {
                prefixIndex(screen.row(row)).ifPresent(i -> prefixes.put(i, typedPrefix(f.text(), screen.shownPrefix(row))));
            } else if (column == layout.textColumn()) {
                switch (screen.row(row)) {
                    case ScreenRow.FileLine l when l.index() >= 1 && l.index() <= file.size() -> typedOver(file, l.index(), f.text());
                    case ScreenRow.InputSlot slot -> inputs.put(slot.order(), f.text());
                    default -> { }
                }
            }
        }
        if (!prefixes.isEmpty() || !file.pending().isEmpty()) {
            PrefixCommands.run(editor, prefixes);
        }
        if (editor.inputMode()) {
            inputMode(inputs, command);
        }
        commandText = "";
        if (command != null && !command.isBlank()) {
            if (command.strip().startsWith("&")) {
                commandText = command.strip();
            }
            editor.execute(command);
        }
        int pf = in.aid().pfNumber();
        if (pf > 0 && !editor.finished() && editor.pfKey(pf) != null) {
            String key = editor.pfKey(pf).strip();
            if (key.equals("=") || key.equals("?")) {
                editor.execute(key);
            } else {
                editor.run(key);
            }
        }
    }

    private void inputMode(TreeMap<Integer, String> inputs, String command) {
        boolean typed = inputs.values().stream().anyMatch(t -> !t.isEmpty());
        for (String line : new ArrayList<>(inputs.values())) {
            editor.input(line);
        }
        if (!typed && (command == null || command.isBlank())) {
            editor.setInputMode(false);
        }
    }

    private void locateCursor(int address, ScreenLayout layout) {
        int row = address / terminal.columns();
        int column = address % terminal.columns();
        cursorOnCommandLine = row == layout.commandRow();
        if (screen.row(row) instanceof ScreenRow.FileLine l && column >= layout.textColumn()
                && column < layout.textColumn() + layout.textWidth()) {
            editor.setCursor(l.index(), screen.firstShown() + column - layout.textColumn());
        } else {
            editor.setCursor(-1, 1);
        }
    }

    /**
     * What the user typed in a prefix area: typing overwrites what was shown ("i" over "=====" reads
     * "i===="), so what still matches the display at the end is not part of the command.
     */
    static String typedPrefix(String typed, String shown) {
        int width = Math.max(typed.length(), shown.length());
        String t = Strings.pad(typed, width);
        String s = Strings.pad(shown, width);
        int end = 0;
        for (int i = width - 1; i >= 0; i--) {
            if (t.charAt(i) != s.charAt(i)) {
                end = i + 1;
                break;
            }
        }
        return t.substring(0, end).strip();
    }

    /** The file line a prefix field belongs to (a shadow line's is its first excluded line). */
    private static Optional<Integer> prefixIndex(ScreenRow row) {
        return switch (row) {
            case ScreenRow.FileLine l -> Optional.of(l.index());
            case ScreenRow.Shadow s -> Optional.of(s.first());
            default -> Optional.empty();
        };
    }

    /** A line typed over: the visible part is replaced, the columns left and right of the screen kept. */
    private void typedOver(EditFile file, int index, String typed) {
        String old = file.text(index);
        int from = screen.firstShown() - 1;
        int width = screen.layout().textWidth();
        String head = old.length() >= from ? old.substring(0, from) : Strings.pad(old, from);
        String tail = old.length() > from + width ? old.substring(from + width) : "";
        String text = head + (tail.isEmpty() ? typed : Strings.pad(typed, width)) + tail;
        if (file.view != null) {
            file.view.typed(editor, file, index, text);
        } else if (!text.equals(old)) {
            file.replace(index, editor.caseOf(file, text));
            editor.alter(file);
        }
    }
}
