package vm370.spool.command;

import java.util.List;

/** The outcome of a spool command: response lines (and lines for other users), or a CP error message. */
public sealed interface CommandResult {

    /** The command worked; {@code lines} go to the issuer, {@code notices} to other users. */
    record Ok(List<String> lines, List<Notice> notices) implements CommandResult {
        public Ok {
            lines = List.copyOf(lines);
            notices = List.copyOf(notices);
        }
    }

    /**
     * The command failed; nothing changed. The return code is the message number, as CP gives it.
     * @param messageId for example {@code DMKCSU042E}
     */
    record Error(String messageId, String text, int returnCode) implements CommandResult {
        /** Id and text, as shown with SET EMSG ON. */
        public String line() {
            return messageId + " " + text;
        }
    }

    /** A line for another user (TRANSFER tells the receiver). */
    record Notice(String userid, String text) {}

    /** The response lines, or the message line of an error. */
    default List<String> output() {
        return switch (this) {
            case Ok ok -> ok.lines();
            case Error error -> List.of(error.line());
        };
    }

    static Ok ok(String... lines) {
        return new Ok(List.of(lines), List.of());
    }

    static Ok ok(List<String> lines) {
        return new Ok(lines, List.of());
    }
}
