package vm370.system.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vm370 s370 disasm} as a user types it. */
class S370DisasmCommandTest {

    private final Vm370Cli cli = new Vm370Cli();

    @Test
    void listsAFileLoadedAtTheGivenAddress(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prog.bin");
        Files.write(file, new byte[] {0x05, (byte) 0xC0, 0x58, 0x12, (byte) 0xD0, 0x08, 0x0A, 0x03});
        assertEquals(0, cli.run("s370", "disasm", file + "@1000"));
        assertEquals("""
                001000  05C0            BALR  12,0
                001002  5812 D008       L     1,8(2,13)
                001006  0A03            SVC   3
                """, cli.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aMissingFileIsReportedWithoutAStackTrace(@TempDir Path dir) {
        assertEquals(1, cli.run("s370", "disasm", dir.resolve("none.bin").toString()));
        assertEquals("vm370 s370 disasm: no such file: " + dir.resolve("none.bin") + "\n",
                cli.err().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aBadAddressIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prog.bin");
        Files.write(file, new byte[] {0x07, (byte) 0xFE});
        assertEquals(2, cli.run("s370", "disasm", file + "@XYZ"));
        assertEquals("vm370 s370 disasm: not a hexadecimal address: XYZ\n", cli.err().replace(System.lineSeparator(), "\n"));
    }
}
