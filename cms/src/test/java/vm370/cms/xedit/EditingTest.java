package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** CHANGE, ADD, DELETE, DUPLICATE, COPY, MOVE, SORT, INPUT, REPLACE, =, ?, REPEAT and the cursor subcommands. */
class EditingTest {

    private static final String FIVE = "ALPHA ONE\nBETA TWO\nGAMMA THREE\nDELTA FOUR\nEPSILON FIVE";

    private final EditorFixture x = new EditorFixture();

    @Test
    void changeChangesTheFirstOccurrenceOfTheCurrentLine() {
        Editor e = x.edit(FIVE);
        x.run(":2");
        assertEquals(0, x.run("C/TWO/2/"));
        assertEquals("BETA 2", e.file().text(2));
        assertEquals(1, e.file().alterations());
    }

    @Test
    void changeWithTargetCountAndStartingOccurrence() {
        Editor e = x.edit("AAA AAA\nAAA\nBBB\nAAA AAA AAA");
        x.run(":1", "SET CASE M");
        assertEquals(0, x.run("CHANGE /A/x/ * *"));
        assertEquals(List.of("xxx xxx", "xxx", "BBB", "xxx xxx xxx"), x.lines());
        assertEquals(List.of("DMSXSU517I 18 occurrence(s) changed on 3 line(s)"), e.takeMessages());
        assertEquals(4, e.file().current(), "the last line of the range becomes current");
        x.run(":4");
        assertEquals(0, x.run("C/xxx/yyy/ 1 1 2"));
        assertEquals("xxx yyy xxx", e.file().text(4));
        x.run(":1");
        assertEquals(0, x.run("C ,xxx,Z, /BBB/ 2"));
        assertEquals(List.of("Z Z", "Z", "BBB", "xxx yyy xxx"), x.lines());
    }

    @Test
    void changeThatFindsNothingSaysNotFoundAndLeavesTheFileAlone() {
        Editor e = x.edit(FIVE);
        x.run(":1");
        assertEquals(4, x.run("C/XYZ/Q/ *"));
        assertEquals(List.of("DMSXSU586E Not found"), e.takeMessages());
        assertEquals(0, e.file().alterations());
    }

    @Test
    void changeRespectsTheZoneAndTruncation() {
        Editor e = x.edit("ABCABC");
        x.run(":1", "SET ZONE 4 *");
        x.run("C/A/X/");
        assertEquals("ABCXBC", e.file().text(1));
        x.run("SET ZONE 1 *", "SET TRUNC 8");
        assertEquals(3, x.run("C/ABC/ABCDEFG/"));
        assertEquals("ABCDEFGX", e.file().text(1));
        assertEquals("DMSXSU503E Truncated", e.takeMessages().get(0));
    }

    @Test
    void addDeleteAndDuplicate() {
        Editor e = x.edit(FIVE);
        x.run(":2", "ADD 2");
        assertEquals(List.of("ALPHA ONE", "BETA TWO", "", "", "GAMMA THREE", "DELTA FOUR", "EPSILON FIVE"), x.lines());
        x.run(":3", "DELETE 2");
        assertEquals(3, e.file().current());
        assertEquals("GAMMA THREE", e.file().text(3));
        x.run("DEL /EPSILON/");
        assertEquals(List.of("ALPHA ONE", "BETA TWO", "EPSILON FIVE"), x.lines());
        x.run(":1", "DUP 2");
        assertEquals(List.of("ALPHA ONE", "ALPHA ONE", "ALPHA ONE", "BETA TWO", "EPSILON FIVE"), x.lines());
        x.run(":4", "DUPLICATE 1 2");
        assertEquals(List.of("ALPHA ONE", "ALPHA ONE", "ALPHA ONE", "BETA TWO", "EPSILON FIVE", "BETA TWO", "EPSILON FIVE"),
                x.lines());
        x.run(":2", "DELETE *");
        assertEquals(List.of("ALPHA ONE"), x.lines());
    }

    @Test
    void copyAndMoveTakeARangeToAfterTheDestination() {
        Editor e = x.edit(FIVE);
        x.run(":1", "COPY 2 :4");
        assertEquals(List.of("ALPHA ONE", "BETA TWO", "GAMMA THREE", "DELTA FOUR", "ALPHA ONE", "BETA TWO", "EPSILON FIVE"),
                x.lines());
        assertEquals(6, e.file().current());
        x.run(":1", "MOVE 1 *");
        assertEquals("ALPHA ONE", e.file().text(7));
        assertEquals("BETA TWO", e.file().text(1));
        x.run(":6", "MOVE 2 :0");
        assertEquals(List.of("EPSILON FIVE", "ALPHA ONE", "BETA TWO", "GAMMA THREE", "DELTA FOUR", "ALPHA ONE", "BETA TWO"),
                x.lines());
    }

    @Test
    void sortOrdersTheRangeOnColumns() {
        Editor e = x.edit("C 3\nA 9\nB 1");
        x.run(":1");
        assertEquals(0, x.run("SORT *"));
        assertEquals(List.of("A 9", "B 1", "C 3"), x.lines());
        x.run(":1", "SORT * D 3 3");
        assertEquals(List.of("A 9", "C 3", "B 1"), x.lines());
        assertEquals(List.of("DMSXSO588I 3 line(s) sorted", "DMSXSO588I 3 line(s) sorted"), e.takeMessages());
    }

    @Test
    void inputReplaceAndInputModeAddLinesAfterTheCurrentOne() {
        Editor e = x.edit(FIVE);
        x.run(":1", "INPUT new line");
        assertEquals("NEW LINE", e.file().text(2), "CASE U translates what is typed");
        assertEquals(2, e.file().current());
        x.run("SET CASE M", "REPLACE Mixed");
        assertEquals("Mixed", e.file().text(2));
        x.run("INPUT");
        assertTrue(e.inputMode());
        e.input("first");
        e.input("second");
        assertEquals(List.of("ALPHA ONE", "Mixed", "first", "second", "BETA TWO"), x.lines().subList(0, 5));
    }

    @Test
    void equalsRepeatsAndQuestionMarkRecallsTheLastCommand() {
        Editor e = x.edit(FIVE);
        x.run("DOWN 2");
        assertEquals(0, x.run("="));
        assertEquals(4, e.file().current());
        assertEquals(0, x.run("?"));
        assertEquals("DOWN 2", e.takeRecall());
        x.run(":1", "C/A/*/");
        assertEquals(0, x.run("REPEAT 2"));
        assertEquals(List.of("*LPHA ONE", "BET* TWO", "G*MMA THREE"), x.lines().subList(0, 3));
    }

    @Test
    void unknownWordsAreReportedAndAbbreviationsWork() {
        Editor e = x.edit(FIVE);
        assertEquals(-1, x.run("FROBNICATE"));
        assertEquals(List.of("DMSXCT525E Unknown subcommand: FROBNICATE"), e.takeMessages());
        assertEquals(0, x.run("n3"));
        assertEquals(3, e.file().current());
        assertEquals(0, x.run("b"));
        assertEquals(5, e.file().current());
        assertEquals(5, x.run("DOWN X"));
        assertEquals(List.of("DMSXSU543E Invalid number: X"), e.takeMessages());
    }

    @Test
    void sosLineaddSpltjoinAndTabkeyWorkAtTheCursor() {
        Editor e = x.edit("ABC DEF\nGHI");
        e.setCursor(1, 5);
        assertEquals(0, x.run("SPLTJOIN"));
        assertEquals(List.of("ABC", "DEF", "GHI"), x.lines());
        e.setCursor(1, 5);
        assertEquals(0, x.run("SPLTJOIN"));
        assertEquals(List.of("ABC DEF", "GHI"), x.lines());
        e.setCursor(2, 1);
        x.run("SOS LINEADD");
        assertEquals(List.of("ABC DEF", "GHI", ""), x.lines());
        assertEquals(3, e.takeCursorRequest()[0]);
        e.setCursor(1, 3);
        x.run("TABKEY");
        assertEquals(6, e.takeCursorRequest()[1]);
    }
}
