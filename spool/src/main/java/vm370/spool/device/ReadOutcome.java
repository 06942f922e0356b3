package vm370.spool.device;

/** What one read of a virtual reader found. */
public enum ReadOutcome {
    /** A record was copied; its length and command code are on the reader. */
    RECORD,
    /** The end of a file (CP presents unit exception); the next read starts the next file. */
    END_OF_FILE,
    /** No file to read (CP presents unit check, intervention required). */
    NOT_READY
}
