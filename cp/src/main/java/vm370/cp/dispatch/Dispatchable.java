package vm370.cp.dispatch;

import java.util.function.IntSupplier;

/**
 * What the dispatcher knows of a virtual machine: its name, its priority and share, its projected
 * working set, and the accounting the dispatcher keeps for it. Fields are guarded by the
 * {@link Dispatcher}'s monitor.
 * @vm370 VMBLOK (scheduling fields)
 */
public class Dispatchable {

    /** The share every machine has unless SET SHARE says otherwise. */
    public static final int NORMAL_SHARE = 100;

    /** The working set projected for a machine that has not run yet, in pages. */
    static final int FIRST_WORKING_SET = 16;

    private final String name;
    private volatile int priority = 64;
    private volatile int share = NORMAL_SHARE;

    private volatile IntSupplier residentPages = () -> FIRST_WORKING_SET;
    /** How the dispatcher asks the machine's running code to come to {@link Dispatcher#yieldProcessor} soon. */
    private volatile Runnable askToYield = () -> { };

    Thread thread;
    boolean holding;
    /** The real processor held, meaningful while {@code holding}. */
    int processor;
    /** In the dispatch list (on a processor or queued for one), as opposed to eligible or dormant. */
    boolean inDispatchList;
    /** Pages the machine is expected to need while in the dispatch list: what it had resident when it last left. */
    int workingSet = FIRST_WORKING_SET;
    /** Time slices used since the machine entered the dispatch list. */
    int slicesInList;
    /** True when the machine was dropped from the dispatch list for using too many slices (E2, later Q2). */
    boolean longRunning;
    long sliceStart;
    /**
     * Set when a machine that ranks before this one became ready while this one held a processor:
     * its next {@link Dispatcher#yieldProcessor} gives the processor up before the slice ends.
     * Written under the dispatcher's monitor, read lock-free by the machine's thread.
     */
    volatile boolean preempted;
    long virtualTime;
    long arrival;
    volatile long cpuNanos;
    private volatile boolean granted;

    public Dispatchable(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** Dispatching priority, 1-99; lower runs first (SET PRIORITY). */
    public int priority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = Math.max(1, Math.min(99, priority));
    }

    /** Relative share of the processors, 1-10000; 100 is normal (SET SHARE). */
    public int share() {
        return share;
    }

    public void setShare(int share) {
        this.share = Math.max(1, Math.min(10_000, share));
    }

    /**
     * How to count the machine's resident pages; measured when it leaves the dispatch list to
     * project its working set for the next admission. Called on the machine's own thread.
     */
    public void measureWorkingSetBy(IntSupplier pages) {
        this.residentPages = pages;
    }

    /**
     * How to make the machine's running code reach {@link Dispatcher#yieldProcessor} soon (a virtual
     * CPU's early return from its run): called under the dispatcher's monitor, so it must only
     * set a flag.
     */
    public void yieldWhenAskedBy(Runnable ask) {
        this.askToYield = ask;
    }

    void askToYield() {
        askToYield.run();
    }

    int residentPagesNow() {
        return Math.max(1, residentPages.getAsInt());
    }

    /**
     * Real processor time used so far, in nanoseconds, including the slice the machine is in: a
     * machine that never waits (a loop, alone on its processor) is charged as it runs.
     */
    public long cpuNanos() {
        long charged = cpuNanos;
        long start = sliceStart;
        return holding ? charged + Math.max(0, System.nanoTime() - start) : charged;
    }

    void markGranted() {
        granted = true;
    }

    /** True once a processor has been handed to the machine; consumed by the waiting thread. */
    boolean granted() {
        if (granted) {
            granted = false;
            return true;
        }
        return false;
    }
}
