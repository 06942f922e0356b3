package vm370.terminals;

import java.time.Duration;
import vm370.terminals.datastream.OutboundRecord;
import vm370.terminals.screen.Screen;
import vm370.terminals.screen.TerminalType;

/**
 * A 3270 display: the host writes records, reads attentions, and keeps a mirror {@link Screen}
 * of what the terminal shows (its writes and the operator's input both applied to it).
 * The mirror belongs to the one thread that writes and reads.
 */
public sealed interface Display3270Terminal extends Terminal permits vm370.terminals.tn3270.Tn3270Terminal {

    /** Model, screen sizes and features, as negotiated and queried. */
    TerminalType type();

    /** True when connected in TN3270E mode. */
    boolean isTn3270e();

    /** The host's mirror of the screen. */
    Screen screen();

    /** Sends a record (and applies it to the mirror); false when the terminal is disconnected. */
    boolean write(OutboundRecord record);

    /** Waits for the next attention or the disconnection. */
    DisplayInput read() throws InterruptedException;

    /** Waits at most {@code timeout} for the next attention. */
    DisplayInput read(Duration timeout) throws InterruptedException;
}
