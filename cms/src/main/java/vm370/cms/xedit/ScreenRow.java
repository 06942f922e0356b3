package vm370.cms.xedit;

/** What one row of the XEDIT file area shows, so that what the user typed there can be put back. */
sealed interface ScreenRow {

    /** A file line (0 Top of File, size+1 End of File). */
    record FileLine(int index) implements ScreenRow {
    }

    /** A shadow line standing for {@code count} excluded lines from {@code first}. */
    record Shadow(int first, int count) implements ScreenRow {
    }

    /** In input mode: an empty row to type a new line into, in order. */
    record InputSlot(int order) implements ScreenRow {
    }

    /** The scale line. */
    record Scale() implements ScreenRow {
    }

    /** Nothing (above Top of File, below End of File). */
    record Empty() implements ScreenRow {
    }
}
