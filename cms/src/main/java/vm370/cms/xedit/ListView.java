package vm370.cms.xedit;

/** A list shown in the editor (FILELIST): what a line typed over does, and the list's PF keys. */
interface ListView {

    /** The user typed over line {@code index}: a command for the item on it. */
    void typed(Editor editor, EditFile list, int index, String text);

    /** The list's own definition of PF key n, or null for the editor's. */
    String pfKey(int n);
}
