package vm370.cms.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark entry point runs a real write-and-read pass and cleans its scratch image up. */
class FileSystemBenchmarkTest {

    @Test
    void benchmarkWritesAndReadsAndLeavesNoImageBehind(@TempDir Path dir) throws IOException {
        assertTrue(FileSystemBenchmark.recordsPerSecond(dir, 2000) > 0);
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }
}
