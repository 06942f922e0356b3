package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.cms.display.AidKey;
import vm370.cms.display.InboundRecord;
import vm370.s370.text.Ebcdic;

/** RDRLIST on the screen: a line per reader file from CP, commands typed for a file get its spool id. */
class ReaderListTest {

    private final List<String> reader = new ArrayList<>(List.of(
            "ORIGINID FILE CLASS RECORDS  CPY HOLD DATE  TIME     NAME      TYPE     DIST",
            "BOB      0007 A PUN 000002 01 NONE  11/21 11:04:01 HELLO    EXEC     BOB",
            "CAROL    0009 A PUN 000040 01 NONE  11/21 11:05:12 REPORT   DATA     CAROL"));
    private final List<String> commands = new ArrayList<>();
    private final EditorFixture x = new EditorFixture(400, new EditorHost() {
        @Override
        public List<String> cpResponse(String command) {
            return command.equals("QUERY READER ALL") ? List.copyOf(reader) : List.of();
        }

        @Override
        public int cmsCommand(String command) {
            commands.add(command);
            if (command.startsWith("RECEIVE 0007")) {
                reader.remove(1);
            }
            return 0;
        }
    });
    private final Model3270 terminal = new Model3270(24, 80);

    @Test
    void readerFilesAreListedAndACommandOrPf11ActsOnTheFileOnItsLine() {
        assertEquals(0, x.editor.readerList());
        FullScreenSession s = new FullScreenSession(x.editor, terminal, Ebcdic.CP037);
        terminal.apply(s.render());
        assertTrue(terminal.row(0).startsWith(" CMSUSER  RDRLIST  A0"), terminal.row(0));
        assertTrue(terminal.row(2).startsWith("       BOB      0007 A PUN"), terminal.row(2));
        terminal.type(3, 1, "peek");
        terminal.then(t -> t.press(AidKey.ENTER));
        s.apply(InboundRecord.parse(terminal.read().orElseThrow(), Ebcdic.CP037).orElseThrow());
        terminal.apply(s.render());
        terminal.cursorAt(2, 12);
        terminal.then(t -> t.press(AidKey.PF11));
        s.apply(InboundRecord.parse(terminal.read().orElseThrow(), Ebcdic.CP037).orElseThrow());
        assertEquals(List.of("PEEK 0009", "RECEIVE 0007"), commands);
        terminal.apply(s.render());
        assertTrue(terminal.row(2).startsWith("       CAROL    0009"), "the list is read again: " + terminal.row(2));
    }

    @Test
    void anEmptyReaderSaysSo() {
        reader.clear();
        assertEquals(28, x.editor.readerList());
        assertEquals(List.of("DMSRDL109E NO FILES IN READER"), x.editor.takeMessages());
    }
}
