package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.cms.display.AidKey;
import vm370.cms.fs.RecordFormat;
import vm370.s370.text.Ebcdic;

/**
 * The XEDIT screen through a 3270 model decoded from our outbound streams, and what the user
 * keys sent back as Read Modified records: typed-over lines, prefix commands, the command line, PF keys.
 */
class XeditScreenTest {

    private final EditorFixture x = new EditorFixture();
    private final Model3270 terminal = new Model3270(24, 80);

    private FullScreenSession session(String lines) {
        x.edit(lines);
        return new FullScreenSession(x.editor, terminal, Ebcdic.CP037);
    }

    @Test
    void theScreenShowsIdLineFileAreaScaleCommandLineAndStatus() {
        FullScreenSession s = session("FIRST LINE\nSECOND LINE");
        terminal.apply(s.render());
        assertEquals(" TEST     DATA     A1  V 255  Trunc=255 Size=2 Line=0 Col=1 Alt=0", terminal.row(0));
        assertEquals(" ===== * * * Top of File * * *", terminal.row(11));
        assertEquals("       |...+....1....+....2....+....3....+....4....+....5....+....6....+....7..", terminal.row(12));
        assertEquals(" ===== FIRST LINE", terminal.row(13));
        assertEquals(" ===== SECOND LINE", terminal.row(14));
        assertEquals(" ===== * * * End of File * * *", terminal.row(15));
        assertEquals(" ====>", terminal.row(22));
        assertTrue(terminal.row(23).endsWith("X E D I T 1 File"), terminal.row(23));
        assertEquals(22, terminal.cursorRow());
        assertEquals(7, terminal.cursorColumn());
    }

    @Test
    void typingOverALineChangesTheFileAndCountsAnAlteration() {
        FullScreenSession s = session("FIRST LINE\nSECOND LINE");
        terminal.then(t -> {
            t.type(13, 7, "NEW");
            t.enter();
        }).then(t -> t.command("FILE"));
        assertTrue(s.run());
        assertEquals(List.of("NEWST LINE", "SECOND LINE"), x.onDisk("TEST", "DATA"));
        assertEquals(2, terminal.writes, "the first screen and the one after the change; FILE ends the session");
    }

    @Test
    void theIdLineFollowsTheChangesAndPfKeysScroll() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            lines.append("LINE ").append(i).append('\n');
        }
        FullScreenSession s = session(lines.toString().strip());
        terminal.then(t -> t.press(AidKey.PF8));
        s.apply(decode(terminal, s));
        terminal.apply(s.render());
        assertTrue(terminal.row(0).contains("Size=60 Line=18"), terminal.row(0));
        assertEquals(" ===== LINE 18", terminal.row(11));
        s.apply(press(AidKey.PF7));
        terminal.apply(s.render());
        assertTrue(terminal.row(0).contains("Line=0"), terminal.row(0));
    }

    @Test
    void prefixCommandsInsertDeleteCopyAndMoveBlocks() {
        FullScreenSession s = session("A\nB\nC\nD\nE");
        terminal.apply(s.render());
        terminal.type(13, 1, "i2   ");
        s.apply(read(AidKey.ENTER));
        assertEquals(List.of("A", "", "", "B", "C", "D", "E"), x.lines());
        terminal.apply(s.render());
        assertEquals(14, terminal.cursorRow(), "the cursor goes to the first line inserted");
        terminal.type(14, 1, "dd   ").type(15, 1, "dd   ");
        s.apply(read(AidKey.ENTER));
        assertEquals(List.of("A", "B", "C", "D", "E"), x.lines());
        terminal.apply(s.render());
        terminal.type(13, 1, "cc   ").type(14, 1, "cc   ").type(17, 1, "f    ");
        s.apply(read(AidKey.ENTER));
        assertEquals(List.of("A", "B", "C", "D", "E", "A", "B"), x.lines());
        x.run("TOP");
        terminal.apply(s.render());
        terminal.type(13, 1, "mm   ");
        s.apply(read(AidKey.ENTER));
        terminal.apply(s.render());
        assertEquals(" MM    A", terminal.row(13), "a pending block shows in the prefix area");
        terminal.type(14, 1, "mm   ").type(17, 1, "p    ");
        s.apply(read(AidKey.ENTER));
        assertEquals(List.of("C", "D", "A", "B", "E", "A", "B"), x.lines());
    }

    @Test
    void theCommandLineRunsSubcommandsAndMessagesShowOnTheMessageLine() {
        FullScreenSession s = session("ABC\nABD");
        terminal.apply(s.render());
        terminal.command("c/AB/xy/ * *");
        s.apply(read(AidKey.ENTER));
        terminal.apply(s.render());
        assertEquals(" DMSXSU517I 2 occurrence(s) changed on 2 line(s)", terminal.row(1));
        assertEquals(List.of("XYC", "XYD"), x.lines());
        s.apply(press(AidKey.PF3));
        terminal.apply(s.render());
        assertEquals(" DMSXSU577E File has been changed; type QQUIT to quit anyway", terminal.row(1));
        assertEquals(" ====>", terminal.row(22), "the command line is cleared");
    }

    @Test
    void inputModeTakesLinesTypedIntoTheFileAreaUntilAnEmptyEnter() {
        FullScreenSession s = session("TOP LINE");
        x.run(":1");
        terminal.apply(s.render());
        terminal.command("input");
        s.apply(read(AidKey.ENTER));
        terminal.apply(s.render());
        assertTrue(terminal.row(23).contains("Input-mode 1 File"), terminal.row(23));
        assertEquals(13, terminal.cursorRow());
        terminal.type(13, 7, "first new").type(14, 7, "second new");
        s.apply(read(AidKey.ENTER));
        terminal.apply(s.render());
        s.apply(read(AidKey.ENTER));
        assertEquals(List.of("TOP LINE", "FIRST NEW", "SECOND NEW"), x.lines());
        assertTrue(!x.editor.inputMode());
    }

    @Test
    void excludedLinesShowAsAShadowLineThatSShows() {
        FullScreenSession s = session("KEEP 1\nDROP\nDROP\nKEEP 2");
        x.run("ALL /KEEP/");
        terminal.apply(s.render());
        assertEquals(" ===== KEEP 1", terminal.row(11));
        assertTrue(terminal.row(13).contains(" 2 line(s) not displayed "), terminal.row(13));
        assertEquals(" ===== KEEP 2", terminal.row(14));
        terminal.type(13, 1, "s    ");
        s.apply(read(AidKey.ENTER));
        terminal.apply(s.render());
        assertEquals(" ===== DROP", terminal.row(13));
    }

    @Test
    void wideLinesScrollRightAndTypingKeepsTheColumnsOffScreen() {
        x.file("WIDE", "DATA", RecordFormat.F, 132, List.of("L".repeat(70) + "RIGHTSIDE" + "Z".repeat(53)));
        x.editor.edit("WIDE DATA A");
        FullScreenSession s = new FullScreenSession(x.editor, terminal, Ebcdic.CP037);
        x.run(":1", "RIGHT 70");
        terminal.apply(s.render());
        assertTrue(terminal.row(11).startsWith(" ===== RIGHTSIDEZZZ"), terminal.row(11));
        terminal.type(11, 7, "LEFTSIDE!");
        s.apply(read(AidKey.ENTER));
        assertEquals("L".repeat(70) + "LEFTSIDE!" + "Z".repeat(53), x.editor.file().text(1));
    }

    private vm370.cms.display.InboundRecord read(AidKey key) {
        terminal.then(t -> t.press(key));
        return vm370.cms.display.InboundRecord.parse(terminal.read().orElseThrow(), Ebcdic.CP037).orElseThrow();
    }

    private vm370.cms.display.InboundRecord press(AidKey key) {
        terminal.apply(new FullScreenSession(x.editor, terminal, Ebcdic.CP037).render());
        return read(key);
    }

    private static vm370.cms.display.InboundRecord decode(Model3270 t, FullScreenSession s) {
        t.apply(s.render());
        return vm370.cms.display.InboundRecord.parse(t.read().orElseThrow(), Ebcdic.CP037).orElseThrow();
    }

    @Test
    void prefixCommandsTypedOverTheFillOrLineNumbersReadAsTyped() {
        assertEquals("i1", FullScreenSession.typedPrefix("i1===", "====="));
        assertEquals("dd", FullScreenSession.typedPrefix("dd", "====="));
        assertEquals("d", FullScreenSession.typedPrefix("d0012", "00012"));
        assertEquals("", FullScreenSession.typedPrefix("", "====="));
        FullScreenSession s = session("A\nB\nC");
        terminal.apply(s.render());
        terminal.type(13, 1, "d");
        s.apply(read(AidKey.ENTER));
        assertEquals(List.of("B", "C"), x.lines());
    }
}
