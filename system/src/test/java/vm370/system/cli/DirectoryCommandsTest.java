package vm370.system.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vm370 directxa} and {@code vm370 directory export} as a system programmer types them. */
class DirectoryCommandsTest {

    @TempDir
    Path dir;
    private final Vm370Cli cli = new Vm370Cli();
    private Path config;

    @BeforeEach
    void configure() throws IOException {
        config = Files.writeString(dir.resolve("system.config"), "VOLUME VMSYS1 3350 50\n");
    }

    private int directxa(String source) throws IOException {
        Path file = Files.writeString(dir.resolve("user.direct"), source);
        return cli.run("directxa", file.toString(), "--config", config.toString(), "--var", dir.resolve("var").toString());
    }

    @Test
    void aGoodDirectoryIsPutInForceAndExportsBackAsSource() throws IOException {
        assertEquals(0, directxa("USER ALICE ALICEPW 1M 16M G\n CONSOLE 009 3215\n MDISK 191 3350 1 5 VMSYS1 W\n"));
        assertEquals("DIRECTXA: DIRECTORY UPDATED - 1 USERS, 0 PROFILES", cli.out().strip());
        cli.clearOut();
        assertEquals(0, cli.run("directory", "export", "--config", config.toString(), "--var", dir.resolve("var").toString()));
        String exported = cli.out();
        assertTrue(exported.startsWith("USER ALICE PBKDF2:"), exported);
        assertTrue(exported.contains(" MDISK 191 3350 1 5 VMSYS1 W"), exported);
        assertTrue(!exported.contains("ALICEPW"), "the clear password is never written back");
    }

    @Test
    void aDirectoryDatabaseLostIsRecoveredFromItsSaveFileAndTheCommandSaysSo() throws IOException {
        assertEquals(0, directxa("USER ALICE ALICEPW 1M 16M G\n"));
        Files.delete(dir.resolve("var").resolve("directory.mv.db"));
        cli.clearOut();
        Path var = dir.resolve("var");
        assertEquals(0, cli.run("directory", "export", "--config", config.toString(), "--var", var.toString()));
        assertTrue(cli.out().startsWith("USER ALICE PBKDF2:"), cli.out());
        assertEquals("DMKDIR795I DIRECTORY RECOVERED FROM " + var.resolve("directory.direct").toAbsolutePath(),
                cli.err().strip());
    }

    @Test
    void aBrokenDirectoryNamesEveryErrorsLineAndLeavesTheOldOneInForce() throws IOException {
        assertEquals(0, directxa("USER ALICE ALICEPW 1M 16M G\n"));
        assertEquals(1, directxa("USER BOB BOBPW 1M 16M G\n BOGUS 1 2\n MDISK 191 3350 1 500 VMSYS1 W\n"));
        assertTrue(cli.err().contains("DMKDIR753E LINE 2: UNKNOWN STATEMENT - BOGUS"), cli.err());
        assertTrue(cli.err().contains("DMKDIR758E LINE 3: EXTENT PAST END OF VOLUME"), cli.err());
        assertTrue(cli.err().contains("DMKDIR770E DIRECTORY NOT UPDATED - 2 ERRORS"), cli.err());
        cli.clearOut();
        cli.run("directory", "export", "--config", config.toString(), "--var", dir.resolve("var").toString());
        assertTrue(cli.out().startsWith("USER ALICE "), "the directory in force is still the old one");
    }
}
