package vm370.cms.fs;

import java.io.IOException;
import java.util.Arrays;
import vm370.s370.storage.BigEndian;

/**
 * A file's data stream over its resolved data blocks, with one block buffered: the part readers and
 * writers share. The pointer tree is read once when the file is opened, never per record.
 */
abstract class FileData {

    final BlockDevice device;
    final int blockSize;
    final BlockList blocks;
    final byte[] buffer;
    int bufferIndex = -1;
    private final byte[] header = new byte[2];

    FileData(BlockDevice device, BlockList blocks) {
        this.device = device;
        this.blockSize = device.blockSize();
        this.blocks = blocks;
        this.buffer = new byte[blockSize];
    }

    /** Makes logical block {@code index} the buffered one, reading it (or zeros for a null block). */
    void load(int index) throws IOException {
        if (index == bufferIndex) {
            return;
        }
        writeBack();
        if (index < blocks.size() && blocks.block(index) != 0) {
            device.read(blocks.block(index), buffer);
        } else {
            Arrays.fill(buffer, (byte) 0);
        }
        bufferIndex = index;
    }

    /** Called before the buffered block is replaced: writers write it back. */
    abstract void writeBack() throws IOException;

    /** Copies {@code length} bytes of the data stream from {@code offset}. */
    void readBytes(long offset, byte[] into, int at, int length) throws IOException {
        while (length > 0) {
            int index = (int) (offset / blockSize);
            int inBlock = (int) (offset % blockSize);
            load(index);
            int n = Math.min(length, blockSize - inBlock);
            System.arraycopy(buffer, inBlock, into, at, n);
            offset += n;
            at += n;
            length -= n;
        }
    }

    /** The halfword length of the V record whose header is at {@code offset}. */
    int variableLength(long offset) throws IOException {
        readBytes(offset, header, 0, 2);
        return BigEndian.halfword(header, 0);
    }

    /**
     * The stream offset of V record {@code record}'s header (1 ≤ record ≤ records): the pointer
     * entries give the block where it starts and the first header there, then headers are skipped.
     */
    long locateVariable(int record) throws IOException {
        int low = 0;
        int high = blocks.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (blocks.lastRecord(mid) >= record) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        int first = low == 0 ? 1 : blocks.lastRecord(low - 1) + 1;
        int displacement = blocks.firstHeader(low);
        long offset = displacement == BlockList.NO_HEADER ? 0 : (long) low * blockSize + displacement;
        if (displacement == BlockList.NO_HEADER || first > record) {
            offset = 0;
            first = 1;
        }
        for (int n = first; n < record; n++) {
            offset += 2 + variableLength(offset);
        }
        return offset;
    }
}
