package vm370.cms.fs;

import java.util.Arrays;

/**
 * A file's data blocks in order (0 = a null block of a sparse F file) with, for V files, each block's
 * pointer-entry fields: the last record whose header starts in it (or the record spanning it) and the
 * displacement of the first header starting in it (−1 for none). Growable; owned by one reader or writer.
 */
final class BlockList {

    static final int NO_HEADER = -1;

    private int[] blocks = new int[16];
    private int[] lastRecord = new int[16];
    private int[] firstHeader = new int[16];
    private int size;

    int size() {
        return size;
    }

    int block(int index) {
        return blocks[index];
    }

    int lastRecord(int index) {
        return lastRecord[index];
    }

    int firstHeader(int index) {
        return firstHeader[index];
    }

    void add(int block, int last, int header) {
        if (size == blocks.length) {
            int grown = size * 2;
            blocks = Arrays.copyOf(blocks, grown);
            lastRecord = Arrays.copyOf(lastRecord, grown);
            firstHeader = Arrays.copyOf(firstHeader, grown);
        }
        blocks[size] = block;
        lastRecord[size] = last;
        firstHeader[size] = header;
        size++;
    }

    void setBlock(int index, int block) {
        blocks[index] = block;
    }

    /** Records that a record header numbered {@code record} starts at {@code displacement} of block {@code index}. */
    void headerStarts(int index, int record, int displacement) {
        if (firstHeader[index] == NO_HEADER) {
            firstHeader[index] = displacement;
        }
        lastRecord[index] = record;
    }
}
