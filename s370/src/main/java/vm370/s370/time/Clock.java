package vm370.s370.time;

import java.util.concurrent.locks.LockSupport;

/**
 * The source of time for the TOD clock and the timers, in microseconds since 1900-01-01 00:00 UTC
 * (the TOD clock's epoch). Injected: module {@code system} binds wall time; tests use a
 * {@link ManualClock}, so every run of a test sees the same times.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Timing"</a>
 */
public interface Clock {

    /** Microseconds from the TOD epoch (1900) to the Unix epoch (1970), for binding wall time. */
    long UNIX_EPOCH_MICROS = 2_208_988_800_000_000L;

    /** Wall time, the binding of a running system (and of tests that need real time). */
    Clock WALL = () -> System.currentTimeMillis() * 1000 + UNIX_EPOCH_MICROS;

    /** Microseconds since the TOD epoch (1900-01-01 00:00 UTC). */
    long micros();

    /**
     * Lets up to {@code micros} of time pass while the CPU waits (an enabled wait with nothing
     * else to do); may return early when the thread is unparked. A manual clock simply advances.
     */
    default void sleep(long micros) {
        LockSupport.parkNanos(this, Math.max(1, Math.min(micros, 50_000)) * 1000);
    }
}
