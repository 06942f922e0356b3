package vm370.cms.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The commit order: data and pointer blocks, then map and directory into unused blocks, then the
 * label. The host "crashes" after every possible number of block writes, and the disk, accessed
 * again, must show the complete old state or the complete new one, never a mixture.
 */
class CrashSafetyTest {

    /** A device that stops writing (as a host crash would) after a given number of block writes. */
    private static final class CrashingDevice implements BlockDevice {
        private final MemoryBlockDevice disk;
        private int writesLeft;

        CrashingDevice(MemoryBlockDevice disk, int writesLeft) {
            this.disk = disk;
            this.writesLeft = writesLeft;
        }

        @Override public int blockSize() { return disk.blockSize(); }
        @Override public int blockCount() { return disk.blockCount(); }
        @Override public DiskLayout layout() { return disk.layout(); }
        @Override public boolean readOnly() { return false; }
        @Override public void read(int block, byte[] into) { disk.read(block, into); }
        @Override public void flush() { }
        @Override public void close() { }

        @Override
        public void write(int block, byte[] from) throws IOException {
            if (writesLeft-- <= 0) {
                throw new IOException("host crashed");
            }
            disk.write(block, from);
        }
    }

    /** Name → records of every file, read with a fresh ACCESS. */
    private static Map<String, List<byte[]>> contents(BlockDevice device) {
        CmsDisk disk = Fixtures.access(device);
        Map<String, List<byte[]>> out = new TreeMap<>();
        for (FileStatus f : disk.list(FilePattern.ALL)) {
            out.put(f.fileName(), Fixtures.read(disk, f.fileName()));
        }
        return out;
    }

    private static void assertSame(Map<String, List<byte[]>> expected, Map<String, List<byte[]>> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        for (String name : expected.keySet()) {
            assertEquals(expected.get(name).size(), actual.get(name).size(), name);
            for (int i = 0; i < expected.get(name).size(); i++) {
                assertArrayEquals(expected.get(name).get(i), actual.get(name).get(i), name + " " + (i + 1));
            }
        }
    }

    /** Runs {@code change} with a crash after 0, 1, 2... writes until it completes. */
    private static void crashEverywhere(Function<CmsDisk, FsCode> change) {
        MemoryBlockDevice base = new MemoryBlockDevice(DiskLayout.CKD, 512, 800, 1);
        CmsDisk setup = Fixtures.format(base);
        for (int i = 0; i < 5; i++) {
            Fixtures.write(setup, "OLD" + i, i % 2 == 0 ? RecordFormat.F : RecordFormat.V, 120, 40 + i * 30);
        }
        byte[] before = base.bytes();
        Map<String, List<byte[]>> old = contents(base);
        Map<String, List<byte[]>> done = null;
        int crashes = 0;
        for (int limit = 0; done == null; limit++) {
            MemoryBlockDevice copy = new MemoryBlockDevice(DiskLayout.CKD, 512, 800, 1);
            for (int b = 1; b <= 800; b++) {
                byte[] block = java.util.Arrays.copyOfRange(before, (b - 1) * 512, b * 512);
                copy.write(b, block);
            }
            FsCode code = change.apply(Fixtures.access(new CrashingDevice(copy, limit)));
            Map<String, List<byte[]>> after = contents(copy);
            if (code == FsCode.OK) {
                done = after;
            } else {
                assertEquals(FsCode.IO_ERROR, code);
                assertSame(old, after);
                crashes++;
            }
        }
        assertTrue(crashes >= 3, "map, directory and label are separate writes: " + crashes);
        assertTrue(!done.keySet().equals(old.keySet())
                || !java.util.Arrays.equals(done.get("OLD2").get(0), old.get("OLD2").get(0)), "the change happened");
    }

    @Test
    void aCrashWhileWritingANewFileLeavesTheOldDirectory() {
        crashEverywhere(disk -> {
            RecordWriter w = disk.openWriter(FileId.of("NEW", "DATA"), RecordFormat.V, 200, WriteMode.REPLACE)
                    .orElseThrow();
            for (int n = 1; n <= 300; n++) {
                byte[] r = Fixtures.record(1, n, Fixtures.variableLength(n, 200));
                FsCode code = w.write(r, 0, r.length);
                if (code != FsCode.OK) {
                    return code;
                }
            }
            return w.close();
        });
    }

    @Test
    void aCrashWhileReplacingAFileLeavesTheOldVersion() {
        crashEverywhere(disk -> {
            RecordWriter w = disk.openWriter(FileId.of("OLD2", "DATA"), RecordFormat.F, 120, WriteMode.REPLACE)
                    .orElseThrow();
            for (int n = 1; n <= 200; n++) {
                FsCode code = w.write(Fixtures.record(9, n, 120), 0, 120);
                if (code != FsCode.OK) {
                    return code;
                }
            }
            return w.close();
        });
    }

    @Test
    void aCrashWhileErasingOrRenamingLeavesTheOldDirectory() {
        crashEverywhere(disk -> disk.erase(FilePattern.of("OLD%", "*")).code());
        crashEverywhere(disk -> disk.rename("OLD3", "DATA", FileId.of("RENAMED", "DATA")));
    }
}
