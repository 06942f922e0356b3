package vm370.spool.device;

import vm370.spool.queue.SpoolFull;

/** What became of one record written to a spooled punch or printer. */
public enum WriteOutcome {
    /** The record is in the open spool file. */
    WRITTEN,
    /** The device has no such command (CP presents unit check, command reject). */
    COMMAND_REJECT,
    /** The system spool is full; nothing was written (CP presents intervention required). */
    SYSTEM_SPOOL_FULL,
    /** The user's spool limit is reached; nothing was written. */
    USER_SPOOL_FULL;

    static WriteOutcome of(SpoolFull full) {
        return switch (full) {
            case SYSTEM -> SYSTEM_SPOOL_FULL;
            case USER -> USER_SPOOL_FULL;
        };
    }

    /** The VM/370 message for a full spool; empty for the other outcomes. */
    public String message() {
        return switch (this) {
            case SYSTEM_SPOOL_FULL -> SpoolFull.SYSTEM.message();
            case USER_SPOOL_FULL -> SpoolFull.USER.message();
            case WRITTEN, COMMAND_REJECT -> "";
        };
    }
}
