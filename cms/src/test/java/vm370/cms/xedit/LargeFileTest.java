package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.cms.display.AidKey;
import vm370.cms.fs.RecordFormat;
import vm370.s370.text.Ebcdic;

/** A 100,000-line file opens, scrolls on the screen, changes and saves. */
class LargeFileTest {

    @Test
    void aHundredThousandLineFileOpensScrollsChangesAndSaves() {
        EditorFixture x = new EditorFixture(8000, EditorHost.NONE);
        List<String> lines = new ArrayList<>(XeditBenchmark.LINES);
        for (int i = 1; i <= XeditBenchmark.LINES; i++) {
            lines.add("RECORD " + i);
        }
        x.file("BIG", "DATA", RecordFormat.F, 80, lines);
        Editor e = x.editor;
        assertEquals(0, e.edit("BIG DATA A"));
        Model3270 terminal = new Model3270(24, 80);
        FullScreenSession s = new FullScreenSession(e, terminal, Ebcdic.CP037);
        terminal.apply(s.render());
        terminal.then(t -> t.press(AidKey.PF8));
        s.apply(vm370.cms.display.InboundRecord.parse(terminal.read().orElseThrow(), Ebcdic.CP037).orElseThrow());
        x.run(":99999");
        terminal.apply(s.render());
        assertEquals(" ===== RECORD 99999", terminal.row(11));
        assertEquals(" ===== * * * End of File * * *", terminal.row(14));
        x.run("TOP");
        assertEquals(0, x.run("C/RECORD/LINE/ *"));
        assertEquals("DMSXSU517I 100000 occurrence(s) changed on 100000 line(s)", e.takeMessages().get(0));
        assertEquals(0, x.run("TOP", "/LINE 50000/"));
        assertEquals(50000, e.file().current());
        assertEquals(0, x.run("FILE"));
        assertTrue(e.finished());
        List<String> saved = x.onDisk("BIG", "DATA");
        assertEquals(XeditBenchmark.LINES, saved.size());
        assertEquals("LINE 1", saved.get(0));
        assertEquals("LINE 100000", saved.get(XeditBenchmark.LINES - 1));
    }
}
