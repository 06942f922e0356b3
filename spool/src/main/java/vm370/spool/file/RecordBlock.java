package vm370.spool.file;

import java.util.Arrays;

/**
 * Spool records packed into one database block: each record is its CCW operation code (one byte),
 * its length (two bytes, big-endian) and its data. Packing many records per row is what makes the
 * spool fast: a 100-card file is one row, not a hundred. @vm370 SPBLOK
 *
 * <p>A block is built in place (reused, no allocation per record) and read with a {@link Cursor}.
 */
public final class RecordBlock {

    /** A block is written out once it holds this many bytes. */
    public static final int TARGET_SIZE = 32 * 1024;
    /** The longest record a spool file holds (a print line is at most 150, a card 80). */
    public static final int MAX_RECORD = 32 * 1024;

    /** Empty until the first record: a writer that never writes (an idle machine's console spool) costs nothing. */
    private byte[] bytes = new byte[0];
    private int length;
    private int records;

    /** True when another record would take the block past its target size. */
    public boolean full(int nextRecordLength) {
        return length > 0 && length + 3 + nextRecordLength > TARGET_SIZE;
    }

    /** Appends one record; the caller checks {@link #full} first. */
    public void add(int operation, byte[] data, int offset, int count) {
        if (count < 0 || count > MAX_RECORD) {
            throw new IllegalArgumentException("record length: " + count + " (expected: 0-" + MAX_RECORD + ")");
        }
        if (length + 3 + count > bytes.length) {
            // Doubling up to a full block: a few copies per block, then the array is reused.
            bytes = Arrays.copyOf(bytes, Math.max(length + 3 + count, Math.min(2 * bytes.length + 256, TARGET_SIZE + 3 + 256)));
        }
        bytes[length] = (byte) operation;
        bytes[length + 1] = (byte) (count >>> 8);
        bytes[length + 2] = (byte) count;
        System.arraycopy(data, offset, bytes, length + 3, count);
        length += 3 + count;
        records++;
    }

    /** Records in the block. */
    public int records() {
        return records;
    }

    /** True when the block holds no record. */
    public boolean isEmpty() {
        return records == 0;
    }

    /** A copy of the packed bytes, for the database. */
    public byte[] toBytes() {
        return Arrays.copyOf(bytes, length);
    }

    /** Empties the block for reuse. */
    public void clear() {
        length = 0;
        records = 0;
    }

    /** Reads records out of packed block bytes; one cursor is reused across blocks. */
    public static final class Cursor {
        private byte[] block = new byte[0];
        private int position;
        private int operation;
        private int recordOffset;
        private int recordLength;

        /** Starts reading a new block. */
        public void reset(byte[] packed) {
            block = packed;
            position = 0;
        }

        /** Steps to the next record; false at the end of the block or on a damaged block. */
        public boolean next() {
            if (position + 3 > block.length) {
                return false;
            }
            int count = ((block[position + 1] & 0xFF) << 8) | (block[position + 2] & 0xFF);
            if (position + 3 + count > block.length) {
                return false;
            }
            operation = block[position] & 0xFF;
            recordOffset = position + 3;
            recordLength = count;
            position += 3 + count;
            return true;
        }

        /** The current record's CCW operation code. */
        public int operation() {
            return operation;
        }

        /** The current record's length. */
        public int length() {
            return recordLength;
        }

        /** Copies the current record's data into {@code target} at {@code offset}, up to {@code max} bytes. */
        public int copyTo(byte[] target, int offset, int max) {
            int n = Math.min(max, recordLength);
            System.arraycopy(block, recordOffset, target, offset, n);
            return n;
        }
    }
}
