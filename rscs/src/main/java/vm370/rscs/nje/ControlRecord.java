package vm370.rscs.nje;

import java.util.Optional;
import vm370.s370.storage.BigEndian;

/**
 * The TCPNJE control record, 33 bytes sent before any framing: OPEN from the side that connects,
 * answered by ACK or NAK (with the reason). Names are EBCDIC, blank-padded to 8; IP addresses are
 * four binary bytes. In ACK and NAK the responder swaps the requesting and other host.
 *
 * @param type             OPEN, ACK or NAK
 * @param requestingHost   RHOST: the node that sent the OPEN
 * @param requestingIp     RIP
 * @param otherHost        OHOST: the node it wants to reach
 * @param otherIp          OIP
 * @param reason           R: 0, or a {@link NakReason} code
 */
public record ControlRecord(Type type, String requestingHost, int requestingIp, String otherHost, int otherIp,
                            int reason) {

    /** The record's fixed length. */
    public static final int LENGTH = 33;

    /** The record's type field. */
    public enum Type {
        OPEN("OPEN"), ACK("ACK"), NAK("NAK");

        private final String text;

        Type(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        public static Optional<Type> parse(String text) {
            for (Type t : values()) {
                if (t.text.equals(text)) {
                    return Optional.of(t);
                }
            }
            return Optional.empty();
        }
    }

    /** Why an OPEN was refused (the R byte of a NAK). */
    public enum NakReason {
        NO_SUCH_LINK(1), LINK_ACTIVE(2), OPEN_PENDING(3);

        private final int code;

        NakReason(int code) {
            this.code = code;
        }

        public int code() {
            return code;
        }

        public static Optional<NakReason> parse(int code) {
            for (NakReason r : values()) {
                if (r.code == code) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }

    public static ControlRecord open(String from, int fromIp, String to, int toIp) {
        return new ControlRecord(Type.OPEN, from, fromIp, to, toIp, 0);
    }

    /** The answer to this OPEN: the hosts swapped, as the responder sends it. */
    public ControlRecord answer(Type answer, int answerReason) {
        return new ControlRecord(answer, otherHost, otherIp, requestingHost, requestingIp, answerReason);
    }

    public byte[] encode() {
        byte[] b = new byte[LENGTH];
        Fields.putName(b, 0, type.text, 8);
        Fields.putName(b, 8, requestingHost, 8);
        BigEndian.putWord(b, 16, requestingIp);
        Fields.putName(b, 20, otherHost, 8);
        BigEndian.putWord(b, 28, otherIp);
        b[32] = (byte) reason;
        return b;
    }

    /** The record in 33 bytes, or empty when the type is none of OPEN, ACK, NAK (a garbage peer). */
    public static Optional<ControlRecord> decode(byte[] b) {
        if (b.length != LENGTH) {
            return Optional.empty();
        }
        return Type.parse(Fields.name(b, 0, 8)).map(t -> new ControlRecord(t, Fields.name(b, 8, 8),
                BigEndian.word(b, 16), Fields.name(b, 20, 8), BigEndian.word(b, 28), b[32] & 0xFF));
    }
}
