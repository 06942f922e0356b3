package vm370.terminals;

import java.time.Duration;
import vm370.terminals.datastream.OutboundRecord;
import vm370.terminals.screen.Screen;
import vm370.terminals.screen.TerminalType;

/**
 * A 3270 display: the host writes records, reads attentions, and keeps a mirror {@link Screen}
 * of what the terminal shows (its writes and the operator's input both applied to it).
 * Writes and reads may come from different threads; look at the mirror from the reading thread
 * after a read returns.
 */
public sealed interface Display3270Terminal extends Terminal permits vm370.terminals.tn3270.Tn3270Terminal {

    /** Model, screen sizes and features, as negotiated and queried. */
    TerminalType type();

    /** True when connected in TN3270E mode. */
    boolean isTn3270e();

    /** The host's mirror of the screen. */
    Screen screen();

    /**
     * Sends a record (and applies it to the mirror); false when the terminal is disconnected.
     * @throws vm370.terminals.datastream.DataStreamException when the record does not fit the screen
     */
    boolean write(OutboundRecord record);

    /** Waits for the next attention or the disconnection. */
    DisplayInput read() throws InterruptedException;

    /** Waits at most {@code timeout} for the next attention. */
    DisplayInput read(Duration timeout) throws InterruptedException;
}
