package vm370.s370.time;

/**
 * A {@link Clock} that moves only when told to: tests, benchmarks and reproducible runs use it.
 * A CPU waiting for a timer makes it jump straight to the time it waits for. Thread-safe.
 */
public final class ManualClock implements Clock {

    private volatile long micros;

    public ManualClock(long startMicros) {
        this.micros = startMicros;
    }

    @Override
    public long micros() {
        return micros;
    }

    /** Moves time forward by {@code delta} microseconds (negative values are ignored). */
    public synchronized void advance(long delta) {
        if (delta > 0) {
            micros += delta;
        }
    }

    @Override
    public void sleep(long delta) {
        advance(delta);
    }
}
