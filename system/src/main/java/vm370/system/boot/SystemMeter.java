package vm370.system.boot;

import java.util.ArrayList;
import java.util.List;
import vm370.cp.ControlProgram;
import vm370.spool.SpoolSystem;

/**
 * Reads the real machine's counters (processor busy time, instructions, paging, users, storage,
 * spool) and turns two readings into the {@link SystemLoad} the operator's panel shows. A reading
 * costs CP one short lock of the dispatcher and of the frame pool; nothing here touches a CPU.
 */
final class SystemMeter {

    /** The counters at one moment. */
    record Reading(long nanos, long[] busyNanos, long instructions, long pageIns, long pageOuts, int users,
                   int storagePercent, int spoolFiles) {
    }

    private final ControlProgram cp;
    private final SpoolSystem spool;
    private Reading last;

    SystemMeter(ControlProgram cp, SpoolSystem spool) {
        this.cp = cp;
        this.spool = spool;
        this.last = read();
    }

    Reading read() {
        int storage = cp.framePool().framesInUse() * 100 / Math.max(1, cp.framePool().capacity());
        return new Reading(System.nanoTime(), cp.dispatcher().busyNanos(), cp.dispatcher().instructionsExecuted(),
                cp.framePool().pageIns(), cp.framePool().pageOuts(), cp.machines().size(), Math.min(100, storage),
                spool.manager().fileCount());
    }

    /** The load since the previous call (or since the meter was made). */
    SystemLoad sample() {
        Reading now = read();
        SystemLoad load = between(cp.config().systemName(), last, now);
        last = now;
        return load;
    }

    /** Rates over the interval between two readings; levels (users, storage, spool) as of the later. */
    static SystemLoad between(String systemName, Reading earlier, Reading later) {
        double seconds = Math.max(1, later.nanos() - earlier.nanos()) / 1e9;
        List<Integer> percent = new ArrayList<>();
        for (int p = 0; p < later.busyNanos().length; p++) {
            double busy = (later.busyNanos()[p] - earlier.busyNanos()[p]) / 1e9;
            percent.add((int) Math.max(0, Math.min(100, Math.round(busy * 100 / seconds))));
        }
        return new SystemLoad(systemName, percent, (later.instructions() - earlier.instructions()) / seconds / 1e6,
                (later.pageIns() - earlier.pageIns()) / seconds, (later.pageOuts() - earlier.pageOuts()) / seconds,
                later.users(), later.storagePercent(), later.spoolFiles());
    }
}
