package vm370.s370.device.dasd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Volumes in the Hercules layouts: ours match what Hercules' {@code dasdinit} writes byte for byte,
 * open in Hercules' {@code dasdls} as dasdinit's do, and dasdinit's open here. The Hercules checks
 * run when the Debian {@code hercules} package is installed.
 */
class DasdImagesTest {

    @TempDir
    Path dir;

    private static boolean herculesInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/dasdinit")) && Files.isExecutable(Path.of("/usr/bin/dasdls"));
    }

    private static String hercules(Path dir, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({"3330, VMPK01, 3", "3350, ab, 1", "3380, WORK01, 2", "3370, VMFB01, 100", "3310, fb1, 64"})
    void ourVolumeIsByteForByteWhatDasdinitWrites(String type, String volser, int size) throws Exception {
        assumeTrue(herculesInstalled(), "Hercules (dasdinit) is not installed");
        Path theirs = dir.resolve("theirs." + type);
        Path ours = dir.resolve("ours." + type);
        hercules(dir, "dasdinit", theirs.toString(), type, volser, Integer.toString(size));
        DasdImages.create(ours, DasdGeometry.byName(type).orElseThrow(), volser, size, false);
        assertEquals(Files.size(theirs), Files.size(ours));
        assertEquals(-1L, Files.mismatch(theirs, ours), "first differing byte");
    }

    @Test
    void dasdlsReadsOurVolumeAsItReadsDasdinits() throws Exception {
        assumeTrue(herculesInstalled(), "Hercules (dasdls) is not installed");
        Path theirs = dir.resolve("theirs.3350");
        Path ours = dir.resolve("ours.3350");
        hercules(dir, "dasdinit", theirs.toString(), "3350", "VMPK02", "2");
        DasdImages.create(ours, DasdGeometry.D3350, "VMPK02", 2, false);
        String a = hercules(dir, "dasdls", theirs.toString());
        String b = hercules(dir, "dasdls", ours.toString());
        assertEquals(a.replace("theirs", "X"), b.replace("ours", "X"));
        assertTrue(b.contains("F4DSCB"), b);
    }

    @Test
    void aDasdinitVolumeOpensHereWithItsGeometryAndLabel() throws Exception {
        assumeTrue(herculesInstalled(), "Hercules (dasdinit) is not installed");
        Path theirs = dir.resolve("theirs.3380");
        hercules(dir, "dasdinit", theirs.toString(), "3380", "HERC01", "3");
        try (CkdImage image = CkdImage.open(theirs, true)) {
            assertEquals(DasdGeometry.D3380, image.geometry());
            assertEquals(3, image.cylinders());
            byte[] track = new byte[image.trackSize()];
            image.readTrack(0, 0, track);
            CkdTrack t = new CkdTrack(image.trackSize());
            System.arraycopy(track, 0, t.image, 0, track.length);
            assertTrue(t.index());
            assertEquals(4, t.records());
            assertEquals(3, t.recordNumber(3));
        }
    }

    @Test
    void aCkdVolumeHasTheHerculesHeaderAndTrackLayout() throws IOException {
        Path ours = dir.resolve("vm.3330");
        DasdImages.create(ours, DasdGeometry.D3330, "vmpk01", 2, false);
        byte[] file = Files.readAllBytes(ours);
        assertEquals(512 + 2 * 19 * 13312, file.length);
        ByteBuffer header = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("CKD_P370", new String(file, 0, 8, StandardCharsets.US_ASCII));
        assertEquals(19, header.getInt(8));
        assertEquals(13312, header.getInt(12));
        assertEquals(0x30, file[16]);
        assertEquals("0000000000" + "0000000000000008" + "0000000000000000" + "0000000001040018C9D7D3F1",
                HexFormat.of().withUpperCase().formatHex(file, 512, 512 + 33));
        assertEquals("E5D6D3F1E5D4D7D2F0F140", HexFormat.of().withUpperCase().formatHex(file, 512 + 225, 512 + 236));
        assertArrayEquals(new byte[] {-1, -1, -1, -1, -1, -1, -1, -1}, Arrays.copyOfRange(file, 512 + 305, 512 + 313));
        int track1 = 512 + 13312;
        assertEquals("0000000001" + "0000000100000008" + "0000000000000000" + "FFFFFFFFFFFFFFFF",
                HexFormat.of().withUpperCase().formatHex(file, track1, track1 + 29));
    }

    @Test
    void aFullCkdVolumeIsSparseOnDiskAndEveryTrackReadsBackFormatted() throws Exception {
        Path ours = dir.resolve("big.3350");
        DasdImages.create(ours, DasdGeometry.D3350, "BIG001", 555, false);
        long slots = 555L * 30;
        assertEquals(CkdImage.HEADER_SIZE + slots * 19456, Files.size(ours));
        String blocks = hercules(dir, "stat", "--format=%b %B", ours.toString()).strip();
        long allocated = Long.parseLong(blocks.split(" ")[0]) * Long.parseLong(blocks.split(" ")[1]);
        assertTrue(allocated < Files.size(ours) / 2, "allocated " + allocated + " of " + Files.size(ours));
        try (CkdImage image = CkdImage.open(ours, true)) {
            byte[] expected = new byte[image.trackSize()];
            byte[] track = new byte[image.trackSize()];
            CkdTrack formatted = new CkdTrack(image.trackSize());
            for (int c = 0; c < image.cylinders(); c++) {
                for (int h = c == 0 ? 1 : 0; h < image.heads(); h++) {
                    formatted.format(c, h);
                    System.arraycopy(formatted.image, 0, expected, 0, expected.length);
                    image.readTrack(c, h, track);
                    assertArrayEquals(expected, track, "track " + c + "," + h);
                }
            }
        }
    }

    @Test
    void anFbaVolumeIsHeaderlessWithTheLabelInBlockOne() throws IOException {
        Path ours = dir.resolve("vm.3370");
        DasdImages.create(ours, DasdGeometry.D3370, "FBA001", 200, false);
        byte[] file = Files.readAllBytes(ours);
        assertEquals(200 * 512, file.length);
        assertEquals("E5D6D3F1C6C2C1F0F0F1", HexFormat.of().withUpperCase().formatHex(file, 512, 522));
        assertTrue(DasdImages.open(ours, DasdGeometry.D3370) instanceof FbaDasd fba && fba.blocks() == 200);
    }

    @Test
    void aRawVolumeHasNoIplRecordsOrLabel() throws IOException {
        Path ours = dir.resolve("raw.3330");
        DasdImages.create(ours, DasdGeometry.D3330, "RAW001", 1, true);
        byte[] file = Files.readAllBytes(ours);
        assertEquals("FFFFFFFFFFFFFFFF", HexFormat.of().withUpperCase().formatHex(file, 512 + 21, 512 + 29));
    }

    @Test
    void compressedImagesAndBadSerialsAreRefusedWithAClearMessage() throws IOException {
        Path z = dir.resolve("z.3390");
        Files.write(z, "CKD_C370 and the rest".getBytes(StandardCharsets.US_ASCII));
        IOException e = assertThrows(IOException.class, () -> DasdImages.open(z, null));
        assertTrue(e.getMessage().contains("only uncompressed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DasdImages.create(dir.resolve("x"), DasdGeometry.D3330, "TOOLONG", 1, false));
        Path existing = dir.resolve("exists.3330");
        DasdImages.create(existing, DasdGeometry.D3330, "A", 1, false);
        assertThrows(IOException.class, () -> DasdImages.create(existing, DasdGeometry.D3330, "A", 1, false));
    }
}
