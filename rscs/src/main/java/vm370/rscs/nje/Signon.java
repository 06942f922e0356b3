package vm370.rscs.nje;

import java.util.Optional;
import vm370.s370.storage.BigEndian;

/**
 * The signon control record (NCCR) of RCB X'F0': 'I' from the side that opened, 'J' in answer.
 * Parsed by its length byte, so the short 37-byte form real peers send is taken as well as longer
 * ones; RSCS sends the 37-byte form. Layout: length, NCCINODE(8), NCCIQUAL, NCCIEVNT(4),
 * NCCIREST(2), NCCIBFSZ(2), line password(8), node password(8), NCCIFLG, NCCIFEAT.
 *
 * @param node       the sender's node name
 * @param event      NCCIEVNT: 0 in I, X'FFFFFFFF' in J
 * @param bufferSize the largest block the sender takes
 */
public record Signon(Srcb type, String node, int qualifier, int event, int resistance, int bufferSize,
                     String linePassword, String nodePassword) {

    public static final int LENGTH = 37;
    private static final int MINIMUM = 35;

    public static Signon initial(String node, int bufferSize) {
        return new Signon(Srcb.SIGNON_INITIAL, node, 1, 0, 0, bufferSize, "", "");
    }

    public static Signon response(String node, int bufferSize) {
        return new Signon(Srcb.SIGNON_RESPONSE, node, 1, 0xFFFFFFFF, 0, bufferSize, "", "");
    }

    public byte[] encode() {
        byte[] b = new byte[LENGTH];
        b[0] = (byte) LENGTH;
        Fields.putName(b, 1, node, 8);
        b[9] = (byte) qualifier;
        BigEndian.putWord(b, 10, event);
        BigEndian.putHalfword(b, 14, resistance);
        BigEndian.putHalfword(b, 16, bufferSize);
        Fields.putName(b, 18, linePassword, 8);
        Fields.putName(b, 26, nodePassword, 8);
        return b;
    }

    /** The record of a general-control SRCB, or empty when it is too short for its fields. */
    public static Optional<Signon> decode(Srcb type, byte[] b, int length) {
        int declared = length > 0 ? b[0] & 0xFF : 0;
        if (length < MINIMUM || declared < MINIMUM) {
            return Optional.empty();
        }
        return Optional.of(new Signon(type, Fields.name(b, 1, 8), b[9] & 0xFF, BigEndian.word(b, 10),
                BigEndian.halfword(b, 14), BigEndian.halfword(b, 16), Fields.name(b, 18, 8), Fields.name(b, 26, 8)));
    }
}
