package vm370.cp.vm;

/**
 * What a DIAGNOSE X'68' subfunction comes to: the return code CP puts in Ry, and the same numbers
 * as the data transfer error code (VMCMEFLG) of a final response.
 * @vm370 DMKVMC
 */
public enum VmcfReturnCode {
    NORMAL(0),
    INVALID_BUFFER(1),
    INVALID_SUBFUNCTION(2),
    PROTOCOL_VIOLATION(3),
    NOT_AUTHORIZED(4),
    USER_NOT_AVAILABLE(5),
    PROTECTION_VIOLATION(6),
    SENDX_TOO_LARGE(7),
    DUPLICATE_MESSAGE(8),
    QUIESCED(9),
    MESSAGE_LIMIT_EXCEEDED(10),
    REPLY_CANCELED(11),
    MESSAGE_NOT_FOUND(12),
    SYNCHRONIZATION_ERROR(13),
    CANCEL_TOO_LATE(14),
    INCORRECT_LENGTH(16),
    DESTRUCTIVE_OVERLAP(17),
    PRIORITY_NOT_AUTHORIZED(18);

    private final int code;

    VmcfReturnCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
