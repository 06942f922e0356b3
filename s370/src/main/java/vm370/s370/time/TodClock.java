package vm370.s370.time;

/**
 * The time-of-day clock shared by the CPUs of one configuration: a 64-bit binary counter whose
 * bit 51 steps once a microsecond. It reads the injected {@link Clock} plus the offset SET CLOCK
 * establishes, and never goes backwards or repeats a value (the low 12 bits make stored values unique).
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Time-of-Day Clock"</a>
 */
public final class TodClock {

    private final Clock clock;
    /** Guarded by {@code this}: the value SET CLOCK made the clock read, minus the clock's micros then. */
    private long offsetMicros;
    private long lastValue;

    public TodClock(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** Microseconds shown by the TOD clock now (its value shifted right 12 bits). */
    public synchronized long micros() {
        return clock.micros() + offsetMicros;
    }

    /** The clock's value for STORE CLOCK: unique and increasing across every CPU that shares this clock. */
    public synchronized long store() {
        long value = (clock.micros() + offsetMicros) << 12;
        if (value <= lastValue) {
            value = lastValue + 1;
        }
        lastValue = value;
        return value;
    }

    /** SET CLOCK: the clock takes this value (bits beyond the microsecond are kept only as given). */
    public synchronized void set(long value) {
        offsetMicros = (value >>> 12) - clock.micros();
        lastValue = value;
    }
}
