package vm370.rscs.nje;

import java.util.Optional;
import vm370.s370.storage.BigEndian;

/**
 * The data set header (NDH): its 112-byte general section, which routes the file (NDHGNODE,
 * NDHGRMT), and the 180-byte RSCS section (type X'87') that carries the VM file's name, type,
 * class, distribution code and TAG, as peers that take the file name from it need.
 *
 * @param punch true for a punch file (cards, no carriage control), false for a print file
 */
public record DatasetHeader(String destinationNode, String destinationUser, String fileName, String fileType,
                            char spoolClass, int records, boolean punch, String form, String dist, String tag) {

    public static final int GENERAL_LENGTH = 112;
    public static final int RSCS_LENGTH = 180;
    private static final int RSCS_TYPE = 0x87;
    private static final int ORIGIN_PUNCH = 0x82;
    private static final int ORIGIN_PRINTER = 0x41;
    private static final int PRIORITY = 50;

    /** The record length the file's records are padded to. */
    public int recordLength() {
        return punch ? 80 : 132;
    }

    public byte[] encode() {
        byte[] b = new byte[GENERAL_LENGTH + RSCS_LENGTH];
        byte cls = Fields.EBCDIC.encode(String.valueOf(spoolClass))[0];
        BigEndian.putHalfword(b, 0, GENERAL_LENGTH);
        Fields.putName(b, 4, destinationNode, 8);
        Fields.putName(b, 12, destinationUser, 8);
        Fields.putName(b, 20, fileName, 8);
        Fields.putName(b, 28, fileType, 8);
        Fields.putName(b, 36, "", 8);
        BigEndian.putHalfword(b, 44, 1);
        b[47] = cls;
        BigEndian.putWord(b, 48, records);
        b[53] = (byte) (punch ? 0x80 : 0x84);
        BigEndian.putHalfword(b, 54, recordLength());
        b[56] = 1;
        Fields.putName(b, 60, form, 8);
        Fields.putName(b, 68, "", 32);
        Fields.putName(b, 104, "", 8);
        int r = GENERAL_LENGTH;
        BigEndian.putHalfword(b, r, RSCS_LENGTH);
        b[r + 2] = (byte) RSCS_TYPE;
        b[r + 5] = cls;
        b[r + 6] = (byte) (punch ? ORIGIN_PUNCH : ORIGIN_PRINTER);
        Fields.putName(b, r + 8, dist, 8);
        Fields.putName(b, r + 16, fileName, 12);
        Fields.putName(b, r + 28, fileType, 12);
        BigEndian.putHalfword(b, r + 40, PRIORITY);
        b[r + 42] = 2;
        b[r + 43] = 1;
        Fields.putText(b, r + 44, tag, 136);
        return b;
    }

    /**
     * The header from its sections. Routing comes from the general section; name, type and tag
     * from the RSCS section when there is one (a peer without it names the file from NDHGPROC/STEP).
     */
    public static Optional<DatasetHeader> decode(byte[] b) {
        if (b.length < GENERAL_LENGTH || BigEndian.halfword(b, 0) < GENERAL_LENGTH || b[2] != 0) {
            return Optional.empty();
        }
        String fileName = Fields.name(b, 20, 8);
        String fileType = Fields.name(b, 28, 8);
        char spoolClass = Fields.EBCDIC.toChar(b[47] & 0xFF);
        boolean punch = BigEndian.halfword(b, 54) <= 80;
        String dist = "";
        String tag = "";
        for (int at = BigEndian.halfword(b, 0); at + 4 <= b.length; ) {
            int length = BigEndian.halfword(b, at);
            if (length < 4 || at + length > b.length) {
                return Optional.empty();
            }
            if ((b[at + 2] & 0xFF) == RSCS_TYPE && length >= RSCS_LENGTH) {
                punch = (b[at + 6] & 0xFF) != ORIGIN_PRINTER;
                dist = Fields.name(b, at + 8, 8);
                fileName = Fields.name(b, at + 16, 12);
                fileType = Fields.name(b, at + 28, 12);
                tag = Fields.name(b, at + 44, 136);
            }
            at += length;
        }
        return Optional.of(new DatasetHeader(Fields.name(b, 4, 8), Fields.name(b, 12, 8), fileName, fileType,
                spoolClass, BigEndian.word(b, 48), punch, Fields.name(b, 60, 8), dist, tag));
    }

    /** The same file sent elsewhere (returned to its sender). */
    public DatasetHeader routedTo(String node, String user) {
        return new DatasetHeader(node, user, fileName, fileType, spoolClass, records, punch, form, dist, tag);
    }
}
