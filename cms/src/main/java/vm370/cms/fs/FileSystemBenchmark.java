package vm370.cms.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Measures the file system alone: 80-byte F records written and read back sequentially on an FBA
 * image file with 4K blocks, one directory commit per file. The figure is an upper bound for
 * {@code ./vm370 bench cms}, which adds CMS, DIAGNOSE and CP on top.
 */
public final class FileSystemBenchmark {

    private FileSystemBenchmark() {
    }

    /** Records per second over {@code records} writes plus as many reads, in a scratch image under {@code dir}. */
    public static long recordsPerSecond(Path dir, int records) throws IOException {
        Path image = Files.createTempFile(dir, "bench", ".fba");
        Files.delete(image);
        int blocks = records / 51 + 200;
        FbaImageDevice.create(image, blocks * 8);
        try (FbaImageDevice device = FbaImageDevice.open(image, 4096, false)) {
            CmsDisk disk = CmsDisk.format(device, "BENCH", 0, 'A', Clock.systemUTC()).orElseThrow();
            byte[] record = new byte[80];
            long start = System.nanoTime();
            RecordWriter writer = disk.openWriter(FileId.of("BENCH", "DATA"), RecordFormat.F, 80, WriteMode.REPLACE)
                    .orElseThrow();
            for (int n = 1; n <= records; n++) {
                record[0] = (byte) n;
                check(writer.write(record, 0, 80));
            }
            check(writer.close());
            RecordReader reader = disk.openReader("BENCH", "DATA").orElseThrow();
            for (int n = 1; n <= records; n++) {
                check(reader.read(record));
            }
            long nanos = Math.max(1, System.nanoTime() - start);
            return 2L * records * 1_000_000_000L / nanos;
        } finally {
            Files.deleteIfExists(image);
        }
    }

    private static void check(FsCode code) {
        if (code != FsCode.OK) {
            throw new IllegalStateException("benchmark file operation: " + code + " (expected: OK)");
        }
    }
}
