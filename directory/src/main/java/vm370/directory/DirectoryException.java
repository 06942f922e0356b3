package vm370.directory;

/**
 * A host-side failure of the directory service (the database cannot be opened or written, a
 * configuration file is unreadable or wrong); its message is fit to show the user as is.
 */
public final class DirectoryException extends Exception {

    public DirectoryException(String message, Throwable cause) {
        super(message, cause);
    }

    public DirectoryException(String message) {
        super(message);
    }
}
