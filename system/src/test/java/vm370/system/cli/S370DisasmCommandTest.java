package vm370.system.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vm370 s370 disasm} as a user types it. */
class S370DisasmCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int vm370(String... args) {
        CommandLine cl = new CommandLine(new Vm370Command());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void listsAFileLoadedAtTheGivenAddress(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prog.bin");
        Files.write(file, new byte[] {0x05, (byte) 0xC0, 0x58, 0x12, (byte) 0xD0, 0x08, 0x0A, 0x03});
        assertEquals(0, vm370("s370", "disasm", file + "@1000"));
        assertEquals("""
                001000  05C0            BALR  12,0
                001002  5812 D008       L     1,8(2,13)
                001006  0A03            SVC   3
                """, out.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aMissingFileIsReportedWithoutAStackTrace(@TempDir Path dir) {
        assertEquals(1, vm370("s370", "disasm", dir.resolve("none.bin").toString()));
        assertEquals("vm370 s370 disasm: no such file: " + dir.resolve("none.bin") + "\n",
                err.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aBadAddressIsReported(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prog.bin");
        Files.write(file, new byte[] {0x07, (byte) 0xFE});
        assertEquals(2, vm370("s370", "disasm", file + "@XYZ"));
        assertEquals("vm370 s370 disasm: not a hexadecimal address: XYZ\n", err.toString().replace(System.lineSeparator(), "\n"));
    }
}
