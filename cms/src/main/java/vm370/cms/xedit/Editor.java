package vm370.cms.xedit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The XEDIT engine: the ring of files in storage, the current file, the subcommand interpreter
 * (subcommands, targets as LOCATE, {@code =}, {@code ?}, macros, CMS commands), messages for the
 * message line, input mode and the PF keys. It knows no terminal: a screen or a line-mode session
 * feeds it commands and renders its state. One editor belongs to one CMS, on its thread.
 * @vm370 DMSXED
 */
public final class Editor {

    /** Return codes XEDIT subcommands give. */
    static final int RC_OK = 0;
    static final int RC_TOF_EOF = 1;
    static final int RC_NOT_FOUND = 2;
    static final int RC_NO_CHANGE = 4;
    static final int RC_INVALID = 5;
    static final int RC_CHANGED = 6;
    static final int RC_UNKNOWN = -1;

    private final FileStore files;
    private final EditorHost host;
    private final List<EditFile> ring = new ArrayList<>();
    private int currentFile;
    private final List<String> messages = new ArrayList<>();
    private final String[] pfKeys = new String[25];
    private String lastCommand;
    /** The strings of the last CHANGE, which SCHANGE applies one occurrence at a time. */
    private Change.Replacement lastChange;
    private String recall;
    private boolean inputMode;
    /** Where the cursor was when the user pressed the key: a file line (or -1: not on the file area), its column. */
    private int cursorLine = -1;
    private int cursorColumn = 1;
    /** Set by CURSOR HOME and friends for the screen to act on. */
    private boolean cursorHome;
    private int cursorRequestLine = -1;
    private int cursorRequestColumn = 1;
    private int macroDepth;
    /** The screen's file area: lines on a page (FORWARD, BACKWARD) and columns of text (RGTLEFT). */
    private int pageLines = 20;
    private int textColumns = 72;

    public Editor(FileStore files, EditorHost host) {
        this.files = files;
        this.host = host;
        String[] defaults = {null, "HELP", "SOS LINEADD", "QUIT", "TABKEY", "SCHANGE 6", "?", "BACKWARD",
                "FORWARD", "=", "RGTLEFT", "SPLTJOIN", "CURSOR HOME"};
        for (int n = 1; n <= 12; n++) {
            pfKeys[n] = defaults[n];
            pfKeys[n + 12] = defaults[n];
        }
    }

    FileStore files() {
        return files;
    }

    EditorHost host() {
        return host;
    }

    /** Opens {@code fn ft [fm]} (XEDIT's operands) into the ring and makes it current; the return code. */
    public int edit(String fileid) {
        return FileCommands.xedit(this, fileid);
    }

    /** Lists {@code [fn [ft [fm]]]} (FILELIST's operands) as a list in the ring; the return code. */
    public int fileList(String operands) {
        return FileList.open(this, operands);
    }

    /** Lists the reader's files (RDRLIST) in the ring; the return code. */
    public int readerList() {
        return ReaderList.open(this);
    }

    /** The current file; the ring must not be empty. */
    public EditFile file() {
        return ring.get(currentFile);
    }

    public List<EditFile> ring() {
        return List.copyOf(ring);
    }

    /** True when the last file has left the ring: the XEDIT command ends. */
    public boolean finished() {
        return ring.isEmpty();
    }

    void addToRing(EditFile file) {
        ring.add(currentFile + (ring.isEmpty() ? 0 : 1), file);
        currentFile = ring.indexOf(file);
    }

    void makeCurrent(EditFile file) {
        currentFile = ring.indexOf(file);
    }

    /** Takes the current file out of the ring; the next one becomes current. */
    void removeCurrent() {
        ring.remove(currentFile);
        if (currentFile >= ring.size()) {
            currentFile = 0;
        }
        inputMode = false;
    }

    Optional<EditFile> inRing(FileRef ref) {
        return ring.stream().filter(f -> f.ref().fileName().equals(ref.fileName())
                && f.ref().fileType().equals(ref.fileType())
                && (ref.modeLetter() == '*' || f.ref().modeLetter() == ref.modeLetter())).findFirst();
    }

    /** Messages for the message line since they were last taken, oldest first. */
    public List<String> takeMessages() {
        List<String> out = List.copyOf(messages);
        messages.clear();
        return out;
    }

    /** Messages taken as the user's SET EMSG shows them (an id-less line, SAY output, stays whole). */
    List<String> takeShownMessages() {
        return shown(takeMessages());
    }

    List<String> shown(List<String> messages) {
        List<String> out = new ArrayList<>();
        for (String m : messages) {
            String shown = isMessage(m) ? host.editMessage(m) : m;
            if (shown != null && !shown.isEmpty()) {
                out.add(shown);
            }
        }
        return out;
    }

    /** Whether a line is a DMSxxxnnnS message (SET EMSG applies) rather than plain output. */
    static boolean isMessage(String line) {
        return line.length() > 10 && line.startsWith("DMS") && line.charAt(10) == ' '
                && "IWEST".indexOf(line.charAt(9)) >= 0 && Character.isDigit(line.charAt(6));
    }

    void message(String text) {
        messages.add(text);
    }

    /** Reports an XEDIT message and returns {@code rc}. */
    int fail(int rc, XeditMessage message, Object... arguments) {
        messages.add(message.format(arguments));
        return rc;
    }

    /** What PF key n does in the current file (a list's own keys first). */
    public String pfKey(int n) {
        if (n < 1 || n > 24) {
            return null;
        }
        if (!finished() && file().view != null && file().view.pfKey(n) != null) {
            return file().view.pfKey(n);
        }
        return pfKeys[n];
    }

    void setPfKey(int n, String text) {
        pfKeys[n] = text == null || text.isBlank() ? null : text;
    }

    public boolean inputMode() {
        return inputMode;
    }

    void setInputMode(boolean on) {
        inputMode = on;
    }

    /** In input mode, a line the user typed: it goes in after the current line and becomes current. */
    public void input(String text) {
        EditFile f = file();
        int after = Math.min(f.current(), f.size());
        f.setCurrent(f.insert(after, List.of(caseOf(f, text))));
        alter(f);
    }

    String caseOf(EditFile f, String text) {
        return f.settings.caseUpper ? text.toUpperCase(java.util.Locale.ROOT) : text;
    }

    /** Counts an alteration of {@code f}, autosaving when SET AUTOSAVE's count is reached. */
    void alter(EditFile f) {
        if (f.altered()) {
            FileCommands.autosave(this, f);
        }
    }

    Change.Replacement lastChange() {
        return lastChange;
    }

    void rememberChange(Change.Replacement strings) {
        lastChange = strings;
    }

    /** The screen tells where the cursor was: a file line (-1 when elsewhere) and a file column. */
    public void setCursor(int line, int column) {
        cursorLine = line;
        cursorColumn = column;
    }

    int cursorLine() {
        return cursorLine;
    }

    int cursorColumn() {
        return cursorColumn;
    }

    void requestCursorHome() {
        cursorHome = true;
    }

    /** Asks the screen to put the cursor on a file line and column (ADD, SOS LINEADD, SPLTJOIN, TABKEY). */
    void requestCursor(int line, int column) {
        cursorRequestLine = line;
        cursorRequestColumn = column;
    }

    /** The file line the screen should put the cursor on next, or -1; and its column. Cleared when read. */
    public int[] takeCursorRequest() {
        int[] r = {cursorRequestLine, cursorRequestColumn};
        cursorRequestLine = -1;
        return r;
    }

    /** True once after CURSOR HOME: the screen moves the cursor between command line and file area. */
    public boolean takeCursorHome() {
        boolean h = cursorHome;
        cursorHome = false;
        return h;
    }

    /** What {@code ?} put back for the command line (null when nothing). */
    public String takeRecall() {
        String r = recall;
        recall = null;
        return r;
    }

    /**
     * A command the user entered on the command line: remembered for {@code =} and {@code ?}
     * ({@code =} and {@code ?} themselves are not), then run. Returns its return code.
     */
    public int execute(String command) {
        String c = command.strip();
        if (c.equals("=")) {
            return lastCommand == null ? fail(RC_INVALID, XeditMessage.NO_PREVIOUS) : run(lastCommand);
        }
        if (c.equals("?")) {
            if (lastCommand == null) {
                return fail(RC_INVALID, XeditMessage.NO_PREVIOUS);
            }
            recall = lastCommand;
            message(lastCommand);
            return RC_OK;
        }
        if (!c.isEmpty() && !c.toUpperCase(java.util.Locale.ROOT).startsWith("REP")) {
            lastCommand = c;
        }
        return run(c);
    }

    /** Runs one subcommand (from a macro, a PF key or the command line) without remembering it. */
    public int run(String command) {
        String c = command.strip();
        if (c.isEmpty() || finished()) {
            return RC_OK;
        }
        if (c.charAt(0) == '&') {
            c = c.substring(1).strip();
        }
        char first = c.charAt(0);
        if ("/-+:.~¬*".indexOf(first) >= 0 || Character.isDigit(first)) {
            return Navigation.locate(this, c);
        }
        int end = 0;
        while (end < c.length() && Character.isLetterOrDigit(c.charAt(end))) {
            end++;
        }
        if (end == 0) {
            return fail(RC_UNKNOWN, XeditMessage.UNKNOWN_COMMAND, c);
        }
        String word = c.substring(0, end);
        Optional<Subcommand> sub = Subcommand.lookup(word);
        String operands = c.substring(end);
        if (sub.isEmpty()) {
            int letters = 0;
            while (letters < word.length() && Character.isLetter(word.charAt(letters))) {
                letters++;
            }
            if (letters > 0 && letters < word.length() && Subcommand.lookup(word.substring(0, letters)).isPresent()) {
                sub = Subcommand.lookup(word.substring(0, letters));
                operands = c.substring(letters);
            }
        }
        if (sub.isPresent()) {
            return sub.get().run(this, operands.strip());
        }
        return Macros.userMacroOrCms(this, word, c.substring(end).strip(), c);
    }

    /** REPEAT [target]: moves down one line and runs the last command again, as many times as the target says. */
    static int repeat(Editor e, String operands) {
        if (e.lastCommand == null) {
            return e.fail(RC_INVALID, XeditMessage.NO_PREVIOUS);
        }
        EditFile f = e.file();
        int times = 1;
        if (!operands.isBlank()) {
            Targets.Parsed p = Targets.parse(operands, f.settings);
            if (p == null || !p.rest().isBlank()) {
                return e.fail(RC_INVALID, XeditMessage.INVALID_OPERAND, operands.strip());
            }
            int to = Targets.find(f, p.target(), f.current());
            if (to == Targets.NOT_FOUND) {
                return e.fail(RC_NOT_FOUND, XeditMessage.TARGET_NOT_FOUND);
            }
            times = Math.max(1, Math.abs(to - f.current()));
        }
        int rc = RC_OK;
        for (int i = 0; i < times && rc == RC_OK && !e.finished(); i++) {
            f.setCurrent(f.step(f.current(), 1));
            if (f.atEnd()) {
                return e.fail(RC_TOF_EOF, XeditMessage.EOF_REACHED);
            }
            rc = e.run(e.lastCommand);
        }
        return rc;
    }

    /** The screen tells how many file lines and text columns it shows. */
    public void setScreenArea(int lines, int columns) {
        pageLines = Math.max(1, lines);
        textColumns = Math.max(1, columns);
    }

    int pageLines() {
        return pageLines;
    }

    int textColumns() {
        return textColumns;
    }

    int macroDepth() {
        return macroDepth;
    }

    void enterMacro() {
        macroDepth++;
    }

    void leaveMacro() {
        macroDepth--;
    }

    String lastCommand() {
        return lastCommand;
    }
}
