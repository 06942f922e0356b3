package vm370.terminals;

import vm370.terminals.datastream.Aid;
import vm370.terminals.datastream.InboundRecord;

/** What a read of a 3270 display returns. */
public sealed interface DisplayInput {

    /**
     * The operator pressed an AID key (or the terminal answered a host read); the host's screen
     * mirror already holds what was typed.
     */
    record Attention(InboundRecord record) implements DisplayInput {
        public Aid aid() {
            return record.aid();
        }
    }

    /** The terminal is gone. */
    record Disconnected(String reason) implements DisplayInput {
    }

    /** Nothing arrived within the timeout. */
    record TimedOut() implements DisplayInput {
    }
}
