package vm370.cms.xedit;

/**
 * One line of a file in storage. A line is an object so that line names and pending prefix
 * commands follow it when lines are inserted or deleted above it. Owned by its {@link EditFile}.
 */
final class Line {

    String text;
    /** Excluded from display (prefix X, ALL): with SCOPE DISPLAY, targets and moves pass over it. */
    boolean excluded;

    Line(String text) {
        this.text = text;
    }
}
