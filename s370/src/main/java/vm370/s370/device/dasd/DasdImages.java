package vm370.s370.device.dasd;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import vm370.s370.text.Ebcdic;

/**
 * Our {@code dasdinit}: new volumes in the Hercules layouts, with the records dasdinit writes
 * (on CKD track 0: IPL1 with a disabled-wait PSW and a NOP CCW, IPL2 empty, VOL1 with the volume
 * serial, VTOC pointer 0,0,1 and owner HERCULES; on FBA block 1: VOL1 and the serial), and the
 * opening of an existing image as a device.
 */
public final class DasdImages {

    /** The owner field dasdinit puts in VOL1, kept so our volumes match its byte for byte. */
    private static final String OWNER = "HERCULES";

    private DasdImages() {
    }

    /**
     * Creates a volume: {@code size} is cylinders for CKD, 512-byte blocks for FBA. A {@code raw}
     * volume has no IPL records and no label. The file must not exist.
     */
    public static void create(Path path, DasdGeometry geometry, String volser, int size, boolean raw) throws IOException {
        String serial = volser.toUpperCase(Locale.ROOT);
        if (serial.isEmpty() || serial.length() > 6) {
            throw new IllegalArgumentException("volume serial: '" + volser + "' (expected: 1-6 characters)");
        }
        if (size <= 0) {
            throw new IllegalArgumentException("size: " + size + " (expected: at least one cylinder or block)");
        }
        try (FileChannel file = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            if (geometry.kind() == DasdGeometry.Kind.CKD) {
                writeCkd(file, geometry, serial, size, raw);
            } else {
                writeFba(file, serial, size, raw);
            }
        }
    }

    /**
     * Writes only the used start of each track (home address, records, end marker) and leaves the
     * zeros after it to the file system as holes: a volume of hundreds of megabytes is created in
     * moments and takes little disk, yet reads back exactly as if every byte had been written.
     */
    private static void writeCkd(FileChannel file, DasdGeometry g, String serial, int cylinders, boolean raw) throws IOException {
        writeFully(file, ByteBuffer.wrap(CkdImage.header(g)), 0);
        CkdTrack track = new CkdTrack(g.trackSlot());
        long at = CkdImage.HEADER_SIZE;
        for (int c = 0; c < cylinders; c++) {
            for (int h = 0; h < g.heads(); h++) {
                track.format(c, h);
                if (c == 0 && h == 0 && !raw) {
                    addIplAndLabel(track, serial);
                }
                writeFully(file, ByteBuffer.wrap(track.image, 0, track.usedLength()), at);
                at += g.trackSlot();
            }
        }
        if (file.size() < at) {
            writeFully(file, ByteBuffer.wrap(new byte[1]), at - 1);
        }
    }

    private static void addIplAndLabel(CkdTrack track, String serial) {
        byte[] ipl1 = new byte[24];
        ByteBuffer.wrap(ipl1).putLong(0x000600000000000FL).putLong(0x0300000000000001L);
        track.append(count(1, 4, 24), Ebcdic.CP037.encode("IPL1"), 4, ipl1, 24);
        track.append(count(2, 4, 144), Ebcdic.CP037.encode("IPL2"), 4, new byte[144], 144);
        byte[] vol1 = Ebcdic.CP037.encodePadded("", 80);
        System.arraycopy(Ebcdic.CP037.encodePadded("VOL1" + serial, 10), 0, vol1, 0, 10);
        byte[] vtoc = {0, 0, 0, 1, 1};
        System.arraycopy(vtoc, 0, vol1, 11, 5);
        System.arraycopy(Ebcdic.CP037.encode(OWNER), 0, vol1, 41, OWNER.length());
        track.append(count(3, 4, 80), Ebcdic.CP037.encode("VOL1"), 4, vol1, 80);
    }

    private static byte[] count(int record, int keyLength, int dataLength) {
        return new byte[] {0, 0, 0, 0, (byte) record, (byte) keyLength, (byte) (dataLength >>> 8), (byte) dataLength};
    }

    private static void writeFba(FileChannel file, String serial, int blocks, boolean raw) throws IOException {
        int size = DasdGeometry.FBA_BLOCK_SIZE;
        if (!raw && blocks > 1) {
            writeFully(file, ByteBuffer.wrap(Ebcdic.CP037.encodePadded("VOL1" + serial, 10)), size);
        }
        byte[] last = new byte[1];
        if (file.size() < (long) blocks * size) {
            writeFully(file, ByteBuffer.wrap(last), (long) blocks * size - 1);
        }
    }

    private static void writeFully(FileChannel file, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            file.write(b, at + b.position());
        }
    }

    /**
     * Opens an image as a device: a CKD image when it starts {@code CKD_P370}, else an FBA image of
     * the given type (3310 when none is given).
     */
    public static DasdVolume open(Path path, DasdGeometry fbaType) throws IOException {
        byte[] start = new byte[8];
        try (var in = Files.newInputStream(path)) {
            int n = in.readNBytes(start, 0, 8);
            if (n == 8 && Arrays.equals(start, CkdImage.MAGIC)) {
                return new CkdDasd(CkdImage.open(path, !Files.isWritable(path)));
            }
        }
        if (Arrays.equals(Arrays.copyOf(start, 4), new byte[] {'C', 'K', 'D', '_'})
                || Arrays.equals(Arrays.copyOf(start, 4), new byte[] {'F', 'B', 'A', '_'})) {
            throw new IOException("compressed or shadow image (" + new String(start, 0, 8, StandardCharsets.US_ASCII)
                    + "): only uncompressed images are supported");
        }
        DasdGeometry type = fbaType == null || fbaType.kind() != DasdGeometry.Kind.FBA ? DasdGeometry.D3310 : fbaType;
        FileChannel file = Files.isWritable(path)
                ? FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)
                : FileChannel.open(path, StandardOpenOption.READ);
        return new FbaDasd(file, type);
    }
}
