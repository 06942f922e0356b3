package vm370.rscs.nje;

import java.util.Optional;

/**
 * A nodal message record (RCB X'9A'): a message to a user, a message from a node's RSCS, or a
 * command for another node's RSCS. Layout: NMRFLAG, NMRLEVEL (X'77'), NMRTYPE, NMRML (text length),
 * NMRTONOD(8), NMRTOQUL, NMROUT(8), NMRFMNOD(8), NMRFMQUL, then the text. A user message (type
 * X'0C') starts its text with the sender's userid (8); a command (flag X'80', with X'20' as NMROUT
 * holds a user) names in NMROUT who gets the replies.
 *
 * @param toUser   the addressee of a message; the one who gave a command
 * @param fromUser the sender of a user message; empty for system messages and commands
 */
public record NodalMessage(Kind kind, String toNode, String toUser, String fromNode, String fromUser, String text) {

    /** What the record carries: its flag and type bytes. */
    public enum Kind {
        USER_MESSAGE(0x20, 0x0C), SYSTEM_MESSAGE(0x20, 0x04), COMMAND(0xA0, 0x00);

        private final int flag;
        private final int type;

        Kind(int flag, int type) {
            this.flag = flag;
            this.type = type;
        }

        public int flag() {
            return flag;
        }

        public int type() {
            return type;
        }

        /** Commands have the X'80' flag; a message is a user's when its type says a sender comes first. */
        public static Kind parse(int flag, int type) {
            if ((flag & 0x80) != 0) {
                return COMMAND;
            }
            return (type & 0x08) != 0 ? USER_MESSAGE : SYSTEM_MESSAGE;
        }
    }

    private static final int LEVEL = 0x77;
    private static final int HEADER = 30;
    /** The longest text a record carries. */
    public static final int MAX_TEXT = 132;

    public byte[] encode() {
        String body = kind == Kind.USER_MESSAGE ? pad(fromUser) + text : text;
        byte[] encoded = Fields.EBCDIC.encode(body.length() > MAX_TEXT + 8 ? body.substring(0, MAX_TEXT + 8) : body);
        byte[] b = new byte[HEADER + encoded.length];
        b[0] = (byte) kind.flag;
        b[1] = (byte) LEVEL;
        b[2] = (byte) kind.type;
        b[3] = (byte) encoded.length;
        Fields.putName(b, 4, toNode, 8);
        Fields.putName(b, 13, toUser, 8);
        Fields.putName(b, 21, fromNode, 8);
        System.arraycopy(encoded, 0, b, HEADER, encoded.length);
        return b;
    }

    private static String pad(String user) {
        return String.format("%-8.8s", user);
    }

    /** The record, or empty when it is shorter than its header or its text length says. */
    public static Optional<NodalMessage> decode(byte[] b, int length) {
        if (length < HEADER) {
            return Optional.empty();
        }
        int textLength = Math.min(b[3] & 0xFF, length - HEADER);
        Kind kind = Kind.parse(b[0] & 0xFF, b[2] & 0xFF);
        String body = Fields.EBCDIC.decode(b, HEADER, textLength);
        String fromUser = "";
        if (kind == Kind.USER_MESSAGE && body.length() >= 8) {
            fromUser = body.substring(0, 8).strip();
            body = body.substring(8);
        }
        return Optional.of(new NodalMessage(kind, Fields.name(b, 4, 8), Fields.name(b, 13, 8), Fields.name(b, 21, 8),
                fromUser, body.stripTrailing()));
    }
}
