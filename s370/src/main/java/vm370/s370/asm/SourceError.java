package vm370.s370.asm;

/**
 * A fault in the source found while parsing one statement: it ends that statement's processing and
 * becomes a {@link Diagnostic}. Stackless: it is a report about the user's text, not a program bug.
 */
final class SourceError extends RuntimeException {

    private final transient Message kind;
    private final transient Object[] arguments;

    SourceError(Message kind, Object... arguments) {
        super(kind.name(), null, false, false);
        this.kind = kind;
        this.arguments = arguments;
    }

    Message kind() {
        return kind;
    }

    String text() {
        return kind.text(arguments);
    }
}
