package vm370.cms.nucleus;

import java.util.Arrays;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.s370.storage.BigEndian;

/**
 * CMS's packed file format, written by COPYFILE (PACK and read back by (UNPACK: a RECFM F LRECL
 * 1024 file whose bytes are a 16-byte header and then the original records, compressed. The
 * manuals give only the outside (F 1024, a header record, the original format restored); the
 * inside is this project's, documented here so that other tools can read it:
 * <pre>
 * header   0-1  X'CBFF'             marks a packed file
 *          2    X'01'               version of this layout
 *          3    C'F' or C'V'        the original RECFM (EBCDIC)
 *          4-7  fullword            the original LRECL
 *          8-11 fullword            the number of records
 *          12-15 zeros              reserved
 * stream   the records back to back (a V record preceded by its halfword length), coded in runs:
 *          X'00'-X'7F' n            n+1 bytes follow as they are
 *          X'80'-X'FF' n, byte b    b repeated n-X'80'+3 times (3 to 130)
 * </pre>
 * Runs cross record boundaries; the last 1024-byte record is padded with zeros.
 * @vm370 DMSCPY
 */
final class PackedFile {

    static final int LRECL = 1024;
    static final int HEADER = 16;
    private static final int MARK = 0xCBFF;
    private static final int VERSION = 1;
    private static final int MAX_LITERAL = 128;
    private static final int MIN_RUN = 3;
    private static final int MAX_RUN = 130;
    private static final byte EBCDIC_F = (byte) 0xC6;
    private static final byte EBCDIC_V = (byte) 0xE5;

    private PackedFile() {
    }

    /** What the header of a packed file says of the original. */
    record Header(RecordFormat format, int lrecl, int records) {
    }

    /** How an unpack ended. */
    sealed interface Outcome {
        /** Every record was written. */
        record Done() implements Outcome {
        }

        /** The file system refused a read or a write. */
        record Failed(FsCode code) implements Outcome {
        }

        /** The stream is damaged: it ends early or holds a record of an impossible length. */
        record Damaged() implements Outcome {
        }
    }

    /** The header of {@code in} (a RECFM F LRECL 1024 file), or null when it is not a packed file. */
    static Header header(RecordReader in) {
        if (in.status().format() != RecordFormat.F || in.status().lrecl() != LRECL || in.status().records() < 1) {
            return null;
        }
        byte[] first = new byte[LRECL];
        if (in.read(1, first) != FsCode.OK || BigEndian.halfword(first, 0) != MARK || first[2] != VERSION) {
            return null;
        }
        RecordFormat format = first[3] == EBCDIC_F ? RecordFormat.F : first[3] == EBCDIC_V ? RecordFormat.V : null;
        int lrecl = BigEndian.word(first, 4);
        int records = BigEndian.word(first, 8);
        if (format == null || lrecl < 1 || lrecl > 65535 || records < 0) {
            return null;
        }
        return new Header(format, lrecl, records);
    }

    /** Packs every record of {@code in} into {@code out}, a RECFM F LRECL 1024 writer. */
    static FsCode pack(RecordReader in, RecordWriter out) {
        Encoder encoder = new Encoder(out);
        RecordFormat format = in.status().format();
        encoder.header(format, in.status().lrecl(), in.status().records());
        byte[] record = new byte[Math.max(1, in.status().lrecl())];
        byte[] length = new byte[2];
        for (int n = 1; n <= in.status().records(); n++) {
            FsCode code = in.read(n, record);
            if (code != FsCode.OK) {
                return code;
            }
            if (format == RecordFormat.V) {
                length[0] = (byte) (in.length() >>> 8);
                length[1] = (byte) in.length();
                encoder.add(length, 2);
            }
            encoder.add(record, in.length());
            if (encoder.failed != FsCode.OK) {
                return encoder.failed;
            }
        }
        return encoder.finish();
    }

    /** Unpacks the records after {@code header} from {@code in} into {@code out}, which has the original format. */
    static Outcome unpack(RecordReader in, Header header, RecordWriter out) {
        Decoder decoder = new Decoder(in);
        byte[] record = new byte[header.lrecl()];
        for (int n = 1; n <= header.records(); n++) {
            int length = header.lrecl();
            if (header.format() == RecordFormat.V) {
                int high = decoder.next();
                int low = decoder.next();
                length = high << 8 | low;
                if (high < 0 || low < 0 || length < 1 || length > header.lrecl()) {
                    return decoder.failed != FsCode.OK ? new Outcome.Failed(decoder.failed) : new Outcome.Damaged();
                }
            }
            for (int i = 0; i < length; i++) {
                int b = decoder.next();
                if (b < 0) {
                    return decoder.failed != FsCode.OK ? new Outcome.Failed(decoder.failed) : new Outcome.Damaged();
                }
                record[i] = (byte) b;
            }
            FsCode code = out.write(record, 0, length);
            if (code != FsCode.OK) {
                return new Outcome.Failed(code);
            }
        }
        return new Outcome.Done();
    }

    /** Codes bytes into runs and literals and fills the 1024-byte output records. */
    private static final class Encoder {
        private final RecordWriter out;
        private final byte[] block = new byte[LRECL];
        private final byte[] literal = new byte[MAX_LITERAL];
        private int used;
        private int literalLength;
        private int runByte = -1;
        private int runLength;
        /** The first write error; once set, nothing more is written. */
        private FsCode failed = FsCode.OK;

        Encoder(RecordWriter out) {
            this.out = out;
        }

        void header(RecordFormat format, int lrecl, int records) {
            block[0] = (byte) (MARK >>> 8);
            block[1] = (byte) MARK;
            block[2] = VERSION;
            block[3] = format == RecordFormat.F ? EBCDIC_F : EBCDIC_V;
            BigEndian.putWord(block, 4, lrecl);
            BigEndian.putWord(block, 8, records);
            used = HEADER;
        }

        void add(byte[] data, int length) {
            for (int i = 0; i < length; i++) {
                int b = data[i] & 0xFF;
                if (b == runByte && runLength < MAX_RUN) {
                    runLength++;
                } else {
                    endRun();
                    runByte = b;
                    runLength = 1;
                }
            }
        }

        /** A run of three or more becomes a repeat; a shorter one joins the literal bytes. */
        private void endRun() {
            if (runLength >= MIN_RUN) {
                endLiteral();
                emit(0x80 + runLength - MIN_RUN);
                emit(runByte);
            } else {
                for (int i = 0; i < runLength; i++) {
                    if (literalLength == MAX_LITERAL) {
                        endLiteral();
                    }
                    literal[literalLength++] = (byte) runByte;
                }
            }
            runLength = 0;
        }

        private void endLiteral() {
            if (literalLength > 0) {
                emit(literalLength - 1);
                for (int i = 0; i < literalLength; i++) {
                    emit(literal[i]);
                }
                literalLength = 0;
            }
        }

        private void emit(int b) {
            block[used++] = (byte) b;
            if (used == LRECL) {
                flush();
            }
        }

        private void flush() {
            if (failed == FsCode.OK) {
                failed = out.write(block, 0, LRECL);
            }
            Arrays.fill(block, (byte) 0);
            used = 0;
        }

        FsCode finish() {
            endRun();
            endLiteral();
            if (used > 0) {
                flush();
            }
            return failed;
        }
    }

    /** Reads the 1024-byte records after the header and expands the runs, one byte at a time. */
    private static final class Decoder {
        private final RecordReader in;
        private final byte[] block = new byte[LRECL];
        private int at = LRECL;
        private int next = 1;
        private int literalLeft;
        private int repeatLeft;
        private int repeatByte;
        private FsCode failed = FsCode.OK;

        Decoder(RecordReader in) {
            this.in = in;
            if (raw() >= 0) {
                at = HEADER;
            }
        }

        /** The next byte of the original records, or -1 at the end of the stream or on an error. */
        int next() {
            if (repeatLeft > 0) {
                repeatLeft--;
                return repeatByte;
            }
            if (literalLeft > 0) {
                literalLeft--;
                return raw();
            }
            int control = raw();
            if (control < 0) {
                return -1;
            }
            if (control < 0x80) {
                literalLeft = control;
                return raw();
            }
            repeatByte = raw();
            repeatLeft = control - 0x80 + MIN_RUN - 1;
            return repeatByte;
        }

        private int raw() {
            if (at == LRECL) {
                if (next > in.status().records()) {
                    return -1;
                }
                FsCode code = in.read(next++, block);
                if (code != FsCode.OK) {
                    failed = code;
                    return -1;
                }
                at = 0;
            }
            return block[at++] & 0xFF;
        }
    }
}
