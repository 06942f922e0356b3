package vm370.cms.xedit;

import vm370.cms.display.FullScreenTerminal;
import vm370.s370.text.Ebcdic;

/**
 * The CMS commands {@code XEDIT fn ft [fm] [(options]} (also {@code X}) and FILELIST: edit on the full screen when
 * the console is a 3270 that DIAGNOSE X'58' can drive, in XEDIT's line-mode subset otherwise.
 * Messages left when the editor ends go to the console. Returns the command's return code.
 */
public final class XeditCommand {

    private XeditCommand() {
    }

    /**
     * Runs XEDIT. {@code screen} is null on a line-mode console; {@code console} takes messages
     * (and, without a screen, the whole session).
     */
    public static int run(String operands, FileStore files, EditorHost host, FullScreenTerminal screen, LineConsole console) {
        Editor editor = new Editor(files, host);
        return session(editor, editor.edit(operands), screen, console);
    }

    /** FILELIST [fn [ft [fm]]]: the list in the editor, which then runs as XEDIT does. */
    public static int fileList(String operands, FileStore files, EditorHost host, FullScreenTerminal screen,
            LineConsole console) {
        Editor editor = new Editor(files, host);
        return session(editor, editor.fileList(operands), screen, console);
    }

    /** RDRLIST: the reader's files in the editor, which then runs as XEDIT does. */
    public static int readerList(FileStore files, EditorHost host, FullScreenTerminal screen, LineConsole console) {
        Editor editor = new Editor(files, host);
        return session(editor, editor.readerList(), screen, console);
    }

    private static int session(Editor editor, int rc, FullScreenTerminal screen, LineConsole console) {
        if (editor.finished()) {
            editor.takeShownMessages().forEach(console::write);
            return rc == 0 ? 0 : Math.max(rc, 24);
        }
        boolean completed = screen != null
                ? new FullScreenSession(editor, screen, Ebcdic.CP037).run()
                : new LineModeSession(editor, console).run();
        editor.takeShownMessages().forEach(console::write);
        return completed ? 0 : 1;
    }
}
