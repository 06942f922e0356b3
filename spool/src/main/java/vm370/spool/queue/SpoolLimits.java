package vm370.spool.queue;

/**
 * How much the spool may hold: files and records for the whole system and for each user.
 * Open files count as they are written, so a runaway punch stops at the limit, not after it.
 */
public record SpoolLimits(int maxFiles, long maxRecords, int maxFilesPerUser, long maxRecordsPerUser) {

    /** No limit but the 9,999 spool ids. */
    public static final SpoolLimits NONE = new SpoolLimits(9999, Long.MAX_VALUE, 9999, Long.MAX_VALUE);

    public SpoolLimits {
        if (maxFiles < 1 || maxFiles > 9999 || maxFilesPerUser < 1 || maxRecords < 1 || maxRecordsPerUser < 1) {
            throw new IllegalArgumentException("spool limits: " + maxFiles + " files, " + maxRecords + " records, "
                    + maxFilesPerUser + " files per user, " + maxRecordsPerUser
                    + " records per user (expected: positive, files at most 9999)");
        }
    }
}
