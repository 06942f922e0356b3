package vm370.spool.file;

import java.time.LocalDateTime;

/**
 * One closed spool file's attributes (its records live in blocks of the spool database).
 * Immutable: every change makes a new value that the spool manager persists before it shows it.
 * @vm370 SFBLOK
 *
 * @param spoolId    1-9999, unique in the system while the file exists
 * @param owner      the user whose queue holds the file
 * @param origin     the user whose device made it
 * @param queue      reader, printer or punch queue
 * @param deviceType the device that made it (RDR for decks read on a real reader)
 * @param spoolClass A-Z or 0-9
 * @param records    number of records
 * @param userHold   held by its owner (HOLD on SPOOL, CLOSE or CHANGE)
 * @param systemHold held by the spooling operator
 * @param keep       stays in the queue after it has been printed, punched or read
 * @param message    the origin asked to be told when a real device takes it
 * @param tag        routing text of TAG, up to 136 characters (RSCS reads it)
 * @param sequence   position in its queue: lower first (ORDER lowers it)
 */
public record SpoolFile(int spoolId, String owner, String origin, SpoolQueue queue, DeviceType deviceType,
                        char spoolClass, String form, String dist, String fileName, String fileType,
                        int records, int copies, boolean userHold, boolean systemHold, boolean keep,
                        boolean message, String tag, LocalDateTime created, long sequence) {

    /** The longest TAG text. */
    public static final int MAX_TAG = 136;

    public SpoolFile {
        if (spoolId < 1 || spoolId > 9999) {
            throw new IllegalArgumentException("spool id: " + spoolId + " (expected: 1-9999)");
        }
        if (copies < 1 || copies > 99) {
            throw new IllegalArgumentException("copies: " + copies + " (expected: 1-99)");
        }
    }

    /** True when either hold keeps a reader or real device from taking the file. */
    public boolean held() {
        return userHold || systemHold;
    }

    /** QUERY's hold column: NONE, USER, SYS or USYS. */
    public String holdStatus() {
        return userHold ? (systemHold ? "USYS" : "USER") : (systemHold ? "SYS" : "NONE");
    }

    /** The same file in another user's queue (TRANSFER, delivery at CLOSE). */
    public SpoolFile movedTo(String newOwner, SpoolQueue newQueue, long newSequence) {
        return new SpoolFile(spoolId, newOwner, origin, newQueue, deviceType, spoolClass, form, dist, fileName,
                fileType, records, copies, userHold, systemHold, keep, message, tag, created, newSequence);
    }

    /** The same file at another place in its queue (ORDER). */
    public SpoolFile withSequence(long newSequence) {
        return movedTo(owner, queue, newSequence);
    }

    /** The same file with the attributes CHANGE may alter. */
    public SpoolFile changed(char newClass, int newCopies, boolean newUserHold, boolean newSystemHold,
                             String newFileName, String newFileType, String newDist, String newForm,
                             boolean newKeep, boolean newMessage) {
        return new SpoolFile(spoolId, owner, origin, queue, deviceType, newClass, newForm, newDist, newFileName,
                newFileType, records, newCopies, newUserHold, newSystemHold, newKeep, newMessage, tag, created, sequence);
    }

    /** The same file in (or out of) user hold: a HOLD reader or a KEEP file after it was read or printed. */
    public SpoolFile withUserHold(boolean hold) {
        return changed(spoolClass, copies, hold, systemHold, fileName, fileType, dist, form, keep, message);
    }

    /** The same file in (or out of) system hold: the operator's HOLD and FREE. */
    public SpoolFile withSystemHold(boolean hold) {
        return changed(spoolClass, copies, userHold, hold, fileName, fileType, dist, form, keep, message);
    }

    /** The same file with new TAG text. */
    public SpoolFile withTag(String newTag) {
        return new SpoolFile(spoolId, owner, origin, queue, deviceType, spoolClass, form, dist, fileName,
                fileType, records, copies, userHold, systemHold, keep, message, newTag, created, sequence);
    }
}
