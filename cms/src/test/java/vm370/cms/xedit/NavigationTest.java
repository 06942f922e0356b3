package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** LOCATE and every kind of target, TOP/BOTTOM/UP/DOWN/NEXT, FORWARD/BACKWARD, LEFT/RIGHT, CLOCATE, FIND, ALL. */
class NavigationTest {

    private static final String FIVE = "ALPHA ONE\nBETA TWO\nGAMMA THREE\nDELTA FOUR\nEPSILON FIVE";

    private final EditorFixture x = new EditorFixture();

    @Test
    void aFileOpensAtTopOfFileAndTopBottomUpDownMoveTheCurrentLine() {
        Editor e = x.edit(FIVE);
        assertEquals(0, e.file().current());
        assertEquals(0, x.run("DOWN 2"));
        assertEquals(2, e.file().current());
        assertEquals(0, x.run("N"));
        assertEquals(3, e.file().current());
        assertEquals(0, x.run("U"));
        assertEquals(2, e.file().current());
        assertEquals(0, x.run("BOTTOM"));
        assertEquals(5, e.file().current());
        assertEquals(0, x.run("TOP"));
        assertTrue(e.file().atTop());
    }

    @Test
    void movingPastTheEndStopsAtEndOfFileWithReturnCode1() {
        Editor e = x.edit(FIVE);
        assertEquals(1, x.run("DOWN 9"));
        assertTrue(e.file().atEnd());
        assertEquals(1, x.run("UP 99"));
        assertTrue(e.file().atTop());
    }

    @Test
    void stringTargetsSearchForwardAndBackwardAndReportTargetNotFound() {
        Editor e = x.edit(FIVE);
        assertEquals(0, x.run("/GAMMA/"));
        assertEquals(3, e.file().current());
        assertEquals(0, x.run("-/ALPHA"));
        assertEquals(1, e.file().current());
        assertEquals(0, x.run("LOCATE /FIVE/"));
        assertEquals(5, e.file().current());
        assertEquals(2, x.run("L /NOWHERE/"));
        assertEquals(5, e.file().current());
        assertEquals(List.of("DMSXSU546E Target not found"), e.takeMessages());
    }

    @Test
    void absoluteRelativeStarAndNamedTargets() {
        Editor e = x.edit(FIVE);
        x.run(":4");
        assertEquals(4, e.file().current());
        x.run("-2");
        assertEquals(2, e.file().current());
        x.run("+1");
        assertEquals(3, e.file().current());
        x.run("*");
        assertTrue(e.file().atEnd());
        x.run("-*");
        assertTrue(e.file().atTop());
        x.run(":2");
        PrefixCommands.run(e, java.util.Map.of(2, ".HERE"));
        x.run("BOTTOM");
        assertEquals(0, x.run("L .HERE"));
        assertEquals(2, e.file().current());
        assertEquals(2, x.run(".NONE"));
    }

    @Test
    void combinedTargetsWithAndOrAndNot() {
        Editor e = x.edit(FIVE);
        x.run("/A/ & /T/");
        assertEquals(2, e.file().current());
        x.run("TOP");
        x.run("/DELTA/ | /GAMMA/");
        assertEquals(3, e.file().current());
        x.run("TOP");
        x.run("~/A/");
        assertEquals(5, e.file().current());
    }

    @Test
    void caseIgnoreZoneAndWrapShapeTheSearch() {
        Editor e = x.edit(FIVE);
        x.run("SET CASE M I");
        assertEquals(0, x.run("/gamma/"));
        x.run("SET CASE M R");
        x.run("TOP");
        assertEquals(2, x.run("/gamma/"));
        x.run("SET ZONE 1 3");
        x.run("TOP");
        assertEquals(2, x.run("/ONE/"));
        x.run("SET ZONE 1 *");
        x.run(":4");
        assertEquals(2, x.run("/ALPHA/"));
        x.run("SET WRAP ON");
        assertEquals(0, x.run("/ALPHA/"));
        assertEquals(1, e.file().current());
    }

    @Test
    void forwardAndBackwardPageAndWrapAroundTheEnds() {
        Editor e = x.edit(String.join("\n", java.util.Collections.nCopies(100, "X")));
        e.setScreenArea(20, 72);
        x.run("FORWARD");
        assertEquals(18, e.file().current());
        x.run("FORWARD 2");
        assertEquals(54, e.file().current());
        x.run("BOTTOM", "DOWN");
        x.run("FORWARD");
        assertTrue(e.file().atTop());
        x.run("BACKWARD");
        assertTrue(e.file().atEnd());
    }

    @Test
    void leftRightAndRgtleftShiftTheColumnsShown() {
        Editor e = x.edit(FIVE);
        x.run("RIGHT 10");
        assertEquals(11, e.file().firstShown());
        x.run("LEFT 4");
        assertEquals(7, e.file().firstShown());
        x.run("LEFT 20");
        assertEquals(1, e.file().firstShown());
        x.run("RGTLEFT");
        assertEquals(55, e.file().firstShown());
        x.run("RGTLEFT");
        assertEquals(1, e.file().firstShown());
    }

    @Test
    void clocateMovesTheColumnPointerAlongLinesAndFindMatchesTheStartOfLines() {
        Editor e = x.edit(FIVE);
        x.run(":1");
        assertEquals(0, x.run("CL /ONE/"));
        assertEquals(7, e.file().column());
        assertEquals(0, x.run("CL /T/"));
        assertEquals(2, e.file().current());
        assertEquals(3, e.file().column());
        assertEquals(0, x.run("CL :5"));
        assertEquals(5, e.file().column());
        assertEquals(0, x.run("CL +2"));
        assertEquals(7, e.file().column());
        assertEquals(2, x.run("CL /ZZZ/"));
        assertEquals(List.of("DMSXSU586E Not found"), e.takeMessages());
        x.run("TOP");
        assertEquals(0, x.run("FIND DEL"));
        assertEquals(4, e.file().current());
        assertEquals(0, x.run("FINDUP B"));
        assertEquals(2, e.file().current());
        assertEquals(0, x.run("FIND G   A_T"));
        assertEquals(3, e.file().current());
    }

    @Test
    void allShowsOnlyMatchingLinesAndMovesPassOverTheOthers() {
        Editor e = x.edit(FIVE);
        assertEquals(0, x.run("ALL /O/"));
        assertEquals(1, e.file().current());
        x.run("DOWN");
        assertEquals(2, e.file().current());
        x.run("DOWN");
        assertEquals(4, e.file().current(), "GAMMA THREE is excluded");
        x.run("DOWN");
        assertEquals(5, e.file().current());
        assertEquals(0, x.run("ALL"));
        x.run("UP");
        assertEquals(4, e.file().current());
        assertEquals(2, x.run("ALL /QQQ/"));
    }

    @Test
    void scopeAllLetsTargetsChangesAndMovesReachExcludedLines() {
        Editor e = x.edit(FIVE);
        assertEquals(0, x.run("ALL /O/"));
        assertEquals(0, x.run("TOP"));
        assertEquals(2, x.run("LOCATE /GAMMA/"), "SCOPE DISPLAY: the excluded line is not searched");
        assertEquals(0, x.run("SET SCOPE ALL"));
        e.takeMessages();
        x.run("QUERY SCOPE");
        assertEquals(List.of("SCOPE ALL"), e.takeMessages());
        assertEquals(0, x.run("LOCATE /GAMMA/"));
        assertEquals(3, e.file().current());
        assertEquals(0, x.run("CHANGE /THREE/3/"));
        assertEquals("GAMMA 3", e.file().text(3));
        assertEquals(0, x.run("DOWN 1"));
        assertEquals(4, e.file().current());
        assertEquals(0, x.run("SET SCOPE D"));
        x.run("QUERY SCOPE");
        assertEquals(List.of("SCOPE DISPLAY"), e.takeMessages());
        assertEquals(0, x.run("UP 1"));
        assertEquals(2, e.file().current(), "back to passing over GAMMA");
        assertEquals(5, x.run("SET SCOPE SOME"));
    }

    @Test
    void schangeChangesTheOccurrenceUnderTheCursorAndFindsTheNext() {
        Editor e = x.edit("A CAT\nNO\nCAT AND CAT");
        assertEquals(5, x.run("SCHANGE 6"), "no CHANGE yet");
        assertEquals(0, x.run("TOP"));
        assertEquals(4, x.run("CHANGE /CAT/DOG/ 0"), "a CHANGE of no lines only sets the strings");
        e.setCursor(-1, 1);
        assertEquals(0, x.run("SCHANGE 6"));
        assertEquals(1, e.file().current());
        int[] found = e.takeCursorRequest();
        assertEquals(List.of(1, 3), List.of(found[0], found[1]), "the cursor goes under CAT on line 1");
        e.setCursor(1, 3);
        assertEquals(0, x.run("SCHANGE 6"));
        assertEquals("A DOG", e.file().text(1));
        assertEquals(3, e.file().current());
        int[] cursor = e.takeCursorRequest();
        assertEquals(3, cursor[0]);
        assertEquals(1, cursor[1]);
        e.setCursor(3, 2);
        assertEquals(0, x.run("SCHANGE 6"), "off the string: skipped, the next one is found");
        assertEquals("CAT AND CAT", e.file().text(3));
        assertEquals(9, e.takeCursorRequest()[1]);
        e.setCursor(3, 9);
        assertEquals(2, x.run("SCHANGE 6"), "changed, and no more");
        assertEquals("CAT AND DOG", e.file().text(3));
        assertEquals(5, x.run("SCHANGE 25"));
    }
}
