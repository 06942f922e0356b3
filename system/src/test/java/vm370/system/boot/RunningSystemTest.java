package vm370.system.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.ControlProgram;
import vm370.cp.config.ConfigException;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualPunch;

class RunningSystemTest {

    private static final String CONFIG = """
            SYSTEM_IDENTIFIER TESTVM
            STORAGE 16M
            VOLUME VMSYS1 3350 10
            """;

    private static final String DIRECT = """
            USER ALICE ALICE 1M 4M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             MDISK 191 3350 1 2 VMSYS1 MR
            """;

    @TempDir
    Path dir;

    private RunningSystem.Options options(RunningSystem.Start start) throws Exception {
        Files.writeString(dir.resolve("system.config"), CONFIG);
        Files.writeString(dir.resolve("user.direct"), DIRECT);
        return new RunningSystem.Options(dir.resolve("system.config"), dir.resolve("var"),
                dir.resolve("user.direct"), start, List.of());
    }

    @Test
    void theFirstIplCompilesTheDirectorySourceAndUsersCanLogOn() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(options(RunningSystem.Start.COLD))) {
            assertEquals(List.of("ALICE"), system.directory().userids());
            assertInstanceOf(ControlProgram.Logon.Created.class, system.cp().logon("alice"));
            assertTrue(Files.exists(system.config().imageOf("VMSYS1")), "the volume's image was created");
        }
    }

    @Test
    void aWarmStartKeepsTheSpoolAndAColdStartEmptiesIt() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(options(RunningSystem.Start.COLD))) {
            VirtualPunch punch = new VirtualPunch(0x00D, "ALICE", system.spool().manager());
            punch.setTo("ALICE");
            punch.write(UnitRecordCommand.PUNCH_STACKER_1, new byte[80]);
            punch.close(CloseOptions.PLAIN);
        }
        try (RunningSystem system = RunningSystem.ipl(options(RunningSystem.Start.WARM))) {
            assertEquals(1, system.spool().manager().fileCount());
        }
        try (RunningSystem system = RunningSystem.ipl(options(RunningSystem.Start.COLD))) {
            assertEquals(0, system.spool().manager().fileCount());
        }
    }

    @Test
    void aBadConfigurationStopsTheIplNamingTheLine() throws Exception {
        RunningSystem.Options options = options(RunningSystem.Start.WARM);
        Files.writeString(options.config(), CONFIG + "FROBNICATE 1\n");
        ConfigException e = assertThrows(ConfigException.class, () -> RunningSystem.ipl(options));
        assertTrue(e.getMessage().contains("4"), e.getMessage());
    }
}
