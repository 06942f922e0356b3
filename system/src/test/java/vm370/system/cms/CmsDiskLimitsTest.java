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
class CmsDiskLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskEndsTheWriteWithCode13AndKeepsTheFilesItHad() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal maint = CmsTerminal.logonAndIpl(system, "maint", "");
            CmsIplTest.format(maint, "191", "a", "mnt191");
            CmsIplTest.edit(maint, "fill exec a",
                    "/* fill the disk */",
                    "do i = 1 to 500; s.i = 'RECORD NUMBER' i; end",
                    "'EXECIO 500 DISKW BIG DATA A (STEM S. FINIS'",
                    "do forever",
                    "  'COPYFILE BIG DATA A BIG2 DATA A (REPLACE'",
                    "  if rc <> 0 then leave",
                    "  'COPYFILE BIG2 DATA A BIG DATA A (APPEND'",
                    "  if rc <> 0 then leave",
                    "end",
                    "exit rc");
            List<String> out = maint.command("fill");
            assertTrue(out.stream().anyMatch(l -> l.matches("DMSCPY105S ERROR '13' WRITING FILE 'BIG2? DATA A1' ON DISK")),
                    String.join("\n", maint.transcript));
            assertTrue(out.getLast().startsWith("Ready(00013);"), out.getLast());
            assertTrue(maint.command("state fill exec a").getLast().startsWith("Ready;"));
            assertEquals("RECORD NUMBER 1", maint.command("type big data a 1 1").getFirst());
        }
    }

    @Test
    void aReadOnlyDiskRefusesWritesWithCode36() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal maint = CmsTerminal.logonAndIpl(system, "maint", "");
            CmsIplTest.format(maint, "19e", "z", "cms19e");
            CmsIplTest.edit(maint, "shared tool z", "for everyone");
            system.cp().logoff("maint");
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            List<String> ipl = alice.awaitLine(l -> l.contains("(19E)"));
            assertEquals("Y (19E) R/O", ipl.getLast());
            assertEquals("for everyone", alice.command("type shared tool y").getFirst());
            List<String> refused = alice.command("copyfile shared tool y = = y2");
            assertEquals("DISK 'Y' IS READ/ONLY", refused.getFirst());
            assertTrue(refused.getLast().startsWith("Ready(00036);"), refused.getLast());
            assertTrue(alice.command("erase shared tool y").getLast().startsWith("Ready(00036);"));
        }
    }
}
