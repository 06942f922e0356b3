package vm370.cms.xedit;

import java.util.Locale;

/**
 * XEDIT's messages, DMSXxxnnnS form: the id names the XEDIT module and the severity, the text takes
 * {@link String#format} arguments. Texts follow VM/SP XEDIT's mixed-case wording.
 */
public enum XeditMessage {
    //                 id            text
    NEW_FILE          ("DMSXIN570I", "New file"),
    INCOMPLETE_FILEID ("DMSXIN054E", "Incomplete fileid specified"),
    INVALID_FILEID    ("DMSXIN048E", "Invalid fileid '%s'"),
    FILE_NOT_FOUND    ("DMSXSU002E", "File '%s' not found"),
    DISK_READ_ONLY    ("DMSXSU037E", "Disk '%s' is read/only"),
    DISK_NOT_ACCESSED ("DMSXSU069E", "Disk '%s' not accessed"),
    WRITE_ERROR       ("DMSXSU105S", "Error %d writing file '%s' on disk"),
    READ_ERROR        ("DMSXIN104S", "Error %d reading file '%s' from disk"),
    FILE_CHANGED      ("DMSXSU577E", "File has been changed; type QQUIT to quit anyway"),
    TARGET_NOT_FOUND  ("DMSXSU546E", "Target not found"),
    NOT_FOUND         ("DMSXSU586E", "Not found"),
    MISSING_OPERAND   ("DMSXSU545E", "Missing operand(s)"),
    INVALID_OPERAND   ("DMSXSU520E", "Invalid operand: %s"),
    INVALID_NUMBER    ("DMSXSU543E", "Invalid number: %s"),
    CHANGED           ("DMSXSU517I", "%d occurrence(s) changed on %d line(s)"),
    TRUNCATED         ("DMSXSU503E", "Truncated"),
    TOF_REACHED       ("DMSXSU558I", "TOF reached"),
    EOF_REACHED       ("DMSXSU559I", "EOF reached"),
    UNKNOWN_COMMAND   ("DMSXCT525E", "Unknown subcommand: %s"),
    INVALID_PREFIX    ("DMSXPF540E", "Invalid prefix subcommand: %s"),
    PENDING_PREFIX    ("DMSXPF541I", "Prefix subcommand %s pending"),
    INVALID_SET       ("DMSXSE522E", "Invalid SET/QUERY/EXTRACT operand: %s"),
    MACRO_NOT_FOUND   ("DMSXMA556E", "Macro '%s' not found"),
    NOT_REXX          ("DMSXMA557E", "Macro '%s' is not a REXX program"),
    MACRO_ONLY        ("DMSXMA558E", "EXTRACT is valid only from a macro"),
    FILE_SAVED        ("DMSXSU595I", "File '%s' saved"),
    AUTOSAVED         ("DMSXSU596I", "Autosaved as '%s'"),
    RING              ("DMSXSU571I", "%d file(s) in storage"),
    NO_LINES_EXCLUDED ("DMSXSU587I", "%d line(s) displayed"),
    SORTED            ("DMSXSO588I", "%d line(s) sorted"),
    CURSOR_INVALID    ("DMSXSU561E", "Cursor is not on a valid data field"),
    NO_PREVIOUS       ("DMSXSU560E", "No previous subcommand"),
    INPUT_ONLY_SCREEN ("DMSXSU529E", "Subcommand is only valid in display mode");

    private final String id;
    private final String text;

    XeditMessage(String id, String text) {
        this.id = id;
        this.text = text;
    }

    public String id() {
        return id;
    }

    /** The full message: id, a blank, the text with its arguments. */
    public String format(Object... arguments) {
        return id + " " + String.format(Locale.ROOT, text, arguments);
    }

    /** True for E, S and T messages (errors), false for I and W. */
    public boolean error() {
        char severity = id.charAt(id.length() - 1);
        return severity == 'E' || severity == 'S' || severity == 'T';
    }
}
