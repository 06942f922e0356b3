package vm370.cms.nucleus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandTableTest {

    private static final CmsCommand NONE = (cms, line) -> 0;

    @Test
    void aCommandIsFoundByItsNameOrAnyAbbreviationDownToTheShortest() {
        CommandTable table = new CommandTable().add("LISTFILE", "L", NONE).add("LOAD", "LOAD", NONE);
        assertEquals("LISTFILE", table.find("L").orElseThrow().name());
        assertEquals("LISTFILE", table.find("LISTF").orElseThrow().name());
        assertEquals("LOAD", table.find("LOAD").orElseThrow().name());
        assertTrue(table.find("LO").isEmpty(), "LO abbreviates neither");
        assertTrue(table.find("LISTFILES").isEmpty(), "longer than the name");
    }

    @Test
    void aLaterEntryOfTheSameNameReplacesTheEarlierOne() {
        CmsCommand other = (cms, line) -> 7;
        CommandTable table = new CommandTable().add("XEDIT", "X", NONE).add("XEDIT", "X", other);
        assertEquals(1, table.entries().size());
        assertEquals(other, table.find("X").orElseThrow().handler());
    }

    @Test
    void theStandardTableTakesCmsAbbreviations() {
        CommandTable table = StandardCommands.table();
        for (String[] pair : new String[][] {{"ACC", "ACCESS"}, {"COPY", "COPYFILE"}, {"ER", "ERASE"},
                {"Q", "QUERY"}, {"T", "TYPE"}, {"E", "EDIT"}, {"EX", "EXEC"}, {"REL", "RELEASE"}}) {
            assertEquals(pair[1], table.find(pair[0]).orElseThrow().name(), pair[0]);
        }
        assertTrue(table.find("FORM").isEmpty(), "FORMAT has no abbreviation");
    }

    @Test
    void aCommandLineSplitsOperandsFromOptionsAndKeepsTheTextAsTyped() {
        CommandLine line = CommandLine.parse("copy  a b a c d a (recfm v Replace)");
        assertEquals("COPY", line.verb());
        assertEquals(List.of("A", "B", "A", "C", "D", "A"), line.operands());
        assertEquals(List.of("RECFM", "V", "REPLACE"), line.options());
        assertEquals("V", line.optionValue("RECFM", 3));
        assertTrue(line.hasOption("REPLACE", 3));
        assertTrue(CommandLine.parse("copy a b (rep").hasOption("REPLACE", 3));
        assertFalse(CommandLine.parse("copy a b (re").hasOption("REPLACE", 3));
        assertEquals("a b a c d a (recfm v Replace)", line.text());
    }

    @Test
    void fileModesAreALetterOrStarWithAnOptionalNumber() {
        for (String good : List.of("A", "A1", "*", "Z6", "B*")) {
            assertTrue(FileIo.validMode(good), good);
        }
        for (String bad : List.of("", "A7", "1", "AA", "A10")) {
            assertFalse(FileIo.validMode(bad), bad);
        }
    }
}
