package vm370.spool.queue;

/** Why the spool refused a new file or record; each has the VM/370-style message a user sees. */
public enum SpoolFull {
    /** The system spool holds as many files or records as it may. */
    SYSTEM("DMKCKS509E SYSTEM SPOOL SPACE FULL"),
    /** This user holds as many files or records as a user may. */
    USER("DMKCKS510E USER SPOOL SPACE LIMIT EXCEEDED");

    private final String message;

    SpoolFull(String message) {
        this.message = message;
    }

    /** The message, id and text. */
    public String message() {
        return message;
    }
}
