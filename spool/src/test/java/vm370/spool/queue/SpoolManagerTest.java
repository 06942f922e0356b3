package vm370.spool.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.CloseResult;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualPunch;
import vm370.spool.device.WriteOutcome;
import vm370.spool.file.DeviceType;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.file.SpoolStore;
import vm370.spool.testing.SpoolFixture;

class SpoolManagerTest {

    @TempDir
    Path folder;

    @Test
    void warmStartRecoversEveryClosedFileWithAllItsAttributes() {
        SpoolFile before;
        try (SpoolFixture spool = new SpoolFixture(folder)) {
            SpoolFixture.Session alice = spool.logon("ALICE", false);
            alice.punch.setTo("BOB");
            alice.punch.setSpoolClass('Q');
            alice.punch.setCopies(7);
            alice.punch.setHold(true);
            alice.punch.setForm("CARDS");
            alice.punch.setDist("ROOM12");
            alice.punch.setTag("NODE2 CARL 50");
            alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("ONE"));
            alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("TWO"));
            before = ((CloseResult.Closed) alice.punch.close(CloseOptions.named("DATA", "DECK"))).file();
            spool.restart();
            SpoolFile after = spool.manager().file(before.spoolId());
            assertEquals(before, after);
            assertEquals(new SpoolFile(before.spoolId(), "BOB", "ALICE", SpoolQueue.READER, DeviceType.PUN, 'Q',
                    "CARDS", "ROOM12", "DATA", "DECK", 2, 7, true, false, false, false, "NODE2 CARL 50",
                    LocalDateTime.of(2026, 11, 21, 9, 30, 15), before.sequence()), after);
        }
    }

    @Test
    void filesStillOpenAtACrashArePurgedByTheWarmStart() {
        try (SpoolFixture spool = new SpoolFixture(folder)) {
            SpoolFixture.Session alice = spool.logon("ALICE", false);
            for (int i = 0; i < 5000; i++) {
                alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("OPEN " + i));
            }
            int openId = alice.punch.openSpoolId();
            spool.restart();
            assertNull(spool.manager().file(openId));
            assertEquals(0, spool.manager().fileCount());
            assertEquals(0, spool.manager().account("ALICE").files());
        }
    }

    @Test
    void spoolIdsRunFrom1To9999ThenWrapSkippingIdsStillInUse() {
        try (SpoolStore store = SpoolStore.open(folder)) {
            SpoolManager manager = new SpoolManager(store, SpoolFixture.CLOCK, SpoolLimits.NONE);
            SpoolAccount account = manager.account("ALICE");
            Set<Integer> seen = new HashSet<>();
            for (int i = 1; i <= 9999; i++) {
                int id = manager.allocateId(account);
                assertEquals(i, id);
                seen.add(id);
            }
            assertEquals(SpoolFull.SYSTEM, manager.checkNewFile(account));
            assertEquals(0, manager.allocateId(account), "no id left: the spool is full");
            manager.abandonOpenFile(42, account, 0);
            manager.abandonOpenFile(7, account, 0);
            assertEquals(7, manager.allocateId(account), "after 9999 the ids wrap to the lowest free one");
            assertEquals(42, manager.allocateId(account));
            assertEquals(9999, seen.size());
        }
    }

    @Test
    void systemFileLimitRefusesANewFileWithTheMessageAndCorruptsNothing() {
        try (SpoolFixture spool = new SpoolFixture(folder, new SpoolLimits(2, Long.MAX_VALUE, 9999, Long.MAX_VALUE))) {
            SpoolFixture.Session alice = spool.logon("ALICE", false);
            alice.punchDeck("FILE 1");
            alice.punchDeck("FILE 2");
            WriteOutcome refused = alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("FILE 3"));
            assertEquals(WriteOutcome.SYSTEM_SPOOL_FULL, refused);
            assertEquals("DMKCKS509E SYSTEM SPOOL SPACE FULL", refused.message());
            assertInstanceOf(CloseResult.NothingOpen.class, alice.punch.close(CloseOptions.PLAIN));
            spool.restart();
            assertEquals(2, spool.manager().fileCount());
        }
    }

    @Test
    void userRecordLimitStopsARunawayPunchButKeepsWhatWasWritten() {
        try (SpoolFixture spool = new SpoolFixture(folder, new SpoolLimits(9999, Long.MAX_VALUE, 9999, 5))) {
            SpoolFixture.Session alice = spool.logon("ALICE", false);
            SpoolFixture.Session bob = spool.logon("BOB", false);
            int written = 0;
            while (alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("C")) == WriteOutcome.WRITTEN) {
                written++;
            }
            assertEquals(5, written);
            assertEquals(WriteOutcome.USER_SPOOL_FULL,
                    alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("C")));
            assertEquals("DMKCKS510E USER SPOOL SPACE LIMIT EXCEEDED", WriteOutcome.USER_SPOOL_FULL.message());
            CloseResult.Closed closed = (CloseResult.Closed) alice.punch.close(CloseOptions.PLAIN);
            assertEquals(5, closed.file().records());
            assertEquals(WriteOutcome.WRITTEN, bob.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("B")),
                    "another user still has room");
            spool.manager().purge(List.of(closed.file()));
            assertEquals(WriteOutcome.WRITTEN, alice.punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("C")),
                    "purging gives the records back");
        }
    }

    @Test
    void idsOfPurgedFilesComeBackAfterAWarmStartButNeverTwiceAtOnce() {
        try (SpoolFixture spool = new SpoolFixture(folder)) {
            SpoolFixture.Session alice = spool.logon("ALICE", false);
            CloseResult.Closed kept = (CloseResult.Closed) alice.punchDeck("KEPT");
            CloseResult.Closed purged = (CloseResult.Closed) alice.punchDeck("PURGED");
            spool.manager().purge(List.of(purged.file()));
            spool.restart();
            assertNull(spool.manager().file(purged.file().spoolId()));
            VirtualPunch punch = new VirtualPunch(0x00D, "ALICE", spool.manager());
            punch.write(UnitRecordCommand.PUNCH_STACKER_1, SpoolFixture.card("NEW"));
            assertNotEquals(kept.file().spoolId(), punch.openSpoolId());
            assertTrue(punch.openSpoolId() >= 1);
        }
    }
}
