package vm370.cms.xedit;

import java.util.List;
import vm370.cms.fs.RecordFormat;

/** A list shown in the editor (FILELIST, RDRLIST): what a line typed over does, and the list's PF keys. */
interface ListView {

    /** The user typed over line {@code index}: a command for the item on it. */
    void typed(Editor editor, EditFile list, int index, String text);

    /** The list's own definition of PF key n, or null for the editor's. */
    String pfKey(int n);

    /** Runs a command for the item on line {@code index} (FLEXEC, PF11); its return code. */
    int runFor(Editor editor, int index, String command);

    /** Reads the list again (REFRESH, PF2); its new lines. */
    List<String> lines(Editor editor);

    /**
     * Puts {@code view}'s {@code lines} into the ring as the file {@code userid listType A0}: no prefix
     * area or scale, the current line on screen row 3, as XEDIT shows its lists.
     */
    static int show(Editor e, ListView view, String listType, List<String> lines) {
        String owner = e.host().rexx() != null ? e.host().rexx().userId() : "CMSUSER";
        EditFile list = new EditFile(new FileRef(owner.length() > 8 ? owner.substring(0, 8) : owner, listType, "A0"),
                RecordFormat.V, 132, lines, false);
        list.view = view;
        list.settings.prefix = "OFF";
        list.settings.scale = false;
        list.settings.curline = "3";
        list.setCurrent(1);
        e.addToRing(list);
        return Editor.RC_OK;
    }
}
