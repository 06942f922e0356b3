package vm370.cp.paging;

/**
 * What a machine does while one of its pages is read back from the paging file: when its program's
 * own instruction faulted, CP takes its real processor for another machine during the read and
 * gives it back after (page wait); in CP's work it simply reads (the rule: this package's doc).
 * Called on the machine's own thread, with its storage lock held.
 */
@FunctionalInterface
public interface PageWait {

    /** No page wait: the read simply happens (storage not run by a dispatched machine). */
    PageWait NONE = Runnable::run;

    /** Runs {@code pageRead}, waiting for it as the machine's state requires. */
    void during(Runnable pageRead);
}
