package vm370.cms.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * F and V files of many sizes written to real image files (FBA and Hercules CKD, every block size),
 * read back after the image is closed and reopened, and checked in the image's own layout.
 */
class ImageRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Integer> blockSizes() {
        return Stream.of(512, 1024, 2048, 4096);
    }

    private static Map<String, List<byte[]>> writeMix(CmsDisk disk, int b) {
        Map<String, List<byte[]>> files = new LinkedHashMap<>();
        int[] counts = {1, 2, 7, 50, 51, b / 80 + 1, 4 * b / 80, 5000};
        for (int i = 0; i < counts.length; i++) {
            files.put("F" + i, Fixtures.write(disk, "F" + i, RecordFormat.F, 80, counts[i]));
            files.put("V" + i, Fixtures.write(disk, "V" + i, RecordFormat.V, 255, counts[i]));
        }
        files.put("WIDE", Fixtures.write(disk, "WIDE", RecordFormat.F, 65535, 3));
        files.put("VWIDE", Fixtures.write(disk, "VWIDE", RecordFormat.V, 65535, 12));
        return files;
    }

    private static void assertFiles(CmsDisk disk, Map<String, List<byte[]>> files) {
        assertEquals(files.size(), disk.list(FilePattern.ALL).size());
        for (var e : files.entrySet()) {
            List<byte[]> got = Fixtures.read(disk, e.getKey());
            assertEquals(e.getValue().size(), got.size(), e.getKey());
            for (int n = 0; n < got.size(); n++) {
                assertArrayEquals(e.getValue().get(n), got.get(n), e.getKey() + " record " + (n + 1));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("blockSizes")
    void fbaImageKeepsFilesAcrossReopen(int b) throws IOException {
        Path image = dir.resolve("disk.fba");
        FbaImageDevice.create(image, 8000);
        Map<String, List<byte[]>> files;
        try (var device = FbaImageDevice.open(image, b, false)) {
            files = writeMix(Fixtures.format(device), b);
        }
        byte[] raw = Files.readAllBytes(image);
        assertEquals(8000 * 512, raw.length, "headerless: the image is its sectors");
        assertEquals(0xC3D4E2F1, ByteBuffer.wrap(raw, 512, 4).getInt(), "CMS1 at byte 512 whatever B is");
        var independent = new IndependentEdfReader(raw, true);
        assertEquals(files.size() + 2, independent.fsts.size());
        try (var device = FbaImageDevice.openFormatted(image, true).orElseThrow()) {
            assertEquals(b, device.blockSize(), "block size taken from the label");
            assertFiles(CmsDisk.access(device, 'B', true, Fixtures.CLOCK).orElseThrow(), files);
        }
    }

    @ParameterizedTest
    @MethodSource("blockSizes")
    void ckdImageKeepsFilesAcrossReopen(int b) throws IOException {
        Path image = dir.resolve("disk.3390");
        Map<String, List<byte[]>> files;
        try (var device = CkdImageDevice.create(image, DasdGeometry.D3390, 10, b)) {
            assertEquals(10 * 15 * CkdImageDevice.blocksPerTrack(DasdGeometry.D3390, b), device.blockCount());
            files = writeMix(Fixtures.format(device), b);
            assertEquals(10, device.cylinders());
        }
        byte[] raw = Files.readAllBytes(image);
        assertEquals("CKD_P370", new String(raw, 0, 8, java.nio.charset.StandardCharsets.US_ASCII));
        var independent = new IndependentEdfReader(blockStream(raw), false);
        assertEquals(files.size() + 2, independent.fsts.size());
        assertEquals(10, independent.u32(independent.labelAt + 20), "ADTCYL");
        try (var device = CkdImageDevice.open(image, true)) {
            assertEquals(b, device.blockSize(), "block size taken from track 0");
            CmsDisk disk = CmsDisk.access(device, 'C', true, Fixtures.CLOCK).orElseThrow();
            assertFiles(disk, files);
            assertEquals(10, disk.usage().cylinders());
        }
    }

    /** The CMS block stream of a Hercules CKD image, parsed from the count fields: R1..Rn of each track. */
    private static byte[] blockStream(byte[] image) {
        ByteBuffer h = ByteBuffer.wrap(image).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int heads = h.getInt(8);
        int slot = h.getInt(12);
        int tracks = (image.length - 512) / slot;
        var out = new java.io.ByteArrayOutputStream();
        for (int t = 0; t < tracks; t++) {
            int base = 512 + t * slot;
            assertEquals(t / heads, (image[base + 1] & 0xFF) << 8 | image[base + 2] & 0xFF, "HA cylinder");
            int at = base + 5;
            int record = 0;
            while ((image[at] & image[at + 1] & image[at + 2] & image[at + 3]) != (byte) 0xFF) {
                int key = image[at + 5] & 0xFF;
                int data = (image[at + 6] & 0xFF) << 8 | image[at + 7] & 0xFF;
                assertEquals(record, image[at + 4] & 0xFF, "record numbers in order");
                assertEquals(0, key, "key-less records");
                if (record > 0) {
                    out.write(image, at + 8, data);
                } else {
                    assertEquals(8, data, "R0 carries 8 bytes");
                }
                at += 8 + key + data;
                record++;
            }
        }
        return out.toByteArray();
    }

    @Test
    void blocksPerTrackFollowTheDeviceCapacity() {
        assertEquals(12, CkdImageDevice.blocksPerTrack(DasdGeometry.D3390, 4096));
        assertEquals(10, CkdImageDevice.blocksPerTrack(DasdGeometry.D3380, 4096));
        assertEquals(31, CkdImageDevice.blocksPerTrack(DasdGeometry.D3380, 1024));
        assertEquals(4, CkdImageDevice.blocksPerTrack(DasdGeometry.D3350, 4096));
        assertEquals(3, CkdImageDevice.blocksPerTrack(DasdGeometry.D3330, 4096));
        for (DasdGeometry g : DasdGeometry.values()) {
            if (g.kind() == DasdGeometry.Kind.CKD) {
                for (int b : new int[] {512, 1024, 2048, 4096}) {
                    int n = CkdImageDevice.blocksPerTrack(g, b);
                    assertEquals(true, 21 + n * (8 + b) + 8 <= g.trackSlot(), g + " " + b + " fits the slot");
                }
            }
        }
    }

    @Test
    void ckdImageReformatsADasdinitVolume(@TempDir Path tmp) throws IOException {
        Path image = tmp.resolve("vol.3350");
        try (var created = CkdImageDevice.create(image, DasdGeometry.D3350, 2, 512)) {
            assertEquals(512, created.blockSize());
        }
        try (var device = CkdImageDevice.reformat(image, 4096)) {
            assertEquals(4096, device.blockSize());
            assertEquals(2 * 30 * 4, device.blockCount());
            CmsDisk disk = Fixtures.format(device);
            Fixtures.write(disk, "X", RecordFormat.F, 80, 100);
        }
        try (var device = CkdImageDevice.open(image, false)) {
            assertEquals(100, Fixtures.read(Fixtures.access(device), "X").size());
        }
    }

    @Test
    void unformattedImagesAreRefusedClearly(@TempDir Path tmp) throws IOException {
        Path fba = tmp.resolve("blank.fba");
        FbaImageDevice.create(fba, 100);
        assertEquals(true, FbaImageDevice.openFormatted(fba, true).isEmpty());
        try (var device = FbaImageDevice.open(fba, 1024, true)) {
            var result = CmsDisk.access(device, 'A', true, Fixtures.CLOCK);
            assertInstanceOf(FsResult.Failed.class, result);
            assertEquals(FsCode.NOT_FORMATTED, result.code());
        }
        Path junk = tmp.resolve("junk.ckd");
        Files.write(junk, new byte[1024]);
        assertThrows(IOException.class, () -> CkdImageDevice.open(junk, true));
    }
}
