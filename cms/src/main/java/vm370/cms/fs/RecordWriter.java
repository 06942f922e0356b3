package vm370.cms.fs;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.BitSet;
import vm370.s370.storage.BigEndian;

/**
 * Writes the records of one file, sequentially or by number, as FSWRITE does. Data goes into a
 * buffered block that is written when the writer moves past it; the FST, pointer blocks and
 * allocation map are committed once, at {@link #close()}. A block of the committed file is never
 * rewritten in place: a changed block goes to a new one and the old is freed by the commit.
 */
public final class RecordWriter extends FileData {

    private static final int MAX_VARIABLE = 65535;

    private final CmsDisk disk;
    private final FileId id;
    private final RecordFormat format;
    private final boolean newFile;
    /** Blocks of the version being replaced; freed by the commit that makes this one current. */
    private final BlockList release;
    /** Logical blocks allocated by this writer, which it may rewrite in place. */
    private final BitSet fresh = new BitSet();
    private final BlockList freshBlocks = new BlockList();
    private final byte[] header = new byte[2];
    private int lrecl;
    private int records;
    private long end;
    private int next;
    private boolean dirty;
    private boolean closed;
    /** The date the file is given at close instead of the time of the close (COPYFILE OLDDATE); null: none. */
    private LocalDateTime dated;

    RecordWriter(CmsDisk disk, FileId id, RecordFormat format, int lrecl, BlockList blocks, BlockList release,
            int records, boolean newFile) throws IOException {
        super(disk.device(), blocks);
        this.disk = disk;
        this.id = id;
        this.format = format;
        this.lrecl = format == RecordFormat.V && records == 0 ? 0 : lrecl;
        this.release = release;
        this.records = records;
        this.newFile = newFile;
        this.next = records + 1;
        if (format == RecordFormat.V && records > 0) {
            long last = locateVariable(records);
            end = last + 2 + variableLength(last);
        }
    }

    FileId id() {
        return id;
    }

    /** The file's record format. */
    public RecordFormat format() {
        return format;
    }

    /** Dates the file {@code when} instead of the time it is closed, as COPYFILE OLDDATE keeps the input's date. */
    public void keepDate(LocalDateTime when) {
        dated = when;
    }

    LocalDateTime dated() {
        return dated;
    }

    /** The record length: an F file's LRECL, a V file's longest record so far. */
    public int lrecl() {
        return lrecl;
    }

    int records() {
        return records;
    }

    BlockList blocks() {
        return blocks;
    }

    BlockList replacedBlocks() {
        return release;
    }

    /** Writes the next record (after the last one written, or after the file's end when opened). */
    public FsCode write(byte[] data, int at, int length) {
        return write(next, data, at, length);
    }

    /** Writes record {@code record}: an F file may skip ahead (sparse), a V file only replace or append. */
    public FsCode write(int record, byte[] data, int at, int length) {
        if (closed) {
            throw new IllegalStateException("write after close: " + id);
        }
        if (record < 1) {
            return FsCode.BAD_RECORD_NUMBER;
        }
        try {
            return format == RecordFormat.F ? writeFixed(record, data, at, length)
                    : writeVariable(record, data, at, length);
        } catch (IOException e) {
            return FsCode.IO_ERROR;
        }
    }

    private FsCode writeFixed(int record, byte[] data, int at, int length) throws IOException {
        if (length != lrecl) {
            return FsCode.WRONG_LENGTH;
        }
        long offset = (long) (record - 1) * lrecl;
        if ((offset + length - 1) / blockSize >= maxDataBlocks()) {
            return FsCode.BAD_RECORD_NUMBER;
        }
        if (!reserve(offset, offset + length)) {
            return FsCode.DISK_FULL;
        }
        putBytes(offset, data, at, length);
        records = Math.max(records, record);
        next = record + 1;
        return FsCode.OK;
    }

    private FsCode writeVariable(int record, byte[] data, int at, int length) throws IOException {
        if (length > MAX_VARIABLE) {
            return FsCode.RECORD_TOO_LONG;
        }
        if (length < 1) {
            return FsCode.WRONG_LENGTH;
        }
        if (record > records + 1) {
            return FsCode.SKIP_VARIABLE;
        }
        if (record <= records) {
            long offset = locateVariable(record);
            if (variableLength(offset) != length) {
                return FsCode.WRONG_LENGTH;
            }
            if (!reserve(offset + 2, offset + 2 + length)) {
                return FsCode.DISK_FULL;
            }
            putBytes(offset + 2, data, at, length);
            next = record + 1;
            return FsCode.OK;
        }
        long offset = end;
        long stop = offset + 2 + length;
        if (!reserve(offset, stop)) {
            return FsCode.DISK_FULL;
        }
        extendTo((int) ((stop - 1) / blockSize), record);
        blocks.headerStarts((int) (offset / blockSize), record, (int) (offset % blockSize));
        BigEndian.putHalfword(header, 0, length);
        putBytes(offset, header, 0, 2);
        putBytes(offset + 2, data, at, length);
        end = stop;
        records = record;
        lrecl = Math.max(lrecl, length);
        next = record + 1;
        return FsCode.OK;
    }

    /**
     * The most data blocks a file may span, null blocks included: eight times the disk, at least 64K.
     * It bounds the memory a sparse file's block list takes; further records are "item number too large".
     */
    private int maxDataBlocks() {
        return Math.max(65536, device.blockCount() * 8);
    }

    /** Whether the blocks {@code [from, to)} touches can be had, with room left for the commit. */
    private boolean reserve(long from, long to) {
        int first = (int) (from / blockSize);
        int last = (int) ((to - 1) / blockSize);
        int needed = 0;
        for (int i = first; i <= last; i++) {
            if (i >= blocks.size() || blocks.block(i) == 0 || !fresh.get(i)) {
                needed++;
            }
        }
        return needed == 0 || disk.hasRoomFor(needed, Math.max(blocks.size(), last + 1), format, newFile);
    }

    private void extendTo(int index, int record) {
        while (blocks.size() <= index) {
            blocks.add(0, record, BlockList.NO_HEADER);
        }
    }

    private void putBytes(long offset, byte[] from, int at, int length) throws IOException {
        while (length > 0) {
            int index = (int) (offset / blockSize);
            int inBlock = (int) (offset % blockSize);
            extendTo(index, records + 1);
            load(index);
            own(index);
            int n = Math.min(length, blockSize - inBlock);
            System.arraycopy(from, at, buffer, inBlock, n);
            dirty = true;
            offset += n;
            at += n;
            length -= n;
        }
    }

    /** Gives logical block {@code index} a block of this writer's own (copy on write). */
    private void own(int index) {
        if (fresh.get(index)) {
            return;
        }
        int old = blocks.block(index);
        int block = disk.map().allocate();
        if (block == 0) {
            throw new IllegalStateException("data block: none free (expected: reserved before writing)");
        }
        if (old != 0) {
            release.add(old, 0, 0);
        }
        blocks.setBlock(index, block);
        fresh.set(index);
        freshBlocks.add(block, 0, 0);
    }

    @Override
    void writeBack() throws IOException {
        if (dirty) {
            device.write(blocks.block(bufferIndex), buffer);
            dirty = false;
        }
    }

    /** FINIS: writes the last block, the pointer blocks and the directory. */
    public FsCode close() {
        if (closed) {
            return FsCode.OK;
        }
        closed = true;
        try {
            writeBack();
            return disk.commitWriter(this, freshBlocks);
        } catch (IOException e) {
            return FsCode.IO_ERROR;
        }
    }

    /** Abandons the writer: its new blocks are freed and the file stays as it was. */
    public void discard() {
        if (!closed) {
            closed = true;
            disk.forget(this);
            disk.freeAll(freshBlocks);
        }
    }
}
