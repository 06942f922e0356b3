package vm370.rscs.nje;

import java.util.Optional;
import vm370.s370.storage.BigEndian;

/**
 * The job trailer (NJT) general section, 44 bytes, that closes a file before its end-of-file
 * record: RSCS gives the record count in NJTGCARD (a count peers don't check, as they shouldn't).
 */
public record JobTrailer(int records) {

    public static final int GENERAL_LENGTH = 44;

    public byte[] encode() {
        byte[] b = new byte[GENERAL_LENGTH];
        BigEndian.putHalfword(b, 0, GENERAL_LENGTH);
        BigEndian.putWord(b, 32, records);
        return b;
    }

    public static Optional<JobTrailer> decode(byte[] b) {
        if (b.length < GENERAL_LENGTH || BigEndian.halfword(b, 0) < GENERAL_LENGTH || b[2] != 0) {
            return Optional.empty();
        }
        return Optional.of(new JobTrailer(BigEndian.word(b, 32)));
    }
}
