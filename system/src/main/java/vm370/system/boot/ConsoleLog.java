package vm370.system.boot;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import vm370.cp.vm.ConsoleOutput;

/**
 * The operator's console output kept for the screen: the last {@link #KEPT} lines, written by any
 * thread, read by the screen's thread. Guarded by {@code this}.
 */
final class ConsoleLog implements ConsoleOutput {

    static final int KEPT = 2000;

    private final ArrayDeque<String> lines = new ArrayDeque<>();
    private long written;

    @Override
    public synchronized void line(String text) {
        for (String part : text.split("\\R", -1)) {
            if (lines.size() == KEPT) {
                lines.removeFirst();
            }
            lines.addLast(part);
            written++;
        }
    }

    /** Lines written so far: the screen redraws when this changes. */
    synchronized long written() {
        return written;
    }

    /** The last {@code count} lines, oldest first. */
    synchronized List<String> last(int count) {
        List<String> all = new ArrayList<>(lines);
        return all.subList(Math.max(0, all.size() - count), all.size());
    }
}
