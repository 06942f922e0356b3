package vm370.system.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.system.boot.RunningSystem;

@Tag("system")
class CmsSpoolTest {

    @TempDir
    Path dir;

    @Test
    void sendfileGoesToAnotherUsersReaderAndReceiveWritesItOnHisDisk() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "plan text a", "first line", "second line");
            List<String> sent = alice.command("sendfile plan text a to bob");
            assertEquals("File 'PLAN TEXT A1' sent to BOB", sent.getFirst(), String.join("\n", alice.transcript));
            CmsTerminal bob = CmsTerminal.logonAndIpl(system, "bob", "");
            CmsIplTest.format(bob, "191", "a", "bob191");
            List<String> received = bob.command("receive");
            assertEquals("File PLAN TEXT A1 received from ALICE", received.getFirst(), String.join("\n", bob.transcript));
            assertEquals(List.of("first line", "second line"), bob.command("type plan text a").subList(0, 2));
            List<String> empty = bob.command("receive");
            assertEquals("NO FILES IN READER", empty.getFirst());
        }
    }

    @Test
    void sendfileAndTellToAnotherNodeGoThroughRscs() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "plan text a", "first line");
            List<String> sent = alice.command("sendfile plan text a to bob at faraway");
            assertEquals("File 'PLAN TEXT A1' sent to BOB at FARAWAY", sent.getFirst(), String.join("\n", alice.transcript));
            var queued = system.spool().manager().files(f -> f.owner().equals("RSCS")
                    && f.queue() == vm370.spool.file.SpoolQueue.READER);
            assertEquals(1, queued.size(), "the file waits in RSCS's reader");
            assertEquals("FARAWAY BOB", queued.getFirst().tag().strip(), "tagged with the node and user");
            List<String> told = alice.command("tell bob at faraway hello there");
            assertTrue(told.getFirst().contains("RSCS NOT LOGGED ON"), String.join("\n", alice.transcript));
            assertEquals("File 'PLAN TEXT A1' sent to BOB", alice.command("sendfile plan text a to bob").getFirst(),
                    "the punch is the user's own again, untagged");
            assertTrue(system.spool().manager().files(f -> f.owner().equals("BOB")).getFirst().tag().isBlank());
        }
    }

    @Test
    void punchedCardsComeBackWithReadcardUnderTheirReadCardNames() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "deck data a", "CARD ONE", "CARD TWO");
            assertTrue(alice.command("cp spool punch to alice").getLast().startsWith("Ready;"));
            assertTrue(alice.command("punch deck data a").getLast().startsWith("Ready;"), String.join("\n", alice.transcript));
            assertTrue(alice.command("erase deck data a").getLast().startsWith("Ready;"));
            List<String> read = alice.command("readcard *");
            assertTrue(read.getFirst().startsWith(":READ  DECK     DATA     A1"), String.join("\n", alice.transcript));
            assertEquals(List.of("CARD ONE", "CARD TWO"), alice.command("type deck data a").subList(0, 2));
            assertTrue(alice.command("punch deck data a (noheader").getLast().startsWith("Ready;"));
            alice.command("readcard new cards a");
            assertEquals(List.of("CARD ONE", "CARD TWO"), alice.command("type new cards a").subList(0, 2));
        }
    }

    @Test
    void diskDumpAndLoadKeepAVariableFileAndANoteArrives() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "mkv exec a", "/* */", "s.1 = 'a'; s.2 = copies('long ', 30); s.3 = 'end'",
                    "'EXECIO 3 DISKW VAR DATA A3 (STEM S. FINIS'");
            alice.command("mkv");
            assertTrue(alice.command("cp spool punch to alice").getLast().startsWith("Ready;"));
            assertTrue(alice.command("disk dump var data a").getLast().startsWith("Ready;"), String.join("\n", alice.transcript));
            assertTrue(alice.command("erase var data a").getLast().startsWith("Ready;"));
            assertTrue(alice.command("disk load").getLast().startsWith("Ready;"), String.join("\n", alice.transcript));
            List<String> listed = alice.command("listfile var data a (format");
            assertTrue(listed.get(1).startsWith("VAR      DATA     A3  V   150      3"), listed.get(1));
            assertEquals("long long", alice.command("type var data a 2 2").getFirst().substring(0, 9));
            CmsTerminal bob = CmsTerminal.logonAndIpl(system, "bob", "");
            CmsIplTest.format(bob, "191", "a", "bob191");
            alice.type("note bob");
            alice.awaitLine(l -> l.startsWith("Enter the note"));
            alice.type("lunch at noon?");
            List<String> noted = alice.command("");
            assertEquals("Note sent to BOB", noted.getFirst());
            assertEquals("File ALICE NOTE A1 received from ALICE", bob.command("receive").getFirst(),
                    String.join("\n", bob.transcript));
            List<String> note = bob.command("type alice note");
            assertEquals(List.of("From: ALICE", "To:   BOB", " ", "lunch at noon?"), note.subList(1, 5), "an empty line is written as one blank");
        }
    }
}
