package vm370.rscs.nje;

import java.util.Optional;

/**
 * The job trailer (NJT) general section, 44 bytes, that closes a file before its end-of-file
 * record: RSCS gives the record count in NJTGCARD (a count peers don't check, as they shouldn't).
 */
public record JobTrailer(int records) {

    public static final int GENERAL_LENGTH = 44;

    public byte[] encode() {
        byte[] b = new byte[GENERAL_LENGTH];
        Fields.putHalf(b, 0, GENERAL_LENGTH);
        Fields.putWord(b, 32, records);
        return b;
    }

    public static Optional<JobTrailer> decode(byte[] b) {
        if (b.length < GENERAL_LENGTH || Fields.half(b, 0) < GENERAL_LENGTH || b[2] != 0) {
            return Optional.empty();
        }
        return Optional.of(new JobTrailer(Fields.word(b, 32)));
    }
}
