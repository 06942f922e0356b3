package vm370.cp.dispatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Hands the configured number of real processors to virtual machines. A machine's thread runs the
 * machine (its instructions, or its guest system's code) only while it holds a processor; waiting
 * for I/O, console input or an interruption it gives the processor back.
 *
 * <p>The lists keep their VM/370 meaning: the <em>dispatch list</em> is the machines that hold a
 * processor or are queued for one; every other logged-on machine is <em>dormant</em>. The queue is
 * ordered by priority (SET PRIORITY, lower first), then by virtual time: processor time used,
 * weighted by the machine's share (SET SHARE). A machine that wakes from dormancy starts no earlier
 * than the machines already queued, so a long sleeper cannot monopolize the processors.
 *
 * <p>Threading: any thread; the scheduling state is guarded by this object's monitor. The processor
 * is handed over directly to the next waiter, which is unparked. Nothing here runs per instruction:
 * the counters the operator's panel reads (busy time per processor, instructions executed) are
 * added to once a time slice.
 * @vm370 DMKDSP
 * @vm370 DMKSCH
 */
public final class Dispatcher {

    private final int processors;
    private final long sliceNanos;
    private final List<Dispatchable> running = new ArrayList<>();
    /** Which machine holds each real processor (null: idle), and each processor's busy time before the current slice. */
    private final Dispatchable[] onProcessor;
    private final long[] busyNanos;
    private final LongAdder instructions = new LongAdder();
    private final PriorityQueue<Dispatchable> queued = new PriorityQueue<>(
            Comparator.comparingInt(Dispatchable::priority)
                    .thenComparingLong(d -> d.virtualTime)
                    .thenComparingLong(d -> d.arrival));
    private long arrivals;
    private long dispatches;

    /** A dispatcher of {@code processors} real processors and time slices of {@code sliceNanos}. */
    public Dispatcher(int processors, long sliceNanos) {
        if (processors < 1) {
            throw new IllegalArgumentException("processors: " + processors + " (expected: at least 1)");
        }
        this.processors = processors;
        this.sliceNanos = sliceNanos;
        this.onProcessor = new Dispatchable[processors];
        this.busyNanos = new long[processors];
    }

    public int processors() {
        return processors;
    }

    /** The time slice: how long a machine keeps a processor while others wait. */
    public long sliceNanos() {
        return sliceNanos;
    }

    /** Blocks the calling thread (the machine's) until the machine holds a real processor. */
    public void acquire(Dispatchable machine) {
        synchronized (this) {
            if (machine.holding) {
                throw new IllegalStateException("machine already holds a processor: " + machine.name());
            }
            machine.thread = Thread.currentThread();
            machine.virtualTime = Math.max(machine.virtualTime, floorVirtualTime());
            if (running.size() < processors && queued.isEmpty()) {
                grant(machine);
                machine.granted();
                return;
            }
            machine.arrival = arrivals++;
            queued.add(machine);
        }
        while (!machine.granted()) {
            LockSupport.park(this);
        }
    }

    /** Gives the machine's processor back: to the first queued machine, or to the pool. */
    public void release(Dispatchable machine) {
        long now = System.nanoTime();
        synchronized (this) {
            if (!machine.holding) {
                throw new IllegalStateException("machine holds no processor: " + machine.name());
            }
            long used = now - machine.sliceStart;
            machine.cpuNanos += used;
            machine.virtualTime += used * Dispatchable.NORMAL_SHARE / Math.max(1, machine.share());
            machine.holding = false;
            busyNanos[machine.processor] += used;
            onProcessor[machine.processor] = null;
            running.remove(machine);
            Dispatchable next = queued.poll();
            if (next != null) {
                grant(next);
                LockSupport.unpark(next.thread);
            }
        }
    }

    /**
     * At the end of a time slice: if another machine waits, the processor goes to it and the caller
     * queues again; otherwise the caller simply goes on. Returns with the processor held.
     */
    public void yieldProcessor(Dispatchable machine) {
        synchronized (this) {
            if (queued.isEmpty() || System.nanoTime() - machine.sliceStart < sliceNanos) {
                return;
            }
        }
        release(machine);
        acquire(machine);
    }

    /** True when the machine's slice is over and someone else waits: a cheap hint for long-running guest code. */
    public boolean sliceExpired(Dispatchable machine) {
        return System.nanoTime() - machine.sliceStart >= sliceNanos && !queuedIsEmpty();
    }

    private synchronized boolean queuedIsEmpty() {
        return queued.isEmpty();
    }

    private void grant(Dispatchable machine) {
        int processor = 0;
        while (onProcessor[processor] != null) {
            processor++;
        }
        onProcessor[processor] = machine;
        machine.processor = processor;
        machine.holding = true;
        machine.sliceStart = System.nanoTime();
        machine.markGranted();
        running.add(machine);
        dispatches++;
    }

    private long floorVirtualTime() {
        long floor = Long.MAX_VALUE;
        for (Dispatchable d : running) {
            floor = Math.min(floor, d.virtualTime);
        }
        for (Dispatchable d : queued) {
            floor = Math.min(floor, d.virtualTime);
        }
        return floor == Long.MAX_VALUE ? 0 : floor;
    }

    /**
     * Each real processor's busy time since IPL, in nanoseconds, the slice running now included:
     * what the operator's panel turns into utilization by comparing two readings.
     */
    public synchronized long[] busyNanos() {
        long now = System.nanoTime();
        long[] busy = busyNanos.clone();
        for (int p = 0; p < processors; p++) {
            if (onProcessor[p] != null) {
                busy[p] += now - onProcessor[p].sliceStart;
            }
        }
        return busy;
    }

    /** Adds a machine's instructions of one time slice to the system's count (once a slice, never per instruction). */
    public void countInstructions(long executed) {
        instructions.add(executed);
    }

    /** Instructions the virtual machines have executed since IPL, as of their last time slice. */
    public long instructionsExecuted() {
        return instructions.sum();
    }

    /** The dispatch list now: machines running on a processor, then those queued in order. */
    public synchronized Lists lists() {
        List<String> queue = new ArrayList<>();
        PriorityQueue<Dispatchable> copy = new PriorityQueue<>(queued);
        while (!copy.isEmpty()) {
            queue.add(copy.poll().name());
        }
        return new Lists(running.stream().map(Dispatchable::name).toList(), queue, dispatches);
    }

    /** A view of the dispatch list for INDICATE QUEUES: who runs, who waits in order, and dispatches so far. */
    public record Lists(List<String> running, List<String> queued, long dispatches) { }
}
