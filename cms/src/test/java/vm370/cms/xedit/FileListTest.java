package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.cms.display.AidKey;
import vm370.cms.display.InboundRecord;
import vm370.cms.fs.RecordFormat;
import vm370.s370.text.Ebcdic;

/** FILELIST on the screen: a line per file, commands typed in the command area, PF11 edits the file at the cursor. */
class FileListTest {

    private final List<String> cmsCommands = new ArrayList<>();
    private final EditorFixture x = new EditorFixture(4000, new EditorHost() {
        @Override
        public int cmsCommand(String command) {
            cmsCommands.add(command);
            return 0;
        }
    });
    private final Model3270 terminal = new Model3270(24, 80);

    private FullScreenSession list() {
        x.file("ALPHA", "EXEC", RecordFormat.V, 80, List.of("/* */", "say 'hi'"));
        x.file("BETA", "DATA", RecordFormat.F, 80, List.of("B1", "B2", "B3"));
        assertEquals(0, x.editor.fileList(""));
        return new FullScreenSession(x.editor, terminal, Ebcdic.CP037);
    }

    private void key(FullScreenSession s, AidKey aid) {
        terminal.then(t -> t.press(aid));
        s.apply(InboundRecord.parse(terminal.read().orElseThrow(), Ebcdic.CP037).orElseThrow());
        terminal.apply(s.render());
    }

    @Test
    void theListShowsOneLinePerFileWithFormatLreclAndRecords() {
        FullScreenSession s = list();
        terminal.apply(s.render());
        assertTrue(terminal.row(0).startsWith(" CMSUSER  FILELIST A0"), terminal.row(0));
        assertTrue(terminal.row(2).startsWith("       ALPHA    EXEC     A1 V         8         2"), terminal.row(2));
        assertTrue(terminal.row(3).startsWith("       BETA     DATA     A1 F        80         3"), terminal.row(3));
    }

    @Test
    void aCommandTypedInTheCommandAreaRunsForThatFile() {
        FullScreenSession s = list();
        terminal.apply(s.render());
        terminal.type(3, 1, "erase");
        key(s, AidKey.ENTER);
        terminal.type(2, 1, "copy / b");
        key(s, AidKey.ENTER);
        assertEquals(List.of("ERASE BETA DATA A1", "COPY ALPHA EXEC A1 B"), cmsCommands);
        assertTrue(terminal.row(3).startsWith("       BETA"), "the line is shown again as it was");
    }

    @Test
    void xOrPf11EditsTheFileInTheRingAndQuitComesBackToTheList() {
        FullScreenSession s = list();
        terminal.apply(s.render());
        terminal.type(3, 1, "x");
        key(s, AidKey.ENTER);
        assertEquals("BETA", x.editor.file().ref().fileName());
        assertEquals(2, x.editor.ring().size());
        key(s, AidKey.PF3);
        assertEquals("FILELIST", x.editor.file().ref().fileType());
        terminal.cursorAt(2, 10);
        key(s, AidKey.PF11);
        assertEquals("ALPHA", x.editor.file().ref().fileName());
        assertTrue(terminal.row(0).startsWith(" ALPHA    EXEC"), terminal.row(0));
    }
}
