package vm370.cms.fs;

import java.io.IOException;

/**
 * Reads the records of one file, sequentially or by number, as FSREAD does. Not thread-safe: one
 * reader belongs to one caller. Record lengths come back through {@link #length()}.
 */
public final class RecordReader extends FileData {

    private final FileStatus file;
    private int next = 1;
    private long nextOffset;
    private int length;

    RecordReader(BlockDevice device, FileStatus file, BlockList blocks) {
        super(device, blocks);
        this.file = file;
    }

    /** The file's FST as it was when opened. */
    public FileStatus status() {
        return file;
    }

    /** The length of the record last read. */
    public int length() {
        return length;
    }

    /** The number the next sequential read returns. */
    public int nextRecord() {
        return next;
    }

    /** Reads the next record into {@code into}. */
    public FsCode read(byte[] into) {
        return read(next, into);
    }

    /** Reads record {@code record} (1-origin) into {@code into}; the next sequential read follows it. */
    public FsCode read(int record, byte[] into) {
        if (record < 1) {
            return FsCode.BAD_RECORD_NUMBER;
        }
        if (record > file.records()) {
            return FsCode.END_OF_FILE;
        }
        try {
            return file.format() == RecordFormat.F ? readFixed(record, into) : readVariable(record, into);
        } catch (IOException e) {
            return FsCode.IO_ERROR;
        }
    }

    private FsCode readFixed(int record, byte[] into) throws IOException {
        int lrecl = file.lrecl();
        int n = Math.min(lrecl, into.length);
        readBytes((long) (record - 1) * lrecl, into, 0, n);
        length = n;
        next = record + 1;
        return n < lrecl ? FsCode.BUFFER_TOO_SMALL : FsCode.OK;
    }

    private FsCode readVariable(int record, byte[] into) throws IOException {
        long offset = record == next ? nextOffset : locateVariable(record);
        int recordLength = variableLength(offset);
        int n = Math.min(recordLength, into.length);
        readBytes(offset + 2, into, 0, n);
        length = n;
        next = record + 1;
        nextOffset = offset + 2 + recordLength;
        return n < recordLength ? FsCode.BUFFER_TOO_SMALL : FsCode.OK;
    }

    @Override
    void writeBack() {
    }
}
