package vm370.terminals.datastream;

/**
 * A 3270 data-stream record that breaks the rules of GA23-0059 (a truncated order, an address
 * beyond the buffer, an unknown command). A peer that sends one is misbehaving; the session
 * that catches it decides whether to drop the peer.
 */
public final class DataStreamException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataStreamException(String message) {
        super(message, null, false, false);
    }
}
