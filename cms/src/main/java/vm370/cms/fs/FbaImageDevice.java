package vm370.cms.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A CMS disk on an FBA image in the Hercules layout: a headerless file of 512-byte sectors. The CMS
 * block stream starts at byte 0 (block n at (n−1)·B) and the label is at byte 512 whatever B is.
 * Positional I/O: a write is in the file when the call returns, and {@link #flush()} forces it.
 */
public final class FbaImageDevice implements BlockDevice {

    private static final int SECTOR = 512;

    private final FileChannel file;
    private final int blockSize;
    private final int blocks;
    private final boolean readOnly;

    private FbaImageDevice(FileChannel file, int blockSize, long bytes, boolean readOnly) {
        this.file = file;
        this.blockSize = blockSize;
        this.blocks = (int) Math.min(Integer.MAX_VALUE, bytes / blockSize);
        this.readOnly = readOnly;
    }

    /** Creates an image of {@code sectors} zeroed 512-byte sectors, as {@code dasdinit -r} would. */
    public static void create(Path path, int sectors) throws IOException {
        try (FileChannel f = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            f.write(ByteBuffer.allocate(1), (long) sectors * SECTOR - 1);
        }
    }

    /** Opens an image with CMS blocks of {@code blockSize} bytes (FORMAT, or when the size is known). */
    public static FbaImageDevice open(Path path, int blockSize, boolean readOnly) throws IOException {
        BlockSizes.check(blockSize);
        FileChannel f = readOnly ? FileChannel.open(path, StandardOpenOption.READ)
                : FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new FbaImageDevice(f, blockSize, f.size(), readOnly);
    }

    /** Opens a CMS-formatted image, taking B from its label; empty when there is no CMS1 label. */
    public static Optional<FbaImageDevice> openFormatted(Path path, boolean readOnly) throws IOException {
        OptionalInt size = labelBlockSize(path);
        return size.isPresent() ? Optional.of(open(path, size.getAsInt(), readOnly)) : Optional.empty();
    }

    /** ADTDBSIZ of the label at byte 512, when there is a CMS1 label with a valid block size. */
    public static OptionalInt labelBlockSize(Path path) throws IOException {
        try (FileChannel f = FileChannel.open(path, StandardOpenOption.READ)) {
            ByteBuffer label = ByteBuffer.allocate(DiskLabel.SIZE);
            if (f.read(label, SECTOR) < DiskLabel.SIZE) {
                return OptionalInt.empty();
            }
            return DiskLabel.peekBlockSize(label.array(), 0);
        }
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public int blockCount() {
        return blocks;
    }

    @Override
    public DiskLayout layout() {
        return DiskLayout.FBA;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public void read(int block, byte[] into) throws IOException {
        checkBlock(block);
        ByteBuffer buffer = ByteBuffer.wrap(into, 0, blockSize);
        long at = (long) (block - 1) * blockSize;
        while (buffer.hasRemaining()) {
            if (file.read(buffer, at + buffer.position()) < 0) {
                throw new IOException("FBA image ends inside block " + block);
            }
        }
    }

    @Override
    public void write(int block, byte[] from) throws IOException {
        checkBlock(block);
        if (readOnly) {
            throw new IOException("FBA image is read-only: block " + block);
        }
        ByteBuffer buffer = ByteBuffer.wrap(from, 0, blockSize);
        long at = (long) (block - 1) * blockSize;
        while (buffer.hasRemaining()) {
            file.write(buffer, at + buffer.position());
        }
    }

    @Override
    public void flush() throws IOException {
        if (!readOnly) {
            file.force(false);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
