package vm370.directory;

/**
 * One error DIRECTXA found: the source line (0 for a change made through the API) and the reason.
 * {@link #message()} is what the user sees: {@code DMKDIR751E LINE 12: INVALID OPERAND - 3351}.
 */
public record DirectoryError(int line, DirectoryErrorKind kind, String detail) {

    public String message() {
        String where = line > 0 ? " LINE " + line + ":" : "";
        return kind.messageId() + where + " " + kind.text() + detail;
    }
}
