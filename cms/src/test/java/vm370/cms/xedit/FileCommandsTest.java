package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.cms.fs.RecordFormat;

/** XEDIT's ring and the disk: SAVE, FILE, QUIT, QQUIT, CANCEL, GET, PUT, PUTD, AUTOSAVE, SERIAL. */
class FileCommandsTest {

    private final EditorFixture x = new EditorFixture();

    @Test
    void quitIsRefusedAfterAChangeWithXeditsMessageAndQquitLeavesAnyway() {
        Editor e = x.edit("ONE\nTWO");
        x.run(":1", "C/ONE/1/");
        assertEquals(12, x.run("QUIT"));
        assertEquals(List.of("DMSXSU577E File has been changed; type QQUIT to quit anyway"), e.takeMessages());
        assertFalse(e.finished());
        assertEquals(0, x.run("QQUIT"));
        assertTrue(e.finished());
        assertEquals(List.of("ONE", "TWO"), x.onDisk("TEST", "DATA"));
    }

    @Test
    void saveWritesTheFileAndResetsTheAltCountAndFileEnds() {
        Editor e = x.edit("ONE\nTWO");
        x.run(":2", "REPLACE DEUX", "INPUT TROIS");
        assertEquals(2, e.file().alterations());
        assertEquals(0, x.run("SAVE"));
        assertEquals(0, e.file().alterations());
        assertEquals(List.of("ONE", "DEUX", "TROIS"), x.onDisk("TEST", "DATA"));
        assertEquals(0, x.run("QUIT"), "QUIT after SAVE is allowed");
        x.editor.edit("TEST DATA A");
        x.run(":1", "DELETE");
        assertEquals(0, x.run("FILE"));
        assertTrue(e.finished());
        assertEquals(List.of("DEUX", "TROIS"), x.onDisk("TEST", "DATA"));
    }

    @Test
    void fixedFilesAreSavedPaddedToTheirLrecl() {
        x.file("PROG", "ASSEMBLE", RecordFormat.F, 80, List.of("         LR    1,2", "         BR    14"));
        Editor e = x.editor;
        assertEquals(0, e.edit("PROG ASSEMBLE A"));
        assertEquals("PROG     ASSEMBLE A1 F 80 Trunc=80 Size=2 Line=0 Col=1 Alt=0", SettingValues.idLine(e.file()));
        x.run(":2", "C/14/15/", "FILE");
        assertEquals(80, x.status("PROG", "ASSEMBLE").lrecl());
        assertEquals(RecordFormat.F, x.status("PROG", "ASSEMBLE").format());
        assertEquals(List.of("         LR    1,2", "         BR    15"), x.onDisk("PROG", "ASSEMBLE"));
    }

    @Test
    void aNewFileIsAnnouncedAndSavedOnTheADisk() {
        Editor e = x.editor;
        assertEquals(0, e.edit("NEW SCRIPT"));
        assertEquals(List.of("DMSXIN570I New file"), e.takeMessages());
        assertEquals("A1", e.file().ref().fileMode());
        x.run("INPUT Hello, world", "FILE");
        assertEquals(List.of("Hello, world"), x.onDisk("NEW", "SCRIPT"));
        assertEquals(RecordFormat.V, x.status("NEW", "SCRIPT").format());
    }

    @Test
    void theRingHoldsSeveralFilesAndXeditAloneGoesToTheNext() {
        x.file("OTHER", "DATA", RecordFormat.V, 80, List.of("OTHER LINE"));
        Editor e = x.edit("ONE");
        assertEquals(0, x.run("XEDIT OTHER DATA"));
        assertEquals("OTHER", e.file().ref().fileName());
        assertEquals(2, e.ring().size());
        x.run("X");
        assertEquals("TEST", e.file().ref().fileName());
        x.run("X OTHER DATA");
        assertEquals("OTHER", e.file().ref().fileName());
        assertEquals(2, e.ring().size(), "a file already in the ring is not read again");
        x.run(":1", "C/OTHER/CHANGED/");
        assertEquals(12, x.run("CANCEL"));
        assertEquals(1, e.ring().size());
        assertEquals("OTHER", e.file().ref().fileName());
        assertEquals(List.of("DMSXSU577E File has been changed; type QQUIT to quit anyway"), e.takeMessages());
    }

    @Test
    void putGetAndPutdMoveLinesThroughFiles() {
        Editor e = x.edit("A\nB\nC\nD");
        x.run(":2", "PUT 2");
        assertEquals(List.of("B", "C"), x.onDisk("XEDTEMP", "CMSUT1"));
        x.run("BOTTOM", "GET");
        assertEquals(List.of("A", "B", "C", "D", "B", "C"), x.lines());
        x.run(":1", "PUTD 1 SAVED LINES A");
        assertEquals(List.of("B", "C", "D", "B", "C"), x.lines());
        x.run(":1", "PUT 1 SAVED LINES A");
        assertEquals(List.of("A", "B"), x.onDisk("SAVED", "LINES"), "PUT appends to an existing file");
        x.run("TOP", "GET SAVED LINES A 2 1");
        assertEquals("B", e.file().text(1));
        assertEquals(28, x.run("GET NO SUCH A"));
        assertEquals(List.of("DMSXSU002E File 'NO SUCH A1' not found"), e.takeMessages());
    }

    @Test
    void autosaveWritesTheFileAsideAfterEnoughAlterations() {
        Editor e = x.edit("ONE\nTWO");
        x.run("SET AUTOSAVE 2", ":1", "C/ONE/1/");
        assertTrue(x.disk.state("TEST", "AUSAVE").isEmpty());
        x.run(":2", "C/TWO/2/");
        assertEquals(List.of("1", "2"), x.onDisk("TEST", "AUSAVE"));
        assertEquals(List.of("DMSXSU596I Autosaved as 'TEST AUSAVE A1'"), e.takeMessages());
        assertTrue(e.file().changed(), "an autosave is not a SAVE");
    }

    @Test
    void serialNumbersGoInColumns73To80OfAnF80File() {
        x.file("CARDS", "ASSEMBLE", RecordFormat.F, 80, List.of("A", "B"));
        x.editor.edit("CARDS ASSEMBLE A");
        x.run("SET SERIAL ON", "SAVE");
        List<String> cards = x.onDisk("CARDS", "ASSEMBLE");
        assertEquals("CAR00010", cards.get(0).substring(72));
        assertEquals("CAR00020", cards.get(1).substring(72));
    }

    @Test
    void savingToAReadOnlyOrMissingDiskSaysWhy() {
        Editor e = x.edit("ONE");
        assertEquals(13, x.run("SAVE TEST DATA B"));
        assertEquals(List.of("DMSXSU069E Disk 'B' not accessed"), e.takeMessages());
        assertEquals("A1", e.file().ref().fileMode(), "a failed SAVE keeps the fileid");
        assertEquals(0, x.run("SAVE"));
    }
}
