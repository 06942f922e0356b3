package vm370.system.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vm370 directxa} and {@code vm370 directory export} as a system programmer types them. */
class DirectoryCommandsTest {

    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path config;

    @BeforeEach
    void configure() throws IOException {
        config = Files.writeString(dir.resolve("system.config"), "VOLUME VMSYS1 3350 50\n");
    }

    private int vm370(String... args) {
        CommandLine cl = new CommandLine(new Vm370Command());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private int directxa(String source) throws IOException {
        Path file = Files.writeString(dir.resolve("user.direct"), source);
        return vm370("directxa", file.toString(), "--config", config.toString(), "--var", dir.resolve("var").toString());
    }

    @Test
    void aGoodDirectoryIsPutInForceAndExportsBackAsSource() throws IOException {
        assertEquals(0, directxa("USER ALICE ALICEPW 1M 16M G\n CONSOLE 009 3215\n MDISK 191 3350 1 5 VMSYS1 W\n"));
        assertEquals("DIRECTXA: DIRECTORY UPDATED - 1 USERS, 0 PROFILES", out.toString().strip());
        out.getBuffer().setLength(0);
        assertEquals(0, vm370("directory", "export", "--config", config.toString(), "--var", dir.resolve("var").toString()));
        String exported = out.toString();
        assertTrue(exported.startsWith("USER ALICE PBKDF2:"), exported);
        assertTrue(exported.contains(" MDISK 191 3350 1 5 VMSYS1 W"), exported);
        assertTrue(!exported.contains("ALICEPW"), "the clear password is never written back");
    }

    @Test
    void aBrokenDirectoryNamesEveryErrorsLineAndLeavesTheOldOneInForce() throws IOException {
        assertEquals(0, directxa("USER ALICE ALICEPW 1M 16M G\n"));
        assertEquals(1, directxa("USER BOB BOBPW 1M 16M G\n BOGUS 1 2\n MDISK 191 3350 1 500 VMSYS1 W\n"));
        assertTrue(err.toString().contains("DMKDIR753E LINE 2: UNKNOWN STATEMENT - BOGUS"), err.toString());
        assertTrue(err.toString().contains("DMKDIR758E LINE 3: EXTENT PAST END OF VOLUME"), err.toString());
        assertTrue(err.toString().contains("DMKDIR770E DIRECTORY NOT UPDATED - 2 ERRORS"), err.toString());
        out.getBuffer().setLength(0);
        vm370("directory", "export", "--config", config.toString(), "--var", dir.resolve("var").toString());
        assertTrue(out.toString().startsWith("USER ALICE "), "the directory in force is still the old one");
    }
}
