package vm370.s370.time;

import java.util.PriorityQueue;

/**
 * Simulated time for one CPU, counted in executed instructions: devices schedule their
 * completions some instructions ahead, so a run is the same every time. Owned by the CPU's thread.
 */
public final class EventScheduler {

    private record Event(long due, long sequence, Runnable action) { }

    private final PriorityQueue<Event> queue = new PriorityQueue<>((a, b) ->
            a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.sequence, b.sequence));
    private long sequence;
    private long now;
    /** When the earliest event falls due; Long.MAX_VALUE when none is scheduled. Read each instruction. */
    private long nextDue = Long.MAX_VALUE;

    /** Runs {@code action} when {@code delay} more instructions (at least 0) have been counted. */
    public void schedule(long delay, Runnable action) {
        Event e = new Event(now + Math.max(0, delay), sequence++, action);
        queue.add(e);
        nextDue = Math.min(nextDue, e.due);
    }

    /** The current simulated time in instructions. */
    public long now() {
        return now;
    }

    /** True when an event is due at or before {@code time}: the cheap test the CPU makes each instruction. */
    public boolean due(long time) {
        return time >= nextDue;
    }

    /** True when any event is scheduled. */
    public boolean hasEvents() {
        return !queue.isEmpty();
    }

    /** The time of the earliest event, or Long.MAX_VALUE. */
    public long nextDue() {
        return nextDue;
    }

    /** Advances time to {@code time} and runs every event due by then, in order. */
    public void advanceTo(long time) {
        now = Math.max(now, time);
        while (!queue.isEmpty() && queue.peek().due <= now) {
            queue.poll().action.run();
        }
        nextDue = queue.isEmpty() ? Long.MAX_VALUE : queue.peek().due;
    }
}
