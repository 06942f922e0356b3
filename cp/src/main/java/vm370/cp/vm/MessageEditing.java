package vm370.cp.vm;

import java.util.Locale;
import java.util.Optional;

/**
 * SET EMSG: how much of an error message the user sees — the whole message (ON), its text without
 * the identifier (TEXT, the default), only the identifier (CODE), or nothing (OFF). CP applies it to
 * its own messages and, through DIAGNOSE 5C, a guest applies it to its messages.
 */
public enum MessageEditing {
    ON, TEXT, CODE, OFF;

    /** The setting a {@code SET EMSG} operand names, if it names one. */
    public static Optional<MessageEditing> parse(String operand) {
        for (MessageEditing value : values()) {
            if (value.name().equals(operand.toUpperCase(Locale.ROOT))) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The word QUERY SET shows: {@code EMSG TEXT}. */
    public String operand() {
        return name();
    }
}
