package vm370.cms.nucleus;

import java.util.Arrays;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.s370.text.Ebcdic;

/**
 * Moves the records COPYFILE selects from its input files to one output file, each in turn:
 * translated (EBCDIC, UPCASE, LOWCASE, TRANS), rebuilt by a SPECS list, laid over the output's
 * record of the same number (OVLY: a blank leaves the old character), then made an F record of
 * LRECL (padded with FILL) or a V record (cut at an LRECL given, trailing FILL gone with TRUNC).
 * The buffers are allocated once; a record that needs no change is written as it was read.
 * @vm370 DMSCPY
 */
final class CopyTransfer {

    /** How copying one input file ended. */
    sealed interface Outcome {
        record Copied(int records) implements Outcome {
        }

        /** FROM names a record past the file's end. */
        record PastEnd(int records) implements Outcome {
        }

        /** No record begins with the FRLABEL. */
        record NoLabel() implements Outcome {
        }

        record Failed(FsCode code) implements Outcome {
        }
    }

    private final RecordWriter writer;
    private final CopyOptions options;
    private final RecordFormat format;
    private final int lrecl;
    /** A V record's most bytes: the LRECL option, or no limit. */
    private final int variableLimit;
    private final byte[] table;
    private final CopySpecs specs;
    /** OVLY: the output file as it was, whose records the copied ones are laid over (null: none). */
    private final RecordReader overlaid;
    private final byte[] fromLabel;
    private final byte[] toLabel;
    private byte[] in;
    private byte[] edited;
    private byte[] old;
    private byte[] out;
    /** The number of the output record written last. */
    private int written;

    CopyTransfer(RecordWriter writer, CopyOptions options, int lrecl, byte[] table, CopySpecs specs,
            RecordReader overlaid) {
        this.writer = writer;
        this.options = options;
        this.format = writer.format();
        this.lrecl = lrecl;
        this.variableLimit = options.lrecl() > 0 ? options.lrecl() : Integer.MAX_VALUE;
        this.table = table;
        this.specs = specs;
        this.overlaid = overlaid;
        this.fromLabel = options.fromLabel() == null ? null : Supervisor.EBCDIC.encode(options.fromLabel());
        this.toLabel = options.toLabel() == null ? null : Supervisor.EBCDIC.encode(options.toLabel());
        int widest = Math.max(lrecl, specs == null ? 1 : specs.width());
        this.in = new byte[Math.max(widest, overlaid == null ? 1 : overlaid.status().lrecl())];
        this.edited = new byte[in.length];
        this.old = new byte[in.length];
        this.out = new byte[in.length];
    }

    /** Copies the records of one input file that FROM or FRLABEL and FOR or TOLABEL select. */
    Outcome copy(RecordReader reader) {
        int records = reader.status().records();
        if (options.from() > records) {
            return new Outcome.PastEnd(records);
        }
        grow(reader.status().lrecl());
        boolean plain = plain(reader);
        boolean started = fromLabel == null;
        int copied = 0;
        for (int n = options.from(); n <= records && copied < options.count(); n++) {
            FsCode code = n == options.from() ? reader.read(n, in) : reader.read(in);
            if (code != FsCode.OK) {
                return new Outcome.Failed(code);
            }
            int length = reader.length();
            started = started || begins(fromLabel, length);
            if (!started) {
                continue;
            }
            if (toLabel != null && begins(toLabel, length)) {
                break;
            }
            if (plain) {
                code = writer.write(in, 0, length);
            } else {
                length = edit(length);
                boolean overlays = overlaid != null && written < overlaid.status().records();
                code = overlays ? overlaid.read(written + 1, old) : FsCode.OK;
                if (code == FsCode.OK) {
                    code = write(overlays ? overlay(length, overlaid.length()) : length);
                }
            }
            if (code != FsCode.OK) {
                return new Outcome.Failed(code);
            }
            written++;
            copied++;
        }
        return started ? new Outcome.Copied(copied) : new Outcome.NoLabel();
    }

    /** OVLY: the output's records past the last one copied stay, in the output's format. */
    FsCode finish() {
        if (overlaid == null) {
            return FsCode.OK;
        }
        for (int n = written + 1; n <= overlaid.status().records(); n++) {
            FsCode code = overlaid.read(n, old);
            if (code != FsCode.OK) {
                return code;
            }
            System.arraycopy(old, 0, edited, 0, overlaid.length());
            code = write(overlaid.length());
            if (code != FsCode.OK) {
                return code;
            }
            written++;
        }
        return FsCode.OK;
    }

    /** Whether a record of this file goes out exactly as it was read. */
    private boolean plain(RecordReader reader) {
        boolean sameShape = format == reader.status().format() && (format == RecordFormat.F
                ? lrecl == reader.status().lrecl() : !options.trunc() && variableLimit >= reader.status().lrecl());
        return sameShape && table == null && specs == null && overlaid == null;
    }

    private boolean begins(byte[] label, int length) {
        return length >= label.length && Arrays.equals(in, 0, label.length, label, 0, label.length);
    }

    /** Translation, then SPECS: the record goes to {@code edited}; its length. */
    private int edit(int length) {
        if (table != null) {
            CopyTranslation.translate(table, in, length);
        }
        if (specs != null) {
            return specs.apply(in, length, edited);
        }
        System.arraycopy(in, 0, edited, 0, length);
        return length;
    }

    /** OVLY: {@code edited} laid over the output's record of the same number, if it has one; the length. */
    private int overlay(int length, int oldLength) {
        for (int i = 0; i < Math.min(length, oldLength); i++) {
            if (edited[i] == Ebcdic.SPACE) {
                edited[i] = old[i];
            }
        }
        if (oldLength > length) {
            System.arraycopy(old, length, edited, length, oldLength - length);
        }
        return Math.max(length, oldLength);
    }

    /** Writes {@code edited} as an F or V record of the output. */
    private FsCode write(int length) {
        if (format == RecordFormat.F) {
            int n = Math.min(length, lrecl);
            System.arraycopy(edited, 0, out, 0, n);
            Arrays.fill(out, n, lrecl, options.fill());
            return writer.write(out, 0, lrecl);
        }
        int end = Math.min(length, variableLimit);
        while (options.trunc() && end > 0 && edited[end - 1] == options.fill()) {
            end--;
        }
        if (end == 0) {
            edited[0] = Ebcdic.SPACE;
            end = 1;
        }
        return writer.write(edited, 0, end);
    }

    private void grow(int length) {
        if (length > in.length) {
            in = new byte[length];
            edited = new byte[length];
            old = new byte[length];
            out = new byte[length];
        }
    }
}
