package vm370.system.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.system.boot.RunningSystem;

class CmsIplTest {

    @TempDir
    Path dir;

    static void format(CmsTerminal t, String cuu, String mode, String label) {
        t.type("format " + cuu + " " + mode);
        t.awaitLine(l -> l.contains("DO YOU WISH TO CONTINUE"));
        t.type("yes");
        t.awaitLine(l -> l.contains("ENTER DISK LABEL"));
        List<String> formatted = t.command(label);
        assertTrue(formatted.getLast().startsWith("Ready;"), String.join("\n", t.transcript));
    }

    static void edit(CmsTerminal t, String fileId, String... lines) {
        t.type("edit " + fileId);
        t.awaitLine(l -> l.equals("EDIT:"));
        t.type("input");
        t.awaitLine(l -> l.equals("INPUT:"));
        for (String line : lines) {
            t.type(line);
        }
        t.type("");
        t.awaitLine(l -> l.equals("EDIT:"));
        assertTrue(t.command("file").getLast().startsWith("Ready;"), String.join("\n", t.transcript));
    }

    @Test
    void iplShowsTheVersionAndAnUnformattedAdiskThenFormatMakesItUsable() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            List<String> ipl = alice.awaitLine(l -> l.contains("(19E)"));
            assertTrue(ipl.stream().anyMatch(l -> l.equals("DMSACC112S A (191) DEVICE ERROR")), ipl.toString());
            format(alice, "191", "a", "alice1");
            assertTrue(alice.transcript.contains("'3' CYLINDERS FORMATTED ON DISK 'A(191)'"),
                    String.join("\n", alice.transcript));
            List<String> listed = alice.command("listfile");
            assertEquals("FILE NOT FOUND", listed.getFirst());
            assertTrue(listed.getLast().startsWith("Ready(00028); T="), listed.getLast());
            List<String> query = alice.command("q disk");
            assertEquals("LABEL  CUU M  STAT  CYL TYPE BLKSIZE  FILES  BLKS USED-(%) BLKS LEFT  BLK TOTAL",
                    query.get(0));
            assertEquals("ALICE1 191 A   R/W    3 3350    4096      0           6-01       354        360", query.get(1));
        }
    }

    @Test
    void filesMadeByEditAndCopyfileCanBeListedTypedRenamedAndErased() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            format(alice, "191", "a", "alice1");
            edit(alice, "memo script a", "Dear Bob,", "the disk is formatted.");
            assertEquals(List.of("Dear Bob,", "the disk is formatted."), alice.command("type memo script").subList(0, 2));
            assertTrue(alice.command("copyfile memo script a letter = = (type").getFirst()
                    .equals("COPY 'MEMO SCRIPT A1' TO 'LETTER SCRIPT A1' (NEW FILE)"), String.join("\n", alice.transcript));
            assertEquals(List.of("LETTER   SCRIPT   A1", "MEMO     SCRIPT   A1"),
                    alice.command("listfile * script").subList(0, 2).stream().sorted().toList());
            List<String> again = alice.command("copyfile memo script a letter script a");
            assertEquals("FILE 'LETTER SCRIPT A1' ALREADY EXISTS -- SPECIFY 'REPLACE'", again.getFirst());
            assertTrue(again.getLast().startsWith("Ready(00028);"));
            assertTrue(alice.command("rename letter script a note script a").getLast().startsWith("Ready;"));
            assertTrue(alice.command("state note script").getLast().startsWith("Ready;"));
            assertTrue(alice.command("erase note script").getLast().startsWith("Ready;"));
            List<String> gone = alice.command("type note script");
            assertEquals("FILE 'NOTE SCRIPT *' NOT FOUND", gone.getFirst());
            List<String> label = alice.command("listfile memo script a (label");
            assertEquals("Filename Filetype Fm  Format    Recs Blocks    Date     Time   Label", label.get(0));
            assertTrue(label.get(1).matches("MEMO     SCRIPT   A1  F    80      2      1  \\d\\d/\\d\\d/\\d\\d   \\d\\d:\\d\\d  ALICE1"),
                    label.get(1));
            List<String> unknown = alice.command("frobnicate");
            assertEquals(List.of("Unknown CP/CMS command"), unknown.subList(0, 1));
            assertTrue(unknown.getLast().startsWith("Ready(-0003);"), unknown.getLast());
        }
    }

    @Test
    void anFbaMinidiskIsFormattedAccessedAgainAndFilteredByAccess() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal bob = CmsTerminal.logonAndIpl(system, "bob", "");
            format(bob, "192", "b", "bob192");
            assertTrue(bob.transcript.contains("'2000' BLOCKS FORMATTED ON DISK 'B(192)'"), String.join("\n", bob.transcript));
            edit(bob, "one list b", "first");
            edit(bob, "two data b", "second");
            assertTrue(bob.command("release b").getLast().startsWith("Ready;"));
            assertEquals("DISK 'B' NOT ACCESSED", bob.command("listfile * * b").getFirst());
            assertTrue(bob.command("access 192 c/a * list").getLast().startsWith("Ready;"), String.join("\n", bob.transcript));
            assertEquals(List.of("ONE      LIST     C1"), bob.command("listfile * * c").subList(0, 1));
            assertEquals("FILE NOT FOUND", bob.command("listfile two data c").getFirst());
            assertEquals("first", bob.command("type one list *").getFirst());
            List<String> disks = bob.command("query disk c");
            assertTrue(disks.get(1).startsWith("BOB192 192 C/A R/O    0 3370    4096      2"), disks.get(1));
        }
    }
}
