package vm370.spool.device;

import vm370.spool.file.SpoolFile;

/** What CLOSE did to a punch or printer. */
public sealed interface CloseResult {

    /** The file is closed and in its queue; {@code response} is CP's line, or empty when it says nothing. */
    record Closed(SpoolFile file, String response) implements CloseResult {}

    /** CLOSE PURGE threw the open file away. */
    record Purged(int spoolId) implements CloseResult {}

    /** The device was spooled CONT: the file stays open until NOCONT. */
    record Continued(int spoolId) implements CloseResult {}

    /** No file was open (no record written since the last CLOSE). */
    record NothingOpen() implements CloseResult {}
}
