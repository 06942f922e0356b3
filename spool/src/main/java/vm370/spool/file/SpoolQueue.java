package vm370.spool.file;

/**
 * The queue a closed spool file waits in: a user's reader, or the system printer or punch queue
 * that real devices empty. QUERY RDR, PRT and PUN each list one of them.
 */
public enum SpoolQueue {
    READER("RDR"), PRINTER("PRT"), PUNCH("PUN");

    private final String code;

    SpoolQueue(String code) {
        this.code = code;
    }

    /** The three-letter form stored in the database and used in responses. */
    public String code() {
        return code;
    }

    /** Parses the three-letter form; null when it is none of them. */
    public static SpoolQueue parse(String code) {
        for (SpoolQueue queue : values()) {
            if (queue.code.equals(code)) {
                return queue;
            }
        }
        return null;
    }
}
