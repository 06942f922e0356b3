package vm370.cp.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LogonLocksTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    private LogonLocks clocked() {
        return new LogonLocks(3, Duration.ofMinutes(15), () -> now.get());
    }

    @Test
    void theThirdWrongPasswordLocksForTheConfiguredTime() {
        LogonLocks l = clocked();
        assertFalse(l.failed("alice"));
        assertFalse(l.failed("ALICE"));
        assertTrue(l.failed("Alice"), "the third in a row locks");
        assertTrue(l.locked("ALICE"));
        now.updateAndGet(i -> i.plus(Duration.ofMinutes(14)));
        assertTrue(l.locked("ALICE"));
        now.updateAndGet(i -> i.plus(Duration.ofMinutes(1)));
        assertFalse(l.locked("ALICE"), "expired");
        assertFalse(l.failed("ALICE"), "after the lock the count starts again");
    }

    @Test
    void aRightPasswordResetsTheCountAndOtherUsersAreNotAffected() {
        LogonLocks l = clocked();
        l.failed("ALICE");
        l.failed("ALICE");
        l.succeeded("ALICE");
        assertFalse(l.failed("ALICE"));
        l.failed("BOB");
        l.failed("BOB");
        l.failed("BOB");
        assertTrue(l.locked("BOB"));
        assertFalse(l.locked("ALICE"));
    }
}
