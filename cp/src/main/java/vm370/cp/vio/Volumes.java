package vm370.cp.vio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import vm370.directory.model.Extent;
import vm370.directory.model.Volume;
import vm370.directory.model.VolumeSet;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.device.dasd.CkdDasd;
import vm370.s370.device.dasd.CkdImage;
import vm370.s370.device.dasd.DasdGeometry;
import vm370.s370.device.dasd.DasdImages;
import vm370.s370.device.dasd.FbaDasd;

/**
 * The real DASD volumes CP owns, each an image file in the Hercules layout opened once, and the
 * minidisks carved from them. A minidisk is a view of its extent: the guest's cylinder 0 (or
 * block 0) is the extent's first, and nothing outside the extent can be reached through it, so the
 * guest's channel programs are relocated and bounded by the device model itself.
 */
public final class Volumes implements AutoCloseable {

    private final Map<String, CkdImage> ckd = new HashMap<>();
    private final Map<String, FileChannel> fba = new HashMap<>();
    private final Map<String, DasdGeometry> types = new HashMap<>();

    /**
     * Opens every volume's image under {@code directory} ({@code <volser>.<devtype>}), creating
     * an empty labelled volume the first time one is missing.
     */
    public static Volumes open(VolumeSet volumes, Path directory) throws IOException {
        Files.createDirectories(directory);
        Volumes v = new Volumes();
        try {
            for (Volume volume : volumes.volumes()) {
                Path image = directory.resolve(volume.volser() + "." + volume.type().typeName());
                if (!Files.exists(image)) {
                    DasdImages.create(image, volume.type(), volume.volser(), volume.size(), false);
                }
                v.types.put(volume.volser(), volume.type());
                if (volume.type().kind() == DasdGeometry.Kind.CKD) {
                    v.ckd.put(volume.volser(), CkdImage.open(image, false));
                } else {
                    v.fba.put(volume.volser(), FileChannel.open(image, StandardOpenOption.READ, StandardOpenOption.WRITE));
                }
            }
        } catch (IOException | RuntimeException e) {
            v.close();
            throw e;
        }
        return v;
    }

    /** A device for a minidisk: its extent of its volume, read-only or not. */
    public ChannelDevice minidisk(Extent extent, boolean readOnly) throws IOException {
        String volser = extent.volume().volser();
        CkdImage image = ckd.get(volser);
        if (image != null) {
            return new CkdDasd(image.extent(extent.first(), extent.size(), readOnly));
        }
        FileChannel file = fba.get(volser);
        if (file == null) {
            throw new IOException("volume " + volser + " is not online");
        }
        return FbaDasd.extent(file, types.get(volser), extent.first(), extent.size(), readOnly);
    }

    /**
     * Clears an extent before anyone sees it (a new T-disk): every CKD track is left with its home
     * address and an empty R0 only, every FBA block zeros, so no earlier user's data can be read.
     */
    public void clear(Extent extent) throws IOException {
        String volser = extent.volume().volser();
        CkdImage image = ckd.get(volser);
        if (image != null) {
            byte[] track = new byte[image.trackSize()];
            for (int c = extent.first(); c <= extent.last(); c++) {
                for (int h = 0; h < image.heads(); h++) {
                    emptyTrack(track, c, h);
                    image.writeTrack(c, h, track);
                }
            }
            return;
        }
        FileChannel file = fba.get(volser);
        if (file == null) {
            throw new IOException("volume " + volser + " is not online");
        }
        ByteBuffer zeros = ByteBuffer.allocate(64 * DasdGeometry.FBA_BLOCK_SIZE);
        long at = (long) extent.first() * DasdGeometry.FBA_BLOCK_SIZE;
        long end = (long) (extent.last() + 1) * DasdGeometry.FBA_BLOCK_SIZE;
        while (at < end) {
            zeros.clear().limit((int) Math.min(zeros.capacity(), end - at));
            while (zeros.hasRemaining()) {
                at += file.write(zeros, at);
            }
        }
    }

    /** A track as formatting leaves it: home address (flag, CC, HH), R0 with 8 bytes of zeros, the end marker. */
    private static void emptyTrack(byte[] track, int cylinder, int head) {
        Arrays.fill(track, (byte) 0);
        track[1] = (byte) (cylinder >>> 8);
        track[2] = (byte) cylinder;
        track[3] = (byte) (head >>> 8);
        track[4] = (byte) head;
        System.arraycopy(track, 1, track, 5, 4);
        track[12] = 8;
        Arrays.fill(track, 21, 29, (byte) 0xFF);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CkdImage image : ckd.values()) {
            try {
                image.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        for (FileChannel file : fba.values()) {
            try {
                file.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
