package vm370.cms.fs;

/**
 * The allocation map (the ALLOCMAP file): one bit per block, most-significant bit first, bit k
 * (0-origin across the map's data blocks) for block k+1. Bits past the last block are kept set so
 * that no reader can allocate a block the disk does not have. Owned by one {@link CmsDisk}.
 */
final class AllocationMap {

    private final byte[] bits;
    private final int blocks;
    private int used;
    private int searchFrom;

    AllocationMap(int blocks, int blockSize) {
        this.blocks = blocks;
        this.bits = new byte[dataBlocks(blocks, blockSize) * blockSize];
        for (int bit = blocks; bit < bits.length * 8; bit++) {
            bits[bit >>> 3] |= (byte) (0x80 >>> (bit & 7));
        }
    }

    /** Data blocks the map of a disk of {@code blocks} blocks occupies. */
    static int dataBlocks(int blocks, int blockSize) {
        int bytes = (blocks + 7) / 8;
        return (bytes + blockSize - 1) / blockSize;
    }

    /** Replaces the map with one read from disk, {@code data} being its data blocks back to back. */
    void load(byte[] data) {
        System.arraycopy(data, 0, bits, 0, Math.min(data.length, bits.length));
        used = 0;
        for (int block = 1; block <= blocks; block++) {
            if (isUsed(block)) {
                used++;
            }
        }
        searchFrom = 0;
    }

    boolean isUsed(int block) {
        int bit = block - 1;
        return (bits[bit >>> 3] & (0x80 >>> (bit & 7))) != 0;
    }

    void mark(int block) {
        if (!isUsed(block)) {
            int bit = block - 1;
            bits[bit >>> 3] |= (byte) (0x80 >>> (bit & 7));
            used++;
        }
    }

    void free(int block) {
        if (block > 0 && isUsed(block)) {
            int bit = block - 1;
            bits[bit >>> 3] &= (byte) ~(0x80 >>> (bit & 7));
            used--;
            searchFrom = Math.min(searchFrom, bit >>> 3);
        }
    }

    /** Takes the lowest free block, or returns 0 when the disk is full. */
    int allocate() {
        int limit = (blocks + 7) / 8;
        for (int i = searchFrom; i < limit; i++) {
            if (bits[i] != (byte) 0xFF) {
                searchFrom = i;
                int bit = i * 8 + Integer.numberOfLeadingZeros(~bits[i] & 0xFF) - 24;
                if (bit < blocks) {
                    mark(bit + 1);
                    return bit + 1;
                }
            }
        }
        searchFrom = limit;
        return 0;
    }

    /** The byte index of the first free bit, or -1 when none is free (for the label's hints). */
    int firstFreeByte() {
        int limit = (blocks + 7) / 8;
        for (int i = 0; i < limit; i++) {
            if (bits[i] != (byte) 0xFF) {
                return i;
            }
        }
        return -1;
    }

    int used() {
        return used;
    }

    int free() {
        return blocks - used;
    }

    int blocks() {
        return blocks;
    }

    /** Copies map data block {@code index} (0-origin) into {@code into}. */
    void copyBlock(int index, byte[] into, int blockSize) {
        System.arraycopy(bits, index * blockSize, into, 0, blockSize);
    }
}
