package vm370.system.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.system.console.ConsoleFixture.awaitLine;
import static vm370.system.console.ConsoleFixture.awaitStatus;
import static vm370.system.console.ConsoleFixture.type;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.terminals.testing.S3270;

/** Guessing passwords: LOGON_LOCK 3 10 locks the userid for ten minutes of the sessions' clock. */
@Timeout(180)
class BruteForceLogonTest {

    @TempDir
    Path dir;

    private ConsoleFixture fixture;

    @BeforeEach
    void ipl() throws Exception {
        fixture = new ConsoleFixture(dir);
    }

    @AfterEach
    void shutdown() throws Exception {
        fixture.close();
    }

    private static void attempt(S3270 t, String password) throws Exception {
        type(t, "LOGON BOB");
        awaitLine(t, "ENTER PASSWORD:");
        t.ok("Clear()");
        type(t, password);
    }

    @Test
    void wrongPasswordsLockTheUseridAndTheRightOneFailsUntilTheLockExpires() throws Exception {
        try (S3270 t = fixture.terminal()) {
            t.ok("Enter()");
            awaitStatus(t, "CP READ");
            for (int i = 0; i < 5; i++) {
                attempt(t, "GUESS" + i);
                awaitLine(t, "DMKLOG050E PASSWORD INCORRECT - REINITIATE LOGON PROCEDURE");
                t.ok("Clear()");
            }
            attempt(t, "BOBPW");
            awaitLine(t, "DMKLOG050E PASSWORD INCORRECT - REINITIATE LOGON PROCEDURE");
            assertTrue(fixture.system.cp().machine("BOB").isEmpty(), "the right password failed while locked");
            t.ok("Clear()");

            fixture.clock.advance(Duration.ofMinutes(9));
            attempt(t, "BOBPW");
            awaitLine(t, "DMKLOG050E PASSWORD INCORRECT - REINITIATE LOGON PROCEDURE");
            t.ok("Clear()");

            fixture.clock.advance(Duration.ofMinutes(2));
            attempt(t, "BOBPW");
            awaitLine(t, "ECHO READY");
        }
        List<String> journal = fixture.journal();
        assertEquals(3, journal.stream().filter(l -> l.contains("LOGON_FAILED BOB")).count(), journal.toString());
        assertTrue(journal.stream().anyMatch(l -> l.contains("LOGON_LOCKED BOB LOCKED")), journal.toString());
        assertEquals(4, journal.stream().filter(l -> l.contains("LOGON_LOCKED BOB FROM")).count(), journal.toString());
        assertTrue(journal.stream().anyMatch(l -> l.contains(" LOGON BOB FROM GRAF")), journal.toString());
        assertTrue(journal.stream().noneMatch(l -> l.contains("GUESS") || l.contains("BOBPW")), journal.toString());
    }
}
