package vm370.system.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the README's tour blocks read: typed lines, hidden typed lines, shown lines with … for any text. */
class ReadmeTourParseTest {

    @Test
    void aMarkedBlockBecomesAStepOfTypedAndShownLines() {
        ReadmeTour tour = ReadmeTour.parse("""
                Some prose.
                <!-- tour: log on -->
                ```
                > LOGON USER1
                ENTER PASSWORD:
                > USER1 (not displayed)
                Ready; T=…
                ```
                ```
                > NOT A STEP
                ```
                """);
        assertEquals(1, tour.steps().size());
        ReadmeTour.Step step = tour.steps().getFirst();
        assertEquals("log on", step.name());
        assertEquals(List.of(new ReadmeTour.Entry.Typed("LOGON USER1", true), new ReadmeTour.Entry.Shown("ENTER PASSWORD:"),
                new ReadmeTour.Entry.Typed("USER1", false), new ReadmeTour.Entry.Shown("Ready; T=…")), step.entries());
    }

    @Test
    void anEllipsisMatchesAnyTextAndEverythingElseMatchesWordForWord() {
        ReadmeTour.Entry.Shown ready = new ReadmeTour.Entry.Shown("Ready; T=…");
        assertTrue(ready.matches("Ready; T=0.01/0.01 13:20:01"));
        assertFalse(ready.matches("Ready(00028); T=0.01/0.01 13:20:01"));
        ReadmeTour.Entry.Shown literal = new ReadmeTour.Entry.Shown("EXECUTION BEGINS...");
        assertTrue(literal.matches("EXECUTION BEGINS..."));
        assertFalse(literal.matches("EXECUTION BEGINS.x."));
    }

    @Test
    void aMarkWithoutABlockIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> ReadmeTour.parse("<!-- tour: lost -->\nprose\n"));
    }
}
