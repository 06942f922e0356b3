package vm370.cp.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool commands reach the spool module with the user's own devices; IMSG OFF silences their responses. */
class SpoolCommandsTest {

    private static final String PROGRAM = """
            P        START X'2000'
                     BALR  12,0
                     USING *,12
                     LPSW  DONE
                     DS    0D
            DONE     DC    X'0002000000000000'
                     END
            """;

    @TempDir
    Path var;
    private CommandFixture fixture;

    @BeforeEach
    void logon() throws Exception {
        fixture = new CommandFixture(var);
    }

    @AfterEach
    void logoff() throws Exception {
        fixture.close();
    }

    @Test
    void spoolChangesTheUsersOwnDevice() throws Exception {
        assertEquals(List.of(), fixture.run("ALICE", "SP PRT CLASS B").lines());
        assertEquals("PRT 00E CL B NOCONT NOHOLD COPY 01 READY", fixture.run("ALICE", "Q V 00E").lines().getFirst());
    }

    @Test
    void readerFilesAreQueriedTransferredAndPurged() throws Exception {
        fixture.system.punchIplDeck("ALICE", PROGRAM);
        List<String> rdr = fixture.run("ALICE", "Q RDR").lines();
        assertTrue(rdr.size() >= 2 && rdr.get(1).startsWith("OPERATOR"), rdr.toString());
        CommandResponse transfer = fixture.run("ALICE", "TRANSFER RDR ALL TO BOB");
        assertEquals(0, transfer.returnCode());
        assertTrue(fixture.console("BOB").stream().anyMatch(l -> l.contains("TRANSFERRED FROM ALICE")), fixture.console("BOB").toString());
        assertEquals(List.of("NO RDR FILES"), fixture.run("ALICE", "Q RDR").lines());
        fixture.run("BOB", "SET IMSG OFF");
        assertEquals(List.of(), fixture.run("BOB", "PURGE RDR ALL").lines());
        assertEquals(List.of("NO RDR FILES"), fixture.run("BOB", "Q RDR").lines());
    }

    @Test
    void theSpoolingOperatorFormsNeedClassD() throws Exception {
        assertEquals(List.of("DMKCFC001E ?CP: DRAIN"), fixture.run("ALICE", "DRAIN PRINTER").lines());
        assertEquals(List.of("NO FILES PURGED"), fixture.run("OPERATOR", "PURGE ALICE RDR ALL").lines());
    }
}
