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
 * <p>The lists keep their VM/370 meaning. The <em>dispatch list</em> is the machines that hold a
 * processor or are queued for one. A machine that wakes from waiting (the <em>dormant</em> list:
 * every other logged-on machine) enters the dispatch list only when its projected working set
 * fits in real storage beside the working sets of the machines already there; otherwise it waits
 * in the <em>eligible list</em>, so that machines in the dispatch list keep their pages instead of
 * stealing each other's (thrashing). A machine that stays runnable for {@link #LIST_SLICES} time
 * slices while others are eligible is moved back to the eligible list to make room. The dispatch
 * list is never left empty while a machine is eligible, however large its working set.
 *
 * <p>Both queues are ordered by priority (SET PRIORITY, lower first), then by virtual time:
 * processor time used, weighted by the machine's share (SET SHARE). A machine that wakes from
 * dormancy starts no earlier than the machines already queued, so a long sleeper cannot
 * monopolize the processors.
 *
 * <p>Threading: any thread; the scheduling state is guarded by this object's monitor. The processor
 * is handed over directly to the next waiter, which is unparked. Nothing here runs per instruction:
 * the counters the operator's panel reads (busy time per processor, instructions executed) are
 * added to once a time slice.
 * @vm370 DMKDSP
 * @vm370 DMKSCH
 */
public final class Dispatcher {

    /** Slices a machine may use in the dispatch list before it makes way for eligible machines. */
    static final int LIST_SLICES = 8;

    /**
     * A waking machine takes a processor from a running one of the same priority only when it is
     * behind it by more than this fraction of a slice in virtual time: two interactive machines
     * must not take the processor from each other at every wake.
     */
    private static final int GRANULARITY_PER_SLICE = 8;

    /**
     * A machine waking from dormancy starts at most this fraction of a slice of virtual time
     * before the machines already running or queued: enough to take the processor from a
     * CPU-bound one at once, too little for a long sleeper to monopolize the processors.
     */
    private static final int WAKE_CREDIT_PER_SLICE = 2;

    private static final Comparator<Dispatchable> ORDER = Comparator.comparingInt(Dispatchable::priority)
            .thenComparingLong(d -> d.virtualTime)
            .thenComparingLong(d -> d.arrival);

    private final int processors;
    private final long sliceNanos;
    private final long realFrames;
    private final List<Dispatchable> running = new ArrayList<>();
    /** Which machine holds each real processor (null: idle), and each processor's busy time before the current slice. */
    private final Dispatchable[] onProcessor;
    private final long[] busyNanos;
    private final LongAdder instructions = new LongAdder();
    private final PriorityQueue<Dispatchable> queued = new PriorityQueue<>(ORDER);
    private final PriorityQueue<Dispatchable> eligible = new PriorityQueue<>(ORDER);
    /** Machines in the dispatch list waiting for a page to be read in, off their processors. */
    private final List<Dispatchable> pageWaiting = new ArrayList<>();
    /** The sum of the working sets of the machines in the dispatch list. */
    private long committedFrames;
    private long arrivals;
    private long dispatches;

    /**
     * A dispatcher of {@code processors} real processors, time slices of {@code sliceNanos}, and
     * {@code realFrames} page frames of real storage that the dispatch list's working sets share.
     */
    public Dispatcher(int processors, long sliceNanos, long realFrames) {
        if (processors < 1) {
            throw new IllegalArgumentException("processors: " + processors + " (expected: at least 1)");
        }
        this.processors = processors;
        this.sliceNanos = sliceNanos;
        this.realFrames = realFrames;
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

    /**
     * Blocks the calling thread (the machine's) until the machine holds a real processor: at once
     * when one is free, after the machines queued before it, or, when its working set does not fit
     * now, after it is admitted from the eligible list.
     */
    public void acquire(Dispatchable machine) {
        synchronized (this) {
            if (machine.holding) {
                throw new IllegalStateException("machine already holds a processor: " + machine.name());
            }
            long now = System.nanoTime();
            machine.thread = Thread.currentThread();
            machine.virtualTime = Math.max(machine.virtualTime, floorVirtualTime(now) - sliceNanos / WAKE_CREDIT_PER_SLICE);
            machine.arrival = arrivals++;
            if (eligible.isEmpty() && fits(machine)) {
                enterDispatchList(machine);
                queued.add(machine);
            } else {
                eligible.add(machine);
                admitEligible();
            }
            fillProcessors();
            preemptFor(machine, now);
        }
        awaitGrant(machine);
    }

    /**
     * Gives the machine's processor back as it starts to wait: it leaves the dispatch list (its
     * resident pages now are its working set next time), eligible machines that fit are admitted,
     * and the processor goes to the first queued machine.
     */
    public void release(Dispatchable machine) {
        long now = System.nanoTime();
        int resident = machine.residentPagesNow();
        synchronized (this) {
            giveUpProcessor(machine, now);
            leaveDispatchList(machine, resident);
            machine.longRunning = false;
            admitEligible();
            fillProcessors();
        }
    }

    /**
     * Between instruction batches: at the end of a time slice, if another machine waits, the
     * processor goes to it and the caller queues again (in the eligible list when it has used its
     * slices in the dispatch list and others are eligible); before then, only when the caller was
     * preempted and the first machine queued still ranks before it. Otherwise the caller simply
     * goes on. Returns with the processor held. Before the slice ends and unless preempted, it
     * reads two fields and takes no lock: it is on the path of every instruction batch.
     */
    public void yieldProcessor(Dispatchable machine) {
        if (!machine.preempted && System.nanoTime() - machine.sliceStart < sliceNanos) {
            return;
        }
        int resident = machine.residentPagesNow();
        long now = System.nanoTime();
        synchronized (this) {
            machine.preempted = false;
            boolean sliceEnded = now - machine.sliceStart >= sliceNanos;
            boolean makeWay = sliceEnded
                    ? !queued.isEmpty() || !eligible.isEmpty()
                    : !queued.isEmpty() && takesProcessorFrom(queued.peek(), machine, now);
            if (!makeWay) {
                return;
            }
            giveUpProcessor(machine, now);
            machine.arrival = arrivals++;
            if (sliceEnded && ++machine.slicesInList >= LIST_SLICES && !eligible.isEmpty()) {
                leaveDispatchList(machine, resident);
                machine.longRunning = true;
                eligible.add(machine);
                admitEligible();
            } else {
                queued.add(machine);
            }
            fillProcessors();
        }
        awaitGrant(machine);
    }

    /**
     * The machine waits for a page to be read in (a page fault): its processor goes to the next
     * machine queued, but it keeps its place and its working set in the dispatch list, as VM/370's
     * page wait did. False, and nothing done, when it holds no processor (CP touched the page for
     * a stopped machine): then there is nothing to give up.
     */
    public boolean pageWait(Dispatchable machine) {
        long now = System.nanoTime();
        synchronized (this) {
            if (!machine.holding) {
                return false;
            }
            giveUpProcessor(machine, now);
            pageWaiting.add(machine);
            fillProcessors();
        }
        return true;
    }

    /**
     * The page is in: the machine queues for a processor again, taking one from a running machine
     * it ranks before (a CPU-bound one, typically), and returns holding one.
     */
    public void pageReady(Dispatchable machine) {
        synchronized (this) {
            pageWaiting.remove(machine);
            machine.arrival = arrivals++;
            queued.add(machine);
            fillProcessors();
            preemptFor(machine, System.nanoTime());
        }
        awaitGrant(machine);
    }

    /**
     * The machine whose thread calls, when it holds a processor now; null on any other thread (a
     * terminal's, a command's) or for a machine that waits. CP's work that is about to wait for
     * another machine's thread asks, to give the processor up meanwhile.
     */
    public synchronized Dispatchable heldByThisThread() {
        Thread current = Thread.currentThread();
        for (Dispatchable d : running) {
            if (d.thread == current) {
                return d;
            }
        }
        return null;
    }

    /**
     * A machine has just queued for a processor and none was free: the running machine that ranks
     * last, if the queued one ranks before it, is asked to give its processor up at its next
     * instruction batch. One not yet asked is chosen, so each arrival preempts at most one.
     */
    private void preemptFor(Dispatchable arriving, long now) {
        if (arriving.holding || !arriving.inDispatchList) {
            return;
        }
        Dispatchable last = null;
        long lastTime = 0;
        for (Dispatchable d : running) {
            long time = virtualTimeNow(d, now);
            if (!d.preempted && (last == null || d.priority() > last.priority()
                    || d.priority() == last.priority() && time > lastTime)) {
                last = d;
                lastTime = time;
            }
        }
        if (last != null && takesProcessorFrom(arriving, last, now)) {
            last.preempted = true;
            last.askToYield();
        }
    }

    /**
     * True when {@code waiting} should have the processor {@code runner} holds now: it has a
     * better priority, or the same priority and a virtual time behind the runner's (its slice so
     * far counted) by more than the granularity. Fair share therefore bounds preemption: a machine
     * that takes the processor often uses up its lead, and the runner then keeps its slice.
     */
    private boolean takesProcessorFrom(Dispatchable waiting, Dispatchable runner, long now) {
        if (waiting.priority() != runner.priority()) {
            return waiting.priority() < runner.priority();
        }
        return waiting.virtualTime + sliceNanos / GRANULARITY_PER_SLICE < virtualTimeNow(runner, now);
    }

    /** A machine's virtual time, its slice so far included when it runs. */
    private static long virtualTimeNow(Dispatchable machine, long now) {
        return machine.holding ? machine.virtualTime + weighted(machine, now - machine.sliceStart) : machine.virtualTime;
    }

    /** Processor time as virtual time: scaled by the machine's share. */
    private static long weighted(Dispatchable machine, long nanos) {
        return nanos * Dispatchable.NORMAL_SHARE / Math.max(1, machine.share());
    }

    private void awaitGrant(Dispatchable machine) {
        while (!machine.granted()) {
            LockSupport.park(this);
        }
    }

    private void giveUpProcessor(Dispatchable machine, long now) {
        if (!machine.holding) {
            throw new IllegalStateException("machine holds no processor: " + machine.name());
        }
        long used = now - machine.sliceStart;
        machine.cpuNanos += used;
        machine.virtualTime += weighted(machine, used);
        machine.holding = false;
        busyNanos[machine.processor] += used;
        onProcessor[machine.processor] = null;
        running.remove(machine);
    }

    private boolean fits(Dispatchable machine) {
        return committedFrames == 0 || committedFrames + machine.workingSet <= realFrames;
    }

    private void enterDispatchList(Dispatchable machine) {
        machine.inDispatchList = true;
        machine.slicesInList = 0;
        committedFrames += machine.workingSet;
    }

    private void leaveDispatchList(Dispatchable machine, int resident) {
        if (machine.inDispatchList) {
            machine.inDispatchList = false;
            committedFrames -= machine.workingSet;
        }
        machine.workingSet = resident;
    }

    /** Moves eligible machines into the dispatch list, best first, while the next one fits. */
    private void admitEligible() {
        while (!eligible.isEmpty() && fits(eligible.peek())) {
            Dispatchable next = eligible.poll();
            enterDispatchList(next);
            queued.add(next);
        }
    }

    /** Hands free processors to the machines queued for one. */
    private void fillProcessors() {
        while (running.size() < processors && !queued.isEmpty()) {
            Dispatchable next = queued.poll();
            grant(next);
            if (next.thread != Thread.currentThread()) {
                LockSupport.unpark(next.thread);
            }
        }
    }

    private void grant(Dispatchable machine) {
        int processor = 0;
        while (onProcessor[processor] != null) {
            processor++;
        }
        onProcessor[processor] = machine;
        machine.processor = processor;
        machine.holding = true;
        machine.preempted = false;
        machine.sliceStart = System.nanoTime();
        machine.markGranted();
        running.add(machine);
        dispatches++;
    }

    private long floorVirtualTime(long now) {
        long floor = Long.MAX_VALUE;
        for (Dispatchable d : running) {
            floor = Math.min(floor, virtualTimeNow(d, now));
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

    /**
     * The lists now: machines running on a processor, those queued in order, those in page wait,
     * then the eligible in order.
     */
    public synchronized Lists lists() {
        return new Lists(running.stream().map(Dispatcher::entry).toList(), inOrder(queued),
                pageWaiting.stream().map(Dispatcher::entry).toList(), inOrder(eligible), committedFrames, dispatches);
    }

    private static List<Entry> inOrder(PriorityQueue<Dispatchable> queue) {
        List<Entry> order = new ArrayList<>();
        PriorityQueue<Dispatchable> copy = new PriorityQueue<>(queue);
        while (!copy.isEmpty()) {
            order.add(entry(copy.poll()));
        }
        return order;
    }

    private static Entry entry(Dispatchable d) {
        return new Entry(d.name(), d.longRunning, d.workingSet);
    }

    /** One machine in a list: its name, whether it is a long-running one (Q2/E2), and its projected working set. */
    public record Entry(String name, boolean longRunning, int workingSet) { }

    /**
     * A view of the lists for INDICATE: who runs, who waits for a processor in order, who waits
     * for a page (in the dispatch list, off a processor), who waits for room in real storage in
     * order, the frames the dispatch list's working sets take, and dispatches so far.
     */
    public record Lists(List<Entry> running, List<Entry> queued, List<Entry> pageWait, List<Entry> eligible,
                        long committedFrames, long dispatches) {
        /** The names of the machines on a processor. */
        public List<String> runningNames() {
            return running.stream().map(Entry::name).toList();
        }

        /** The names of the machines queued for a processor, in order. */
        public List<String> queuedNames() {
            return queued.stream().map(Entry::name).toList();
        }

        /** The names of the machines waiting for a page. */
        public List<String> pageWaitNames() {
            return pageWait.stream().map(Entry::name).toList();
        }

        /** The names of the eligible machines, in order. */
        public List<String> eligibleNames() {
            return eligible.stream().map(Entry::name).toList();
        }
    }
}
