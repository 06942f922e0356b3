package vm370.cms.rexx;

/**
 * The active repetitive DO loops of one routine, innermost last. Frames are reused by depth so
 * entering a loop allocates nothing once the routine has run it before.
 */
final class Loops {

    /** The state of one active loop: its DO clause, TO and BY values and FOR count. */
    static final class Frame {
        Clauses.Do clause;
        String to;
        String by;
        boolean descending;
        long forRemaining;
        /** TO and BY are small whole numbers: the control variable can be stepped as a long. */
        boolean integralStep;
        long toValue;
        long byValue;
        /** The string the loop last stored in the control variable, and its value (null: not known). */
        String current;
        long counter;
    }

    private Frame[] frames = new Frame[8];
    private int depth;

    Frame push(Clauses.Do clause) {
        if (depth == frames.length) {
            frames = java.util.Arrays.copyOf(frames, depth * 2);
        }
        Frame f = frames[depth];
        if (f == null) {
            f = new Frame();
            frames[depth] = f;
        }
        depth++;
        f.clause = clause;
        f.to = null;
        f.by = null;
        f.descending = false;
        f.forRemaining = -1;
        f.integralStep = false;
        f.current = null;
        return f;
    }

    Frame top() {
        return depth == 0 ? null : frames[depth - 1];
    }

    void pop() {
        depth--;
    }

    void clear() {
        depth = 0;
    }

    int depth() {
        return depth;
    }

    void truncate(int newDepth) {
        depth = newDepth;
    }

    /** The innermost loop whose control variable is {@code name} (null name: the innermost loop), as a depth index or -1. */
    int find(String name) {
        for (int i = depth - 1; i >= 0; i--) {
            if (name == null || name.equals(frames[i].clause.controlName())) {
                return i;
            }
        }
        return -1;
    }

    Frame at(int index) {
        return frames[index];
    }
}
