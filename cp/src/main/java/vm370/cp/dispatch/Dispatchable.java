package vm370.cp.dispatch;

/**
 * What the dispatcher knows of a virtual machine: its name, its priority and share, and the
 * accounting the dispatcher keeps for it. Fields are guarded by the {@link Dispatcher}'s monitor.
 */
public class Dispatchable {

    /** The share every machine has unless SET SHARE says otherwise. */
    public static final int NORMAL_SHARE = 100;

    private final String name;
    private volatile int priority = 64;
    private volatile int share = NORMAL_SHARE;

    Thread thread;
    boolean holding;
    /** The real processor held, meaningful while {@code holding}. */
    int processor;
    long sliceStart;
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

    /** Real processor time used so far, in nanoseconds. */
    public long cpuNanos() {
        return cpuNanos;
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
