package vm370.cms.fs;

/**
 * The device architecture under a CMS disk, which decides where the CMS1 label is: block 3 (byte 2·B)
 * on CKD, FBA sector 1 (byte 512) whatever B is on FBA, so with B ≥ 1K it lies inside block 1.
 * Blocks 1 to 3 are never allocated on either. @see shared/reference/cms-edf.md §3.1
 */
public enum DiskLayout {
    CKD, FBA;

    /** Byte offset of the label in the block stream. */
    public long labelOffset(int blockSize) {
        return this == CKD ? 2L * blockSize : 512L;
    }

    /** The 1-origin block holding the label. */
    public int labelBlock(int blockSize) {
        return (int) (labelOffset(blockSize) / blockSize) + 1;
    }

    /** The label's offset inside its block. */
    public int labelOffsetInBlock(int blockSize) {
        return (int) (labelOffset(blockSize) % blockSize);
    }
}
