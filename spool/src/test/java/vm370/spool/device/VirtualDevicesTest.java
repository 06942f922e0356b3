package vm370.spool.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.spool.file.DeviceType;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.testing.SpoolFixture;

class VirtualDevicesTest {

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

    private List<String> readFile(VirtualReader reader) {
        List<String> cards = new ArrayList<>();
        byte[] buffer = new byte[200];
        while (true) {
            ReadOutcome outcome = reader.read(buffer, 0, buffer.length);
            if (outcome != ReadOutcome.RECORD) {
                assertEquals(ReadOutcome.END_OF_FILE, outcome);
                return cards;
            }
            cards.add(SpoolFixture.text(buffer, reader.recordLength()));
        }
    }

    @Test
    void punchSpooledToAnotherUserLandsInTheirReaderAndReadsBackWithItsCommandCodes() {
        alice.punch.setTo("BOB");
        CloseResult result = alice.punchDeck("CARD ONE", "CARD TWO");
        CloseResult.Closed closed = assertInstanceOf(CloseResult.Closed.class, result);
        assertEquals(String.format("PUN FILE %04d TO BOB COPY 01 NOHOLD", closed.file().spoolId()), closed.response());
        SpoolFile file = closed.file();
        assertEquals("BOB", file.owner());
        assertEquals("ALICE", file.origin());
        assertEquals(SpoolQueue.READER, file.queue());
        assertEquals(DeviceType.PUN, file.deviceType());
        assertEquals(2, file.records());
        byte[] buffer = new byte[80];
        assertEquals(ReadOutcome.RECORD, bob.reader.read(buffer, 0, 80));
        assertEquals(UnitRecordCommand.PUNCH_STACKER_1.code(), bob.reader.recordOperation());
        assertEquals(80, bob.reader.recordLength());
        assertEquals("CARD ONE", SpoolFixture.text(buffer, 80));
        assertEquals(List.of("CARD TWO"), readFile(bob.reader));
        assertNull(spool.manager().file(file.spoolId()), "NOHOLD reader purges the file it has read");
        assertEquals(ReadOutcome.NOT_READY, bob.reader.read(buffer, 0, 80));
    }

    @Test
    void readerPresentsFilesInQueueOrderAndOnlyItsClass() {
        alice.punch.setTo("BOB");
        alice.punch.setSpoolClass('A');
        alice.punchDeck("FIRST A");
        alice.punch.setSpoolClass('B');
        alice.punchDeck("ONLY B");
        alice.punch.setSpoolClass('A');
        alice.punchDeck("SECOND A");
        bob.reader.setSpoolClass('A');
        assertEquals(List.of("FIRST A"), readFile(bob.reader));
        assertEquals(List.of("SECOND A"), readFile(bob.reader));
        assertEquals(ReadOutcome.NOT_READY, bob.reader.read(new byte[80], 0, 80));
        bob.reader.setSpoolClass('*');
        assertEquals(List.of("ONLY B"), readFile(bob.reader));
    }

    @Test
    void readerSkipsHeldFilesAndHoldKeepsAFileAfterReading() {
        alice.punch.setTo("BOB");
        alice.punch.setHold(true);
        CloseResult.Closed held = (CloseResult.Closed) alice.punchDeck("HELD");
        assertTrue(held.file().userHold());
        assertTrue(held.response().endsWith("HOLD") && !held.response().endsWith("NOHOLD"));
        alice.punch.setHold(false);
        alice.punchDeck("FREE");
        bob.reader.setHold(true);
        CloseResult.Closed third = (CloseResult.Closed) alice.punchDeck("THIRD");
        assertEquals(List.of("FREE"), readFile(bob.reader));
        List<SpoolFile> left = spool.manager().files(f -> f.owner().equals("BOB"));
        assertEquals(3, left.size(), "HOLD reader keeps the file");
        assertEquals(List.of(true, true, false), left.stream().map(SpoolFile::userHold).toList());
        assertEquals(List.of("THIRD"), readFile(bob.reader));
        assertTrue(spool.manager().file(third.file().spoolId()).userHold());
        assertEquals(ReadOutcome.NOT_READY, bob.reader.read(new byte[80], 0, 80));
    }

    @Test
    void continuousReaderReadsFilesBackToBackWithOneEndOfFile() {
        alice.punch.setTo("BOB");
        alice.punchDeck("A1", "A2");
        alice.punchDeck("B1");
        bob.reader.setContinuous(true);
        assertEquals(List.of("A1", "A2", "B1"), readFile(bob.reader));
        assertEquals(0, spool.manager().fileCount());
    }

    @Test
    void noEofReaderPresentsNotReadyAtTheEndOfAFile() {
        alice.punch.setTo("BOB");
        alice.punchDeck("ONLY");
        bob.reader.setEndOfFile(false);
        byte[] buffer = new byte[80];
        assertEquals(ReadOutcome.RECORD, bob.reader.read(buffer, 0, 80));
        assertEquals(ReadOutcome.NOT_READY, bob.reader.read(buffer, 0, 80));
    }

    @Test
    void closingTheReaderMidFilePurgesItOrKeepsItWithHold() {
        alice.punch.setTo("BOB");
        CloseResult.Closed first = (CloseResult.Closed) alice.punchDeck("1", "2");
        CloseResult.Closed second = (CloseResult.Closed) alice.punchDeck("3", "4");
        byte[] buffer = new byte[80];
        bob.reader.read(buffer, 0, 80);
        assertEquals(first.file().spoolId(), bob.reader.close(CloseOptions.Hold.HOLD, false));
        assertTrue(spool.manager().file(first.file().spoolId()).userHold());
        bob.reader.read(buffer, 0, 80);
        assertEquals(second.file().spoolId(), bob.reader.close(CloseOptions.Hold.AS_SPOOLED, false));
        assertNull(spool.manager().file(second.file().spoolId()));
    }

    @Test
    void printerKeepsCarriageControlAndRejectsCommandsItLacks() {
        byte[] line = SpoolFixture.card("HEADING");
        assertEquals(WriteOutcome.WRITTEN, alice.printer.write(UnitRecordCommand.WRITE_SKIP_CHANNEL_1.code(), line, 0, 7));
        assertEquals(WriteOutcome.WRITTEN, alice.printer.write(UnitRecordCommand.SPACE_2_IMMEDIATE.code(), line, 0, 0));
        assertEquals(WriteOutcome.COMMAND_REJECT, alice.printer.write(0x02, line, 0, 80));
        assertEquals(WriteOutcome.COMMAND_REJECT, alice.punch.write(0x09, line, 0, 80));
        alice.printer.setTo("ALICE");
        CloseResult.Closed closed = (CloseResult.Closed) alice.printer.close(CloseOptions.named("LISTING", "FILE"));
        assertEquals("LISTING", closed.file().fileName());
        assertEquals(DeviceType.PRT, closed.file().deviceType());
        byte[] buffer = new byte[200];
        assertEquals(ReadOutcome.RECORD, alice.reader.read(buffer, 0, 200));
        assertEquals(0x89, alice.reader.recordOperation());
        assertEquals(7, alice.reader.recordLength());
        assertEquals(ReadOutcome.RECORD, alice.reader.read(buffer, 0, 200));
        assertEquals(0x13, alice.reader.recordOperation());
        assertEquals(0, alice.reader.recordLength());
    }

    @Test
    void continuousPunchIgnoresCloseUntilNocont() {
        alice.punch.setContinuous(true);
        CloseResult first = alice.punchDeck("PART 1");
        assertInstanceOf(CloseResult.Continued.class, first);
        alice.punchDeck("PART 2");
        alice.punch.setContinuous(false);
        CloseResult.Closed closed = assertInstanceOf(CloseResult.Closed.class, alice.punch.close(CloseOptions.PLAIN));
        assertEquals(2, closed.file().records());
        assertEquals(SpoolQueue.PUNCH, closed.file().queue());
        assertEquals("", closed.response(), "a file for the system queue with one copy closes silently");
    }

    @Test
    void closePurgeThrowsTheOpenFileAwayAndFreesItsId() {
        alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("GONE"));
        int id = alice.punch.openSpoolId();
        assertInstanceOf(CloseResult.Purged.class,
                alice.punch.close(new CloseOptions(CloseOptions.Hold.AS_SPOOLED, true, null, null, null)));
        assertEquals(0, spool.manager().fileCount());
        assertInstanceOf(CloseResult.NothingOpen.class, alice.punch.close(CloseOptions.PLAIN));
        alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("NEXT"));
        assertEquals(id + 1, alice.punch.openSpoolId(), "ids advance and wrap; they are not reused at once");
    }

    @Test
    void copiesAndFormAndDistTravelWithTheFile() {
        alice.printer.setCopies(3);
        alice.printer.setForm("GREENBAR");
        alice.printer.setDist("BLDG5");
        alice.printer.setSpoolClass('C');
        alice.printer.write(UnitRecordCommand.WRITE_SPACE_1, SpoolFixture.card("X"));
        CloseResult.Closed closed = (CloseResult.Closed) alice.printer.close(CloseOptions.PLAIN);
        SpoolFile file = closed.file();
        assertEquals(3, file.copies());
        assertEquals("GREENBAR", file.form());
        assertEquals("BLDG5", file.dist());
        assertEquals('C', file.spoolClass());
        assertEquals(String.format("PRT FILE %04d FOR ALICE COPY 03 NOHOLD", file.spoolId()), closed.response());
    }

    @Test
    void longPunchFilesReadBackWholeAfterAWarmStart() {
        alice.punch.setTo("BOB");
        for (int i = 0; i < 5000; i++) {
            alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("CARD " + i));
        }
        alice.punch.close(CloseOptions.PLAIN);
        spool.restart();
        VirtualReader reader = new VirtualReader(0x00C, "BOB", spool.manager());
        List<String> cards = readFile(reader);
        assertEquals(5000, cards.size());
        assertEquals("CARD 4999", cards.getLast());
    }

    @Test
    void releasedReaderFileGoesBackToTheQueueWhole() {
        alice.punch.setTo("BOB");
        alice.punchDeck("ONE", "TWO");
        bob.reader.read(new byte[80], 0, 80);
        bob.reader.release();
        VirtualReader another = new VirtualReader(0x01C, "BOB", spool.manager());
        assertEquals(List.of("ONE", "TWO"), readFile(another));
    }

    @Test
    void selectedFileIsReadFirstWhateverItsPlaceInTheQueue() {
        alice.punch.setTo("BOB");
        alice.punchDeck("FIRST");
        CloseResult.Closed second = (CloseResult.Closed) alice.punchDeck("SECOND");
        assertTrue(bob.reader.select(second.file().spoolId()));
        assertEquals(List.of("SECOND"), readFile(bob.reader));
        assertEquals(List.of("FIRST"), readFile(bob.reader));
        assertFalse(bob.reader.select(second.file().spoolId()), "a purged file cannot be selected");
        assertFalse(alice.reader.select(9999));
    }
}
