package vm370.cms.xedit;

/** A list shown in the editor (FILELIST): what a line typed over does, and the list's PF keys. */
interface ListView {

    /** The user typed over line {@code index}: a command for the item on it. */
    void typed(Editor editor, EditFile list, int index, String text);

    /** The list's own definition of PF key n, or null for the editor's. */
    String pfKey(int n);

    /** Runs a command for the item on line {@code index} (FLEXEC, PF11); its return code. */
    int runFor(Editor editor, int index, String command);

    /** Reads the list again (REFRESH, PF2); its new lines. */
    java.util.List<String> lines(Editor editor);
}
