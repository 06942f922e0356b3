package vm370.cms.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * Images made by Hercules's own {@code dasdinit} (when installed): our CKD images have the same
 * device header and track framing, and a dasdinit volume or FBA file becomes a CMS disk in place.
 */
class HerculesInteropTest {

    @TempDir
    Path dir;

    private void dasdinit(String... args) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dasdinit")), "Hercules dasdinit is not installed");
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/dasdinit"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "dasdinit " + command);
    }

    @Test
    void ourCkdImagesHaveDasdinitsHeaderAndTrackFraming() throws Exception {
        dasdinit("-r", "herc.3390", "3390-1", "2");
        try (var ours = CkdImageDevice.create(dir.resolve("ours.3390"), DasdGeometry.D3390, 2, 4096)) {
            assertEquals(2 * 15 * 12, ours.blockCount());
        }
        byte[] herc = Files.readAllBytes(dir.resolve("herc.3390"));
        byte[] mine = Files.readAllBytes(dir.resolve("ours.3390"));
        assertEquals(herc.length, mine.length, "same file size for the same cylinders");
        assertArrayEquals(Arrays.copyOf(herc, 512), Arrays.copyOf(mine, 512), "device header");
        int slot = DasdGeometry.D3390.trackSlot();
        for (int track : new int[] {0, 1, 29}) {
            int at = 512 + track * slot;
            assertArrayEquals(Arrays.copyOfRange(herc, at, at + 21), Arrays.copyOfRange(mine, at, at + 21),
                    "home address and R0 of track " + track);
        }
    }

    @Test
    void aDasdinitVolumeIsReformattedIntoACmsDisk() throws Exception {
        dasdinit("herc.3350", "3350", "VMPK01", "3");
        Path image = dir.resolve("herc.3350");
        long size = Files.size(image);
        try (var device = CkdImageDevice.reformat(image, 4096)) {
            assertEquals(3 * 30 * 4, device.blockCount());
            Fixtures.write(Fixtures.format(device), "HERC", RecordFormat.V, 200, 500);
        }
        assertEquals(size, Files.size(image), "the image keeps its size and geometry");
        try (var device = CkdImageDevice.open(image, true)) {
            assertEquals(500, Fixtures.read(CmsDisk.access(device, 'A', true, Fixtures.CLOCK).orElseThrow(), "HERC")
                    .size());
        }
    }

    @Test
    void aDasdinitFbaVolumeBecomesACmsDisk() throws Exception {
        dasdinit("-r", "herc.3370", "3370", "2000");
        Path image = dir.resolve("herc.3370");
        try (var device = FbaImageDevice.open(image, 1024, false)) {
            assertEquals(1000, device.blockCount());
            Fixtures.write(Fixtures.format(device), "HERC", RecordFormat.F, 80, 500);
        }
        try (var device = FbaImageDevice.openFormatted(image, true).orElseThrow()) {
            assertEquals(500, Fixtures.read(Fixtures.access(device), "HERC").size());
        }
    }
}
