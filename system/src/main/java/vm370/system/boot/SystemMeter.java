package vm370.system.boot;

import java.util.ArrayList;
import java.util.List;
import vm370.cp.ControlProgram;
import vm370.spool.SpoolSystem;

/**
 * Reads the real machine's counters (processor busy time, instructions, paging, users, spool) and
 * turns two readings into the {@link SystemLoad} the operator's panel shows. Reading costs CP one
 * short lock of the dispatcher and of the frame pool; nothing here touches a machine's CPU.
 */
final class SystemMeter {

    /** The counters at one moment. */
    record Reading(long nanos, long[] busyNanos, long instructions, long pageIns, long pageOuts) {
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
        return new Reading(System.nanoTime(), cp.dispatcher().busyNanos(), cp.dispatcher().instructionsExecuted(),
                cp.framePool().pageIns(), cp.framePool().pageOuts());
    }

    /** The load since the previous call (or since the meter was made). */
    SystemLoad sample() {
        Reading now = read();
        SystemLoad load = between(last, now);
        last = now;
        return load;
    }

    SystemLoad between(Reading earlier, Reading later) {
        double seconds = Math.max(1, later.nanos() - earlier.nanos()) / 1e9;
        List<Integer> percent = new ArrayList<>();
        for (int p = 0; p < later.busyNanos().length; p++) {
            double busy = (later.busyNanos()[p] - earlier.busyNanos()[p]) / 1e9;
            percent.add((int) Math.max(0, Math.min(100, Math.round(busy * 100 / seconds))));
        }
        int storage = cp.framePool().framesInUse() * 100 / Math.max(1, cp.framePool().capacity());
        return new SystemLoad(cp.config().systemName(), percent,
                (later.instructions() - earlier.instructions()) / seconds / 1e6,
                (later.pageIns() - earlier.pageIns()) / seconds, (later.pageOuts() - earlier.pageOuts()) / seconds,
                cp.machines().size(), Math.min(100, storage), spool.manager().fileCount());
    }
}
