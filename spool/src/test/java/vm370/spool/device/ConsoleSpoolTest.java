package vm370.spool.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.spool.command.CommandResult;
import vm370.spool.file.DeviceType;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.testing.SpoolFixture;

/** SPOOL CONSOLE: console lines into a CON file while started, closed by CLOSE or LOGOFF. */
class ConsoleSpoolTest {

    @TempDir
    Path folder;
    SpoolFixture spool;
    SpoolFixture.Session alice;
    SpoolFixture.Session bob;

    @BeforeEach
    void open() {
        spool = new SpoolFixture(folder);
        alice = spool.logon("ALICE", false);
        bob = spool.logon("BOB", false);
    }

    @AfterEach
    void close() {
        spool.close();
    }

    private void ok(String command) {
        CommandResult result = alice.run(command);
        assertInstanceOf(CommandResult.Ok.class, result, () -> command + ": " + result.output());
    }

    /** Every record of the next file in {@code session}'s reader, as (operation, text). */
    private static List<String> readAll(SpoolFixture.Session session) {
        List<String> records = new ArrayList<>();
        byte[] buffer = new byte[200];
        while (session.reader.read(buffer, 0, buffer.length) == ReadOutcome.RECORD) {
            records.add(String.format("%02X %s", session.reader.recordOperation(),
                    SpoolFixture.text(buffer, session.reader.recordLength())));
        }
        return records;
    }

    @Test
    void consoleLinesAreSpooledOnlyBetweenStartAndStopAndCloseMakesAConFile() {
        alice.console.line("NOT YET");
        ok("SPOOL CONSOLE START TO BOB");
        alice.console.line("LOGON ALICE");
        alice.console.line("X".repeat(200));
        ok("SPOOL CONSOLE STOP");
        alice.console.line("NO MORE");
        ok("CLOSE CONSOLE");
        List<SpoolFile> files = spool.manager().files(f -> f.owner().equals("BOB"));
        assertEquals(1, files.size());
        SpoolFile file = files.getFirst();
        assertEquals(DeviceType.CON, file.deviceType());
        assertEquals(SpoolQueue.READER, file.queue());
        assertEquals("ALICE", file.origin());
        assertEquals(3, file.records());
        assertEquals(List.of("09 LOGON ALICE", "09 " + "X".repeat(132), "09 " + "X".repeat(68)), readAll(bob));
    }

    @Test
    void spoolConsoleCloseWithoutToPutsTheFileInThePrinterQueueWithItsClass() {
        ok("SPOOL CONSOLE START");
        alice.console.line("HELLO");
        ok("SPOOL CONSOLE STOP CLOSE");
        SpoolFile file = spool.manager().files(f -> f.origin().equals("ALICE")).getFirst();
        assertEquals(SpoolQueue.PRINTER, file.queue());
        assertEquals('T', file.spoolClass());
        assertEquals(DeviceType.CON, file.deviceType());
        assertFalse(alice.console.started());
        assertEquals("     009 CL T NOCONT NOHOLD COPY 01    READY%n     009 FOR ALICE   DIST ALICE".formatted(),
                alice.console.describe());
    }

    @Test
    void startAndStopAreRefusedForAPrinter() {
        CommandResult result = alice.run("SPOOL PRINTER START");
        assertInstanceOf(CommandResult.Error.class, result);
        assertTrue(result.output().toString().contains("START"), result.output().toString());
    }

    @Test
    void logoffClosesEveryOpenOutputFileEvenContinuousOnesAndLetsTheReaderGo() {
        ok("SPOOL CONSOLE START");
        alice.console.line("SESSION LOG");
        ok("SPOOL PRINTER CONT");
        alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("PRINTED"));
        alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("PUNCHED"));
        alice.session.devices().logoff();
        List<SpoolFile> files = spool.manager().files(f -> f.origin().equals("ALICE"));
        assertEquals(List.of(DeviceType.PRT, DeviceType.PUN, DeviceType.CON),
                files.stream().map(SpoolFile::deviceType).sorted().toList());
    }
}
