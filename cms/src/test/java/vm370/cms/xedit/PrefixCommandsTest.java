package vm370.cms.xedit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prefix commands, single and block, pending until complete, as the prefix area gives them. */
class PrefixCommandsTest {

    private static final String SIX = "L1\nL2\nL3\nL4\nL5\nL6";

    private final EditorFixture x = new EditorFixture();

    private Editor run(Map<Integer, String> prefixes) {
        PrefixCommands.run(x.editor, prefixes);
        return x.editor;
    }

    @Test
    void insertAddsEmptyLinesAfterItsLineAndAtTopOfFile() {
        x.edit(SIX);
        run(Map.of(2, "I3"));
        assertEquals(List.of("L1", "L2", "", "", "", "L3"), x.lines().subList(0, 6));
        run(Map.of(0, "a"));
        assertEquals("", x.lines().get(0));
        assertEquals(1, x.editor.takeCursorRequest()[0]);
    }

    @Test
    void deleteSingleCountedAndBlock() {
        x.edit(SIX);
        run(Map.of(1, "D"));
        assertEquals(List.of("L2", "L3", "L4", "L5", "L6"), x.lines());
        run(Map.of(1, "2D"));
        assertEquals(List.of("L4", "L5", "L6"), x.lines());
        run(Map.of(1, "DD"));
        assertEquals(List.of("L4", "L5", "L6"), x.lines(), "half a block waits");
        assertEquals(List.of("DMSXPF541I Prefix subcommand DD pending"), x.editor.takeMessages());
        run(Map.of(2, "dd"));
        assertEquals(List.of("L6"), x.lines());
    }

    @Test
    void resetForgetsPendingPrefixCommands() {
        x.edit(SIX);
        run(Map.of(2, "DD"));
        assertEquals(1, x.editor.file().pending().size());
        assertEquals(0, x.run("RESET"));
        assertEquals(0, x.editor.file().pending().size());
        run(Map.of(4, "DD"));
        assertEquals(SIX.split("\n").length, x.lines().size(), "the new DD waits alone: nothing deleted");
        assertEquals(5, x.run("RESET NOW"));
    }

    @Test
    void duplicateLinesAndBlocks() {
        x.edit("A\nB\nC");
        run(Map.of(1, "\"2"));
        assertEquals(List.of("A", "A", "A", "B", "C"), x.lines());
        run(Map.of(4, "\"\"", 5, "\"\""));
        assertEquals(List.of("A", "A", "A", "B", "C", "B", "C"), x.lines());
    }

    @Test
    void copyAndMoveWithFollowingAndPreceding() {
        x.edit(SIX);
        run(Map.of(1, "C", 3, "F"));
        assertEquals(List.of("L1", "L2", "L3", "L1", "L4", "L5", "L6"), x.lines());
        run(Map.of(5, "CC", 6, "CC", 1, "P"));
        assertEquals(List.of("L4", "L5", "L1", "L2", "L3", "L1", "L4", "L5", "L6"), x.lines());
        run(Map.of(1, "MM"));
        run(Map.of(2, "MM"));
        assertEquals(List.of("DMSXPF541I Prefix subcommand MM pending", "DMSXPF541I Prefix subcommand MM pending",
                "DMSXPF541I Prefix subcommand MM pending"), x.editor.takeMessages());
        run(Map.of(9, "F"));
        assertEquals(List.of("L1", "L2", "L3", "L1", "L4", "L5", "L6", "L4", "L5"), x.lines());
        run(Map.of(9, "M", 0, "F"));
        assertEquals("L5", x.lines().get(0));
    }

    @Test
    void shiftsExcludeShowCurrentAndNames() {
        Editor e = x.edit("ABC\n  DEF\nGHI\nJKL");
        run(Map.of(1, ">2", 2, "<"));
        assertEquals(List.of("  ABC", " DEF"), x.lines().subList(0, 2));
        run(Map.of(3, ">>", 4, ">>"));
        assertEquals(List.of(" GHI", " JKL"), x.lines().subList(2, 4));
        run(Map.of(2, "X2"));
        assertTrue(e.file().excluded(2) && e.file().excluded(3));
        run(Map.of(2, "S"));
        assertTrue(!e.file().excluded(2) && !e.file().excluded(3));
        run(Map.of(3, "/"));
        assertEquals(3, e.file().current());
        run(Map.of(4, ".LAST"));
        x.run("TOP", ".LAST");
        assertEquals(4, e.file().current());
    }

    @Test
    void anUnknownPrefixCommandIsReported() {
        Editor e = x.edit(SIX);
        run(Map.of(2, "Q"));
        assertEquals(List.of("DMSXPF540E Invalid prefix subcommand: Q"), e.takeMessages());
        assertEquals(6, e.file().size());
    }
}
