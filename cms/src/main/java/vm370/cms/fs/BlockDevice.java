package vm370.cms.fs;

import java.io.IOException;

/**
 * A minidisk as CMS sees it: a stream of equal-sized blocks (512, 1024, 2048 or 4096 bytes),
 * numbered from 1 as EDF counts them, block n at byte (n−1)·B of the stream. Implemented in memory,
 * over Hercules image files, and later over CP's DIAGNOSE block I/O; a host failure is an IOException.
 */
public interface BlockDevice extends AutoCloseable {

    /** B, the block size in bytes. */
    int blockSize();

    /** Blocks on the device; valid block numbers are 1..blockCount. */
    int blockCount();

    /** Where the label lives: CKD and FBA place it differently. */
    DiskLayout layout();

    /** Whether writes are refused (an image opened read-only, a disk linked R/O). */
    boolean readOnly();

    /** Reads block {@code block} (1-origin) into the first B bytes of {@code into}. */
    void read(int block, byte[] into) throws IOException;

    /** Writes the first B bytes of {@code from} to block {@code block} (1-origin). */
    void write(int block, byte[] from) throws IOException;

    /** Makes every completed write durable; the commit protocol orders writes with it. */
    void flush() throws IOException;

    @Override
    void close() throws IOException;

    /** Cylinders of a CKD device (the label's ADTCYL); 0 for FBA. */
    default int cylinders() {
        return 0;
    }

    /** Checks a block number against the device, for implementations. */
    default void checkBlock(int block) {
        if (block < 1 || block > blockCount()) {
            throw new IllegalArgumentException("block: " + block + " (expected: 1.." + blockCount() + ")");
        }
    }
}
