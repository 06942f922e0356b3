package vm370.spool.device;

/**
 * Operands of CLOSE for a punch or printer: HOLD/NOHOLD (else as spooled), PURGE, NAME fn ft, DIST.
 * Null name, type or dist keep the file's own.
 */
public record CloseOptions(Hold hold, boolean purge, String fileName, String fileType, String dist) {

    /** CLOSE with no operands. */
    public static final CloseOptions PLAIN = new CloseOptions(Hold.AS_SPOOLED, false, null, null, null);

    /** The hold operand of CLOSE. */
    public enum Hold { AS_SPOOLED, HOLD, NOHOLD }

    /** CLOSE NAME fn ft. */
    public static CloseOptions named(String fileName, String fileType) {
        return new CloseOptions(Hold.AS_SPOOLED, false, fileName, fileType, null);
    }
}
