package vm370.cp.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong passwords per userid: after {@code attempts} in a row the userid is locked for
 * {@code lockTime}, and even the right password fails until then. A right password (unlocked)
 * resets the count. Thread-safe; the time comes from the injected clock.
 */
public final class LogonLocks {

    /** One userid's run of failures and, once locked, until when. */
    private record Failures(int count, Instant lockedUntil) { }

    private final int attempts;
    private final Duration lockTime;
    private final InstantSource clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LogonLocks(int attempts, Duration lockTime, InstantSource clock) {
        if (attempts < 1 || lockTime.isNegative()) {
            throw new IllegalArgumentException("logon lock: " + attempts + " attempts, " + lockTime
                    + " (expected: at least one attempt, a positive time)");
        }
        this.attempts = attempts;
        this.lockTime = lockTime;
        this.clock = clock;
    }

    /** True while the userid is locked. */
    public boolean locked(String userid) {
        Failures f = failures.get(key(userid));
        return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
    }

    /** Counts a wrong password; true when this one locked the userid. */
    public boolean failed(String userid) {
        Instant now = clock.instant();
        Failures after = failures.compute(key(userid), (k, f) -> {
            int count = f == null || f.lockedUntil() != null && !now.isBefore(f.lockedUntil()) ? 1 : f.count() + 1;
            return new Failures(count, count >= attempts ? now.plus(lockTime) : null);
        });
        return after.count() == attempts;
    }

    /** A right password while unlocked: the count starts again. */
    public void succeeded(String userid) {
        failures.remove(key(userid));
    }

    private static String key(String userid) {
        return userid.toUpperCase(Locale.ROOT);
    }
}
