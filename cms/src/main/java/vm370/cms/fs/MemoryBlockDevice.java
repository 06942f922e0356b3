package vm370.cms.fs;

/** A block device held in memory, for tests and scratch disks; CKD or FBA only decides the label's place. */
public final class MemoryBlockDevice implements BlockDevice {

    private final int blockSize;
    private final byte[] data;
    private final DiskLayout layout;
    private final int cylinders;
    private boolean readOnly;

    public MemoryBlockDevice(DiskLayout layout, int blockSize, int blocks, int cylinders) {
        BlockSizes.check(blockSize);
        this.layout = layout;
        this.blockSize = blockSize;
        this.data = new byte[Math.multiplyExact(blockSize, blocks)];
        this.cylinders = cylinders;
    }

    public MemoryBlockDevice(DiskLayout layout, int blockSize, int blocks) {
        this(layout, blockSize, blocks, 0);
    }

    /** Makes the device refuse writes, as a disk linked read-only. */
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public int blockCount() {
        return data.length / blockSize;
    }

    @Override
    public DiskLayout layout() {
        return layout;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public int cylinders() {
        return cylinders;
    }

    @Override
    public void read(int block, byte[] into) {
        checkBlock(block);
        System.arraycopy(data, (block - 1) * blockSize, into, 0, blockSize);
    }

    @Override
    public void write(int block, byte[] from) {
        checkBlock(block);
        if (readOnly) {
            throw new IllegalStateException("write to a read-only memory device: block " + block);
        }
        System.arraycopy(from, 0, data, (block - 1) * blockSize, blockSize);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** The raw block stream, for byte-by-byte checks in tests. */
    public byte[] bytes() {
        return data.clone();
    }
}
