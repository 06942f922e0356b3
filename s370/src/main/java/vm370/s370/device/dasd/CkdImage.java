package vm370.s370.device.dasd;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A count-key-data volume in the Hercules uncompressed layout: a 512-byte device header
 * ({@code CKD_P370}, heads and track-slot size little-endian, device-type byte) followed by one
 * fixed-size slot per track, track (c,h) at {@code 512 + (c*heads + h)*slot}. Only single-file
 * volumes are supported. Positional I/O, so a write is in the file when the call returns.
 */
public final class CkdImage implements Closeable {

    static final int HEADER_SIZE = 512;
    static final byte[] MAGIC = "CKD_P370".getBytes(StandardCharsets.US_ASCII);

    private final FileChannel file;
    private final DasdGeometry geometry;
    private final int cylinders;
    private final int slot;
    /** The real cylinder this image's cylinder 0 is: 0 for a whole volume, the start of a minidisk. */
    private final int firstCylinder;
    private final boolean readOnly;
    /** A whole volume owns its file; a minidisk view shares it and leaves it open. */
    private final boolean ownsFile;

    private CkdImage(FileChannel file, DasdGeometry geometry, int cylinders, int firstCylinder,
                     boolean readOnly, boolean ownsFile) {
        this.file = file;
        this.geometry = geometry;
        this.cylinders = cylinders;
        this.slot = geometry.trackSlot();
        this.firstCylinder = firstCylinder;
        this.readOnly = readOnly;
        this.ownsFile = ownsFile;
    }

    /**
     * A minidisk: cylinders {@code first} to {@code first + count - 1} of this volume, seen as a
     * disk of {@code count} cylinders starting at 0. Nothing outside it can be read or written
     * through the view; a read-only view refuses every write as file protected.
     */
    public CkdImage extent(int first, int count, boolean readOnlyView) {
        if (first < 0 || count <= 0 || first + count > cylinders) {
            throw new IllegalArgumentException("extent: cylinders " + first + "+" + count
                    + " (expected: within " + cylinders + " cylinders)");
        }
        return new CkdImage(file, geometry, count, firstCylinder + first, readOnly || readOnlyView, false);
    }

    /** The real cylinder this image's cylinder 0 is: 0 for a whole volume, the start of a minidisk. */
    public int firstCylinder() {
        return firstCylinder;
    }

    /** True when writes through this image are refused (a read-only minidisk). */
    public boolean readOnly() {
        return readOnly;
    }

    /** Opens an image; the header must describe a device type we know, with its heads and slot size. */
    public static CkdImage open(Path path, boolean readOnly) throws IOException {
        FileChannel file = readOnly ? FileChannel.open(path, StandardOpenOption.READ)
                : FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            ByteBuffer header = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            if (file.read(header, 0) < HEADER_SIZE) {
                throw new IOException("not a CKD image: shorter than its 512-byte header");
            }
            byte[] magic = Arrays.copyOf(header.array(), 8);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException("not an uncompressed CKD image: device id '"
                        + new String(magic, StandardCharsets.ISO_8859_1).strip() + "' (expected: CKD_P370)");
            }
            int heads = header.getInt(8);
            int trackSize = header.getInt(12);
            int type = header.get(16) & 0xFF;
            int fileSequence = header.get(17) & 0xFF;
            DasdGeometry g = byTypeByte(type);
            if (g == null || g.heads() != heads || g.trackSlot() != trackSize) {
                throw new IOException(String.format("unsupported CKD geometry: type byte %02X, %d heads, %d-byte tracks",
                        type, heads, trackSize));
            }
            if (fileSequence != 0) {
                throw new IOException("multi-file CKD volume (file " + fileSequence + "): only single-file images are supported");
            }
            long tracks = (file.size() - HEADER_SIZE) / trackSize;
            return new CkdImage(file, g, (int) (tracks / heads), 0, readOnly, true);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The geometry whose device type ends in this header byte (0x30 for 3330). */
    static DasdGeometry byTypeByte(int type) {
        for (DasdGeometry g : DasdGeometry.values()) {
            if (g.kind() == DasdGeometry.Kind.CKD && (g.deviceType() & 0xFF) == type) {
                return g;
            }
        }
        return null;
    }

    /** The 512-byte device header of a single-file image. */
    static byte[] header(DasdGeometry g) {
        ByteBuffer b = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.put(MAGIC);
        b.putInt(g.heads());
        b.putInt(g.trackSlot());
        b.put((byte) g.deviceType());
        return b.array();
    }

    public DasdGeometry geometry() {
        return geometry;
    }

    public int cylinders() {
        return cylinders;
    }

    public int heads() {
        return geometry.heads();
    }

    /** Bytes in one track slot. */
    public int trackSize() {
        return slot;
    }

    public void readTrack(int cylinder, int head, byte[] into) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(into, 0, slot);
        long at = position(cylinder, head);
        while (b.hasRemaining()) {
            if (file.read(b, at + b.position()) < 0) {
                throw new IOException("track " + cylinder + "," + head + " lies past the end of the image");
            }
        }
    }

    public void writeTrack(int cylinder, int head, byte[] from) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(from, 0, slot);
        long at = position(cylinder, head);
        while (b.hasRemaining()) {
            file.write(b, at + b.position());
        }
    }

    private long position(int cylinder, int head) {
        return HEADER_SIZE + ((long) (firstCylinder + cylinder) * geometry.heads() + head) * slot;
    }

    @Override
    public void close() throws IOException {
        if (ownsFile) {
            file.close();
        }
    }
}
