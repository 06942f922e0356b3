package vm370.cms.rexx;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The program stack (CMS console stack): QUEUE adds FIFO, PUSH adds LIFO, PULL takes from the top.
 * MAKEBUF/DROPBUF buffers are kept so that CMS can share this one stack with its commands.
 * Owned by one virtual machine's thread.
 */
public final class ProgramStack {

    private final Deque<String> lines = new ArrayDeque<>();
    /** For each buffer, the number of lines below it when it was made. */
    private final List<Integer> buffers = new ArrayList<>();

    public void push(String line) {
        lines.addFirst(line);
    }

    /** Lines queued (FIFO) go below the lines of the newest buffer but above older buffers. */
    public void queue(String line) {
        if (buffers.isEmpty()) {
            lines.addLast(line);
            return;
        }
        int keepBelow = lines.size() - buffers.getLast();
        List<String> top = new ArrayList<>(keepBelow);
        for (int i = 0; i < keepBelow; i++) {
            top.add(lines.removeFirst());
        }
        lines.addFirst(line);
        for (int i = top.size() - 1; i >= 0; i--) {
            lines.addFirst(top.get(i));
        }
    }

    /** The top line, or null when the stack is empty. */
    public String pull() {
        String line = lines.pollFirst();
        while (!buffers.isEmpty() && buffers.getLast() > lines.size()) {
            buffers.removeLast();
        }
        return line;
    }

    public int queued() {
        return lines.size();
    }

    /** MAKEBUF: starts a new buffer; returns the number of buffers now on the stack. */
    public int makeBuffer() {
        buffers.add(lines.size());
        return buffers.size();
    }

    /** DROPBUF n: removes buffer n and every newer one with their lines (n = 0 or absent: the newest). */
    public void dropBuffer(int number) {
        int index = number <= 0 ? buffers.size() - 1 : number - 1;
        if (index < 0 || index >= buffers.size()) {
            return;
        }
        int keep = buffers.get(index);
        while (lines.size() > keep) {
            lines.removeFirst();
        }
        while (buffers.size() > index) {
            buffers.removeLast();
        }
    }

    public int bufferCount() {
        return buffers.size();
    }
}
