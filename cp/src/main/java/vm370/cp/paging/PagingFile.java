package vm370.cp.paging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

/**
 * The paging file: 4K slots where CP keeps the pages it has taken out of real storage. Its
 * contents mean nothing across an IPL, so it is emptied when CP starts.
 * @vm370 DMKPAG
 */
public final class PagingFile implements AutoCloseable {

    private final FileChannel channel;
    private final BitSet used = new BitSet();
    private int slotsInUse;

    public PagingFile(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** A free slot, now in use. */
    public synchronized int allocate() {
        int slot = used.nextClearBit(0);
        used.set(slot);
        slotsInUse++;
        return slot;
    }

    public synchronized void free(int slot) {
        if (used.get(slot)) {
            used.clear(slot);
            slotsInUse--;
        }
    }

    public synchronized int slotsInUse() {
        return slotsInUse;
    }

    /** Writes a whole frame to its slot. A paging file that cannot be written stops nothing but that page: it stays resident. */
    public void write(int slot, byte[] frame) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(frame);
            long position = (long) slot * frame.length;
            while (buffer.hasRemaining()) {
                channel.write(buffer, position + buffer.position());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("paging file write, slot " + slot, e);
        }
    }

    public void read(int slot, byte[] frame) {
        try {
            ByteBuffer buffer = ByteBuffer.wrap(frame);
            long position = (long) slot * frame.length;
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new IOException("paging file ends before slot " + slot);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("paging file read, slot " + slot, e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
