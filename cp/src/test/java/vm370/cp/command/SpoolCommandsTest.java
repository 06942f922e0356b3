package vm370.cp.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.text.Ebcdic;
import vm370.spool.device.ReadOutcome;
import vm370.spool.device.VirtualReader;
import vm370.spool.file.DeviceType;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;

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
    void spoolConsoleCopiesTheConsoleLinesIntoAConFileThatLogoffCloses() throws Exception {
        assertEquals(0, fixture.run("ALICE", "SPOOL CONSOLE START TO BOB").returnCode());
        List<String> query = fixture.run("ALICE", "QUERY VIRTUAL CONSOLE").lines();
        assertTrue(query.getFirst().startsWith("CONS 009 ") && query.getFirst().endsWith("TERM START"), query.toString());
        assertEquals(List.of("     009 CL T NOCONT NOHOLD COPY 01    READY", "     009 TO BOB   DIST ALICE"),
                query.subList(1, 3));
        assertTrue(fixture.run("ALICE", "QUERY VIRTUAL UR").lines().stream().noneMatch(l -> l.startsWith("CON")));
        fixture.run("BOB", "MSG ALICE HELLO THERE");
        fixture.system.machine("ALICE").typed("TYPED BY ALICE");
        assertEquals(0, fixture.run("ALICE", "SPOOL CONSOLE STOP CLOSE").returnCode());
        List<SpoolFile> toBob = fixture.system.cp.spool().manager().files(f -> f.owner().equals("BOB"));
        assertEquals(1, toBob.size(), toBob.toString());
        assertEquals(DeviceType.CON, toBob.getFirst().deviceType());
        VirtualReader reader = new VirtualReader(0x00C, "BOB", fixture.system.cp.spool().manager());
        byte[] record = new byte[132];
        List<String> lines = new ArrayList<>();
        while (reader.read(record, 0, record.length) == ReadOutcome.RECORD) {
            lines.add(Ebcdic.CP037.decode(record, 0, reader.recordLength()));
        }
        assertTrue(lines.contains("MSG FROM BOB     :  HELLO THERE"), lines.toString());
        assertEquals("TYPED BY ALICE", lines.getLast());

        assertEquals(0, fixture.run("ALICE", "SPOOL CONSOLE START OFF").returnCode());
        fixture.run("BOB", "MSG ALICE GOODBYE");
        fixture.system.cp.logoff("ALICE");
        List<SpoolFile> printed = fixture.system.cp.spool().manager().files(
                f -> f.origin().equals("ALICE") && f.queue() == SpoolQueue.PRINTER);
        assertEquals(List.of(DeviceType.CON), printed.stream().map(SpoolFile::deviceType).toList());
    }

    @Test
    void theSpoolingOperatorFormsNeedClassD() throws Exception {
        assertEquals(List.of("DMKCFC001E ?CP: DRAIN"), fixture.run("ALICE", "DRAIN PRINTER").lines());
        assertEquals(List.of("NO FILES PURGED"), fixture.run("OPERATOR", "PURGE ALICE RDR ALL").lines());
    }
}
