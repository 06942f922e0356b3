package vm370.terminals;

/** What a read of a line-mode terminal returns. */
public sealed interface LineInput {

    /** One line the user ended with RETURN. */
    record Line(String text) implements LineInput {
    }

    /** The user sent BREAK or interrupt (telnet BRK or IP): the typewriter's attention key. */
    record Attention() implements LineInput {
    }

    /** The terminal is gone. */
    record Disconnected(String reason) implements LineInput {
    }

    /** Nothing arrived within the timeout. */
    record TimedOut() implements LineInput {
    }
}
