package vm370.spool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.spool.command.CommandResult;
import vm370.spool.command.SpoolCommands;
import vm370.spool.command.SpoolSession;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.UnitRecordDevices;
import vm370.spool.device.VirtualPrinter;
import vm370.spool.host.RealPrinter;
import vm370.spool.queue.SpoolLimits;
import vm370.spool.testing.SpoolFixture;

class SpoolSystemTest {

    @TempDir
    Path folder;

    @Test
    void startedPrinterPrintsAFileSoonAfterItIsClosedAndTheSpoolWarmStartsEmpty() throws Exception {
        Path printed = folder.resolve("printed");
        try (SpoolSystem system = new SpoolSystem(folder.resolve("spool"), SpoolFixture.CLOCK, SpoolLimits.NONE,
                SpoolFixture.USERS::contains)) {
            system.realDevices().add(new RealPrinter(0x00E, system.manager(), printed, line -> { }));
            UnitRecordDevices devices = new UnitRecordDevices("ALICE");
            VirtualPrinter printer = new VirtualPrinter(0x00E, "ALICE", system.manager());
            devices.add(printer);
            SpoolSession alice = new SpoolSession("ALICE", false, devices);
            SpoolSession operator = new SpoolSession("OPERATOR", true, new UnitRecordDevices("OPERATOR"));
            printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("HELLO PRINTER"));
            system.commands().execute(alice, SpoolCommands.Verb.CLOSE, "PRINTER NAME HELLO LIST");
            CommandResult start = system.commands().execute(operator, SpoolCommands.Verb.START, "PRINTER");
            assertEquals(List.of("PRT  00E STARTED   SYSTEM   CLASS = A      NOSEP"), start.output());
            Path text = printed.resolve("ALICE-0001-HELLO-LIST.txt");
            for (int i = 0; i < 200 && system.manager().fileCount() > 0; i++) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(text));
            assertEquals("HELLO PRINTER\n", Files.readString(text));
        }
        try (SpoolSystem again = new SpoolSystem(folder.resolve("spool"), SpoolFixture.CLOCK, SpoolLimits.NONE, u -> true)) {
            assertEquals(0, again.manager().fileCount(), "the printed file's purge was checkpointed at shutdown");
        }
    }
}
