package vm370.spool.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.spool.queue.SpoolLimits;
import vm370.spool.queue.SpoolManager;
import vm370.spool.testing.SpoolFixture;

/** The spool's write-ahead journal: whole batches replay in order, a torn last batch is ignored. */
class SpoolJournalTest {

    @TempDir
    Path dir;

    private static SpoolFile file(int id, String owner, long sequence) {
        return new SpoolFile(id, owner, "MAINT", SpoolQueue.READER, DeviceType.PUN, 'A', "STANDARD", "OFF",
                "F" + id, "DATA", 2, 1, false, false, false, false, "TAG TEXT", LocalDateTime.of(2026, 11, 21, 9, 30), sequence);
    }

    @Test
    void batchesComeBackInOrderAndATornLastBatchIsIgnored() throws IOException {
        Path path = dir.resolve("spool.journal");
        try (SpoolJournal journal = SpoolJournal.open(path)) {
            journal.append(List.of(new SpoolJournal.Change.Close(file(7, "ALICE", 1), List.of(new byte[] {1, 2}, new byte[] {3}))));
            journal.append(List.of(new SpoolJournal.Change.Delete(7), new SpoolJournal.Change.Update(file(8, "BOB", 2))));
        }
        // A kill in the middle of the third batch's write leaves its first bytes only.
        Files.write(path, new byte[] {0, 0, 0, 40, 'C', 0, 9}, StandardOpenOption.APPEND);
        try (SpoolJournal journal = SpoolJournal.open(path)) {
            List<SpoolJournal.Change> changes = journal.changes();
            assertEquals(3, changes.size());
            SpoolJournal.Change.Close close = (SpoolJournal.Change.Close) changes.get(0);
            assertEquals(file(7, "ALICE", 1), close.file());
            assertEquals(List.of(2, 1), close.blocks().stream().map(b -> b.length).toList());
            assertEquals(new SpoolJournal.Change.Delete(7), changes.get(1));
            assertEquals(new SpoolJournal.Change.Update(file(8, "BOB", 2)), changes.get(2));
            journal.clear();
            assertTrue(journal.changes().isEmpty());
        }
    }

    @Test
    void aDamagedBatchEndsTheReplay() throws IOException {
        Path path = dir.resolve("spool.journal");
        try (SpoolJournal journal = SpoolJournal.open(path)) {
            journal.append(List.of(new SpoolJournal.Change.Delete(1)));
            journal.append(List.of(new SpoolJournal.Change.Delete(2)));
        }
        byte[] bytes = Files.readAllBytes(path);
        bytes[bytes.length - 10] ^= 0x55;
        Files.write(path, bytes);
        try (SpoolJournal journal = SpoolJournal.open(path)) {
            assertEquals(List.of(new SpoolJournal.Change.Delete(1)), journal.changes());
        }
    }

    @Test
    void theDatabaseAsOfItsLastCleanCloseAndTheJournalMakeTheWholeSpool() throws IOException {
        Path live = dir.resolve("live");
        try (SpoolFixture spool = new SpoolFixture(live)) {
            spool.logon("MAINT", false).punchDeck("KEPT BY THE DATABASE");
        }
        // The database as H2 left it at that clean close: what a crash that lost later commits leaves.
        Path crashed = dir.resolve("crashed/spool");
        Files.createDirectories(crashed);
        Files.copy(live.resolve("spool/spool.mv.db"), crashed.resolve("spool.mv.db"));
        try (SpoolFixture spool = new SpoolFixture(live)) {
            SpoolFixture.Session maint = spool.logon("MAINT", false);
            maint.run("SPOOL PUNCH TO ALICE");
            maint.punchDeck("ONLY IN THE JOURNAL", "SECOND CARD");
            Files.copy(live.resolve("spool/spool.journal"), crashed.resolve("spool.journal"));
        }
        try (SpoolStore store = SpoolStore.open(crashed)) {
            SpoolManager manager = new SpoolManager(store, SpoolFixture.CLOCK, SpoolLimits.NONE);
            List<SpoolFile> files = manager.files(f -> true);
            assertEquals(List.of("MAINT", "ALICE"), files.stream().map(SpoolFile::owner).toList());
            List<String> cards = new java.util.ArrayList<>();
            FileRecords.scan(store, files.get(1).spoolId(), (op, data) -> cards.add(SpoolFixture.text(data, data.length)));
            assertEquals(List.of("ONLY IN THE JOURNAL", "SECOND CARD"), cards);
        }
        assertEquals(0, Files.size(crashed.resolve("spool.journal")), "replayed into the database, which was closed cleanly");
    }
}
