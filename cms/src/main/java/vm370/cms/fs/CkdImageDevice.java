package vm370.cms.fs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * A CMS disk on an uncompressed Hercules CKD image ({@code CKD_P370}): every track holds R0 and then
 * key-less B-byte records R1..Rn, and the block stream is R1..Rn of each track in track order (R0
 * excluded), so block 3 (the label) is R3 of track 0. Blocks per track come from track 0 on open.
 */
public final class CkdImageDevice implements BlockDevice {

    private static final int HEADER = 512;
    private static final int HOME_ADDRESS = 5;
    private static final int COUNT = 8;
    private static final int FIRST_RECORD = HOME_ADDRESS + COUNT + 8;
    private static final byte[] MAGIC = "CKD_P370".getBytes(StandardCharsets.US_ASCII);

    private final FileChannel file;
    private final DasdGeometry geometry;
    private final int cylinders;
    private final int blockSize;
    private final int perTrack;
    private final boolean readOnly;
    private final byte[] record;

    private CkdImageDevice(FileChannel file, DasdGeometry geometry, int cylinders, int blockSize, int perTrack,
            boolean readOnly) {
        this.file = file;
        this.geometry = geometry;
        this.cylinders = cylinders;
        this.blockSize = blockSize;
        this.perTrack = perTrack;
        this.readOnly = readOnly;
        this.record = new byte[COUNT + blockSize];
    }

    /** Creates an image of {@code cylinders} cylinders whose tracks are formatted in B-byte CMS blocks. */
    public static CkdImageDevice create(Path path, DasdGeometry geometry, int cylinders, int blockSize)
            throws IOException {
        if (geometry.kind() != DasdGeometry.Kind.CKD || cylinders < 1) {
            throw new IllegalArgumentException("CKD image: " + geometry.typeName() + " with " + cylinders
                    + " cylinders (expected: a CKD type and at least 1 cylinder)");
        }
        try (FileChannel f = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            header.put(MAGIC).putInt(geometry.heads()).putInt(geometry.trackSlot())
                    .put((byte) geometry.deviceType()).put((byte) 0).putShort((short) 0);
            f.write(header.flip(), 0);
            formatTracks(f, geometry, cylinders, blockSize);
        }
        return open(path, false);
    }

    /** Reformats every track of an existing image (for instance one {@code dasdinit} made) in B-byte blocks. */
    public static CkdImageDevice reformat(Path path, int blockSize) throws IOException {
        BlockSizes.check(blockSize);
        try (FileChannel f = FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            Header h = readHeader(f);
            formatTracks(f, h.geometry(), h.cylinders(), blockSize);
        }
        return open(path, false);
    }

    /** Opens an image whose tracks are already in CMS blocks; B and blocks per track come from track 0. */
    public static CkdImageDevice open(Path path, boolean readOnly) throws IOException {
        FileChannel f = readOnly ? FileChannel.open(path, StandardOpenOption.READ)
                : FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            Header h = readHeader(f);
            ByteBuffer track = ByteBuffer.allocate(h.geometry().trackSlot());
            f.read(track, HEADER);
            byte[] t = track.array();
            int at = FIRST_RECORD;
            int records = 0;
            int size = -1;
            while (at + COUNT <= t.length && (t[at] & t[at + 1] & t[at + 2] & t[at + 3]) != (byte) 0xFF) {
                int dataLength = (t[at + 6] & 0xFF) << 8 | t[at + 7] & 0xFF;
                if (t[at + 5] != 0 || (size >= 0 && dataLength != size) || t[at + 4] != records + 1) {
                    throw new IOException("CKD image " + path + ": track 0 is not in CMS blocks");
                }
                size = dataLength;
                records++;
                at += COUNT + dataLength;
            }
            if (!BlockSizes.valid(size) || records < 3) {
                throw new IOException("CKD image " + path + ": track 0 holds " + records + " records of "
                        + size + " bytes (expected: at least 3 of 512, 1024, 2048 or 4096)");
            }
            return new CkdImageDevice(f, h.geometry(), h.cylinders(), size, records, readOnly);
        } catch (IOException | RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /** What the device header and file size say: the device type and the cylinders in the file. */
    private record Header(DasdGeometry geometry, int cylinders) {
    }

    private static Header readHeader(FileChannel f) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        if (f.read(header, 0) < HEADER || !Arrays.equals(Arrays.copyOf(header.array(), 8), MAGIC)) {
            throw new IOException("not an uncompressed CKD image (expected: CKD_P370 header)");
        }
        int heads = header.getInt(8);
        int slot = header.getInt(12);
        int type = header.get(16) & 0xFF;
        for (DasdGeometry g : DasdGeometry.values()) {
            if (g.kind() == DasdGeometry.Kind.CKD && (g.deviceType() & 0xFF) == type && g.heads() == heads
                    && g.trackSlot() == slot) {
                return new Header(g, (int) ((f.size() - HEADER) / ((long) heads * slot)));
            }
        }
        throw new IOException(String.format("unsupported CKD geometry: type byte %02X, %d heads, %d-byte tracks",
                type, heads, slot));
    }

    private static void formatTracks(FileChannel f, DasdGeometry g, int cylinders, int blockSize) throws IOException {
        int perTrack = blocksPerTrack(g, blockSize);
        byte[] track = new byte[g.trackSlot()];
        for (int c = 0; c < cylinders; c++) {
            for (int h = 0; h < g.heads(); h++) {
                Arrays.fill(track, (byte) 0);
                ByteBuffer t = ByteBuffer.wrap(track);
                t.put((byte) 0).putShort((short) c).putShort((short) h);
                t.putShort((short) c).putShort((short) h).put((byte) 0).put((byte) 0).putShort((short) 8);
                t.position(t.position() + 8);
                for (int r = 1; r <= perTrack; r++) {
                    t.putShort((short) c).putShort((short) h).put((byte) r).put((byte) 0).putShort((short) blockSize);
                    t.position(t.position() + blockSize);
                }
                Arrays.fill(track, t.position(), t.position() + 8, (byte) 0xFF);
                f.write(ByteBuffer.wrap(track), HEADER + ((long) c * g.heads() + h) * track.length);
            }
        }
    }

    /**
     * CMS blocks per track when formatting: the device's track-capacity formula for key-less records,
     * last record without a gap (3330/3340/3350, byte overheads; 3380, 32-byte cells) and the
     * published 3390 figures. Opening an image takes the count from track 0 instead.
     */
    public static int blocksPerTrack(DasdGeometry g, int blockSize) {
        BlockSizes.check(blockSize);
        return switch (g) {
            case D2314 -> 1 + (g.trackCapacity() - blockSize) / (101 + blockSize * 534 / 512);
            case D3330 -> 1 + (g.trackCapacity() - blockSize) / (135 + blockSize);
            case D3340 -> 1 + (g.trackCapacity() - blockSize) / (167 + blockSize);
            case D3350 -> 1 + (g.trackCapacity() - blockSize) / (185 + blockSize);
            case D3375 -> 1 + (g.trackCapacity() - blockSize) / (224 + blockSize);
            case D3380 -> 1499 / (15 + (blockSize + 12 + 31) / 32);
            case D3390 -> switch (blockSize) {
                case 512 -> 49;
                case 1024 -> 33;
                case 2048 -> 21;
                default -> 12;
            };
            case D3310, D3370 -> throw new IllegalArgumentException("CKD blocking of an FBA device: " + g.typeName());
        };
    }

    /** The device type of the image. */
    public DasdGeometry geometry() {
        return geometry;
    }

    @Override
    public int cylinders() {
        return cylinders;
    }

    @Override
    public int blockSize() {
        return blockSize;
    }

    @Override
    public int blockCount() {
        return cylinders * geometry.heads() * perTrack;
    }

    @Override
    public DiskLayout layout() {
        return DiskLayout.CKD;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    private long recordOffset(int block) {
        int index = block - 1;
        long track = index / perTrack;
        int r = index % perTrack;
        return HEADER + track * geometry.trackSlot() + FIRST_RECORD + (long) r * (COUNT + blockSize);
    }

    @Override
    public void read(int block, byte[] into) throws IOException {
        checkBlock(block);
        long at = recordOffset(block);
        ByteBuffer buffer = ByteBuffer.wrap(record);
        while (buffer.hasRemaining()) {
            if (file.read(buffer, at + buffer.position()) < 0) {
                throw new IOException("CKD image ends inside block " + block);
            }
        }
        int index = block - 1;
        int track = index / perTrack;
        int cylinder = track / geometry.heads();
        int head = track % geometry.heads();
        if (((record[0] & 0xFF) << 8 | record[1] & 0xFF) != (cylinder & 0xFFFF)
                || ((record[2] & 0xFF) << 8 | record[3] & 0xFF) != head
                || (record[4] & 0xFF) != index % perTrack + 1 || record[5] != 0
                || ((record[6] & 0xFF) << 8 | record[7] & 0xFF) != blockSize) {
            throw new IOException("CKD image: block " + block + " is not record " + (index % perTrack + 1)
                    + " of " + blockSize + " bytes on cylinder " + cylinder + " head " + head);
        }
        System.arraycopy(record, COUNT, into, 0, blockSize);
    }

    @Override
    public void write(int block, byte[] from) throws IOException {
        checkBlock(block);
        if (readOnly) {
            throw new IOException("CKD image is read-only: block " + block);
        }
        ByteBuffer buffer = ByteBuffer.wrap(from, 0, blockSize);
        long at = recordOffset(block) + COUNT;
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
