package vm370.spool.file;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The spool's write-ahead journal: every change the database has taken since it was last closed
 * cleanly, appended and synced before a CLOSE is acknowledged. H2 alone did not keep that promise:
 * the crash test lost whole runs of committed and synced closes made after a clean close and
 * reopen, so the database is trusted only as of its last clean close and the journal replays the
 * rest at the next open. A batch is {@code length, payload, CRC32}; a torn last batch (the kill came
 * during its write) was never acknowledged and is ignored.
 */
final class SpoolJournal implements AutoCloseable {

    /** One change, as it goes to the database; replaying them in order gives the same state. */
    sealed interface Change {
        /** A closed file's attributes and all its blocks (CLOSE). */
        record Close(SpoolFile file, List<byte[]> blocks) implements Change {}

        /** New attributes of a closed file (CHANGE, HOLD, ORDER, TRANSFER). */
        record Update(SpoolFile file) implements Change {}

        /** A purged file. */
        record Delete(int spoolId) implements Change {}
    }

    private static final byte CLOSE = 'C';
    private static final byte UPDATE = 'U';
    private static final byte DELETE = 'D';

    private final Path file;
    private final FileChannel channel;

    private SpoolJournal(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    static SpoolJournal open(Path file) throws IOException {
        return new SpoolJournal(file, FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE));
    }

    /** Bytes written since the last {@link #clear}. */
    long size() throws IOException {
        return channel.size();
    }

    /** Appends one batch and syncs it to the disk: once this returns, the changes survive any crash. */
    void append(List<? extends Change> batch) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(0);
        for (Change change : batch) {
            switch (change) {
                case Change.Close c -> {
                    out.writeByte(CLOSE);
                    writeFile(out, c.file());
                    out.writeInt(c.blocks().size());
                    for (byte[] block : c.blocks()) {
                        out.writeInt(block.length);
                        out.write(block);
                    }
                }
                case Change.Update u -> {
                    out.writeByte(UPDATE);
                    writeFile(out, u.file());
                }
                case Change.Delete d -> {
                    out.writeByte(DELETE);
                    out.writeInt(d.spoolId());
                }
            }
        }
        out.writeLong(0);
        ByteBuffer record = ByteBuffer.wrap(bytes.toByteArray());
        int payload = record.capacity() - Integer.BYTES - Long.BYTES;
        record.putInt(0, payload);
        CRC32 crc = new CRC32();
        crc.update(record.array(), Integer.BYTES, payload);
        record.putLong(Integer.BYTES + payload, crc.getValue());
        channel.position(channel.size());
        while (record.hasRemaining()) {
            channel.write(record);
        }
        channel.force(false);
    }

    /** Every change of the whole batches on the disk, in order; reading stops at a torn or damaged batch. */
    List<Change> changes() throws IOException {
        List<Change> changes = new ArrayList<>();
        byte[] all = Files.readAllBytes(file);
        ByteBuffer in = ByteBuffer.wrap(all);
        while (in.remaining() >= Integer.BYTES) {
            int payload = in.getInt();
            if (payload < 0 || payload > in.remaining() - Long.BYTES) {
                break;
            }
            CRC32 crc = new CRC32();
            crc.update(all, in.position(), payload);
            long stored = in.getLong(in.position() + payload);
            if (stored != crc.getValue()) {
                break;
            }
            changes.addAll(parse(new DataInputStream(new ByteArrayInputStream(all, in.position(), payload))));
            in.position(in.position() + payload + Long.BYTES);
        }
        return changes;
    }

    /** Forgets everything: the database has just been closed cleanly with all of it. */
    void clear() throws IOException {
        channel.truncate(0);
        channel.force(true);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private static List<Change> parse(DataInputStream in) throws IOException {
        List<Change> changes = new ArrayList<>();
        try {
            while (true) {
                int kind = in.read();
                if (kind < 0) {
                    return changes;
                }
                switch (kind) {
                    case CLOSE -> {
                        SpoolFile file = readFile(in);
                        int count = in.readInt();
                        List<byte[]> blocks = new ArrayList<>(count);
                        for (int i = 0; i < count; i++) {
                            byte[] block = new byte[in.readInt()];
                            in.readFully(block);
                            blocks.add(block);
                        }
                        changes.add(new Change.Close(file, blocks));
                    }
                    case UPDATE -> changes.add(new Change.Update(readFile(in)));
                    case DELETE -> changes.add(new Change.Delete(in.readInt()));
                    default -> throw new IOException("unknown journal record " + kind);
                }
            }
        } catch (EOFException e) {
            throw new IOException("journal batch ends inside a record", e);
        }
    }

    private static void writeFile(DataOutputStream out, SpoolFile f) throws IOException {
        out.writeShort(f.spoolId());
        out.writeUTF(f.owner());
        out.writeUTF(f.origin());
        out.writeUTF(f.queue().code());
        out.writeUTF(f.deviceType().code());
        out.writeChar(f.spoolClass());
        out.writeUTF(f.form());
        out.writeUTF(f.dist());
        out.writeUTF(f.fileName());
        out.writeUTF(f.fileType());
        out.writeInt(f.records());
        out.writeByte(f.copies());
        out.writeBoolean(f.userHold());
        out.writeBoolean(f.systemHold());
        out.writeBoolean(f.keep());
        out.writeBoolean(f.message());
        out.writeUTF(f.tag());
        out.writeUTF(f.created().toString());
        out.writeLong(f.sequence());
    }

    private static SpoolFile readFile(DataInputStream in) throws IOException {
        return new SpoolFile(in.readShort(), in.readUTF(), in.readUTF(), SpoolQueue.parse(in.readUTF()),
                DeviceType.parse(in.readUTF()), in.readChar(), in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
                in.readInt(), in.readByte(), in.readBoolean(), in.readBoolean(), in.readBoolean(), in.readBoolean(),
                in.readUTF(), LocalDateTime.parse(in.readUTF()), in.readLong());
    }
}
