package vm370.directory;

import java.util.Locale;

/**
 * Why DIRECTXA rejects a directory source: one row per error class, with the message number and
 * text CP prints. The numbers are this system's (VM/370's DMKDIR numbering is not documented here).
 */
public enum DirectoryErrorKind {
    //                          id     text (the detail follows)
    INVALID_OPERAND          (751, "INVALID OPERAND - "),
    SEQUENCE_ERROR           (752, "STATEMENT SEQUENCE ERROR - "),
    UNKNOWN_STATEMENT        (753, "UNKNOWN STATEMENT - "),
    MISSING_OPERAND          (754, "MISSING OPERAND - "),
    DUPLICATE_USER           (755, "DUPLICATE USERID - "),
    DUPLICATE_ADDRESS        (756, "DUPLICATE VIRTUAL ADDRESS - "),
    OVERLAP                  (757, "MINIDISK OVERLAP - "),
    PAST_END_OF_VOLUME       (758, "EXTENT PAST END OF VOLUME - "),
    UNKNOWN_VOLUME           (759, "VOLUME NOT IN SYSTEM CONFIGURATION - "),
    LINK_UNKNOWN_USER        (760, "LINK TO UNKNOWN USER - "),
    LINK_UNKNOWN_DEVICE      (761, "LINK TO UNKNOWN DEVICE - "),
    UNKNOWN_PROFILE          (762, "PROFILE NOT FOUND - "),
    DEVICE_TYPE_MISMATCH     (763, "DEVICE TYPE DOES NOT MATCH VOLUME - "),
    TOO_MANY_OPERANDS        (764, "TOO MANY OPERANDS - "),
    STORAGE_EXCEEDS_MAXIMUM  (765, "STORAGE EXCEEDS MAXIMUM - "),
    NO_FREE_EXTENT           (766, "NO FREE EXTENT - "),
    UNKNOWN_USER             (767, "USER NOT IN DIRECTORY - "),
    LOGONBY_UNKNOWN_USER     (768, "LOGONBY USER NOT IN DIRECTORY - ");

    private final int number;
    private final String text;

    DirectoryErrorKind(int number, String text) {
        this.number = number;
        this.text = text;
    }

    /** The message identifier, such as {@code DMKDIR751E}. */
    public String messageId() {
        return String.format(Locale.ROOT, "DMKDIR%03dE", number);
    }

    String text() {
        return text;
    }
}
