package vm370.cms.xedit;

/**
 * XEDIT on a line-mode console: subcommands are typed one a line; messages are typed out, and
 * with VERIFY the current line after each subcommand that moved or changed it. INPUT without
 * text enters input mode ({@code INPUT:}), which a null line ends ({@code XEDIT:}).
 */
public final class LineModeSession {

    private final Editor editor;
    private final LineConsole console;

    public LineModeSession(Editor editor, LineConsole console) {
        this.editor = editor;
        this.console = console;
    }

    /** Runs until the ring is empty; false when the console went away first. */
    public boolean run() {
        flush();
        console.write("XEDIT:");
        while (!editor.finished()) {
            String line = console.read();
            if (line == null) {
                return false;
            }
            if (editor.inputMode()) {
                if (line.isEmpty()) {
                    editor.setInputMode(false);
                    console.write("XEDIT:");
                } else {
                    editor.input(line);
                }
                continue;
            }
            EditFile before = editor.file();
            int current = before.current();
            String text = currentText(before);
            editor.execute(line);
            flush();
            if (editor.finished()) {
                break;
            }
            if (editor.inputMode()) {
                console.write("INPUT:");
            } else if (editor.file() != before || editor.file().current() != current || !currentText(editor.file()).equals(text)) {
                console.write(currentText(editor.file()));
            }
        }
        return true;
    }

    private void flush() {
        editor.takeShownMessages().forEach(console::write);
    }

    private static String currentText(EditFile f) {
        return f.atTop() || f.atEnd() ? SettingValues.marker(f) : f.text(f.current());
    }
}
