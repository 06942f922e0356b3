package vm370.system.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.system.boot.RunningSystem;

/** COPYFILE (PACK and (UNPACK under CMS, in place and to another file, and COPYFILE's option messages. */
class CopyFilePackTest {

    @TempDir
    Path dir;

    @Test
    void packMakesAnF1024FileAndUnpackRestoresTheOriginalAndBadOptionsAreNamed() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "memo script a", "Dear Bob,", "the disk is formatted", "and packed.");
            assertTrue(alice.command("copyfile memo script a memo packed a (pack").getLast().startsWith("Ready;"),
                    String.join("\n", alice.transcript));
            List<String> listed = alice.command("listfile memo packed a (label");
            assertTrue(listed.get(1).startsWith("MEMO     PACKED   A1  F  1024      1"), listed.get(1));
            assertTrue(alice.command("copyfile memo packed a (unpack").getLast().startsWith("Ready;"),
                    String.join("\n", alice.transcript));
            listed = alice.command("listfile memo packed a (label");
            assertTrue(listed.get(1).startsWith("MEMO     PACKED   A1  F    80      3"), listed.get(1));
            assertEquals(List.of("Dear Bob,", "the disk is formatted", "and packed."),
                    alice.command("type memo packed a").subList(0, 3));
            assertEquals("FILE 'MEMO SCRIPT A1' IS NOT IN PACKED FORMAT",
                    alice.command("copyfile memo script a = unpacked = (unpack").getFirst());
            List<String> conflict = alice.command("copyfile memo script a = other = (pack unpack");
            assertEquals("'PACK' AND 'UNPACK' ARE CONFLICTING OPTIONS", conflict.getFirst());
            assertTrue(conflict.getLast().startsWith("Ready(00024);"), conflict.getLast());
            assertEquals("INVALID OPTION 'SIDEWAYS'",
                    alice.command("copyfile memo script a = other = (sideways").getFirst());
            assertEquals("INVALID PARAMETER 'X' IN THE OPTION 'RECFM' FIELD",
                    alice.command("copyfile memo script a = other = (recfm x").getFirst());
            assertEquals("'PACK' AND 'LRECL' ARE CONFLICTING OPTIONS",
                    alice.command("copyfile memo script a = other = (pack lrecl 100").getFirst());
            assertEquals("FILE NOT FOUND", alice.command("listfile copyfile cmsut1 a").getFirst(),
                    "the work file of the in-place copies is gone");
        }
    }
}
