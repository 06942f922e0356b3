package vm370.s370.time;

/**
 * One CPU's timers, all driven by the configuration's {@link TodClock}: the CPU timer and the clock
 * comparator (both in TOD-clock units, bit 51 = 1 microsecond), and the elapsed-time bookkeeping of
 * the interval timer at location 80, which the CPU decrements in units of bit 31 = 1/76,800 s
 * (so that bit 23 steps 300 times a second). Time passes with the clock, whether the CPU is running
 * or in a wait, as on the real machine. Owned by the CPU's thread.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "CPU Timer", "Clock Comparator", "Interval Timer"</a>
 */
public final class CpuTimers {

    /** Interval-timer units (bit 31 of location 80) per second. */
    private static final long INTERVAL_UNITS_PER_SECOND = 76_800;

    private final TodClock tod;
    private long cpuTimerValue;
    private long cpuTimerSetAt;
    private long comparator = -1;
    private long intervalLastMicros;
    /** Microseconds times units-per-second not yet turned into whole interval-timer units. */
    private long intervalRemainder;

    public CpuTimers(TodClock tod) {
        this.tod = tod;
        long now = tod.micros();
        cpuTimerSetAt = now;
        intervalLastMicros = now;
    }

    public TodClock tod() {
        return tod;
    }

    /** The CPU timer now: negative once it has run down past zero. */
    public long cpuTimer() {
        return cpuTimerValue - ((tod.micros() - cpuTimerSetAt) << 12);
    }

    /** SET CPU TIMER. */
    public void setCpuTimer(long value) {
        cpuTimerValue = value;
        cpuTimerSetAt = tod.micros();
    }

    public long clockComparator() {
        return comparator;
    }

    /** SET CLOCK COMPARATOR. */
    public void setClockComparator(long value) {
        comparator = value;
    }

    /** The clock-comparator condition: the TOD clock (unsigned) is past the comparator. */
    public boolean clockComparatorPending() {
        return Long.compareUnsigned(tod.micros() << 12, comparator) > 0;
    }

    /** The CPU-timer condition: the timer is negative. */
    public boolean cpuTimerPending() {
        return cpuTimer() < 0;
    }

    /** Whole interval-timer units elapsed since the last call; the CPU subtracts them from location 80. */
    public long intervalUnitsElapsed() {
        long now = tod.micros();
        long elapsed = Math.max(0, now - intervalLastMicros);
        intervalLastMicros = now;
        long scaled = intervalRemainder + elapsed * INTERVAL_UNITS_PER_SECOND;
        intervalRemainder = scaled % 1_000_000;
        return scaled / 1_000_000;
    }

    /** Microseconds until the interval timer, now holding {@code value}, goes negative (0 if it is). */
    public static long microsUntilIntervalExpires(int value) {
        return value < 0 ? 0 : ((long) value + 1) * 1_000_000 / INTERVAL_UNITS_PER_SECOND + 1;
    }

    /** Microseconds until the clock comparator or CPU timer condition arises, whichever is sooner (0 if one has). */
    public long microsUntilNextTimerEvent(boolean comparatorEnabled, boolean cpuTimerEnabled) {
        long wait = Long.MAX_VALUE;
        if (comparatorEnabled) {
            long todNow = tod.micros();
            long due = comparator >>> 12;
            wait = Math.min(wait, Long.compareUnsigned(due, todNow) < 0 ? 0 : due - todNow + 1);
        }
        if (cpuTimerEnabled) {
            long t = cpuTimer();
            wait = Math.min(wait, t < 0 ? 0 : (t >>> 12) + 1);
        }
        return wait;
    }
}
