package vm370.spool.file;

/** The spool database failed (disk full, damaged file): a host fault, reported once by whoever catches it. */
public final class SpoolStoreException extends RuntimeException {
    public SpoolStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
