package vm370.system.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.system.boot.RunningSystem;

/** XEDIT on a 3215 console: DIAGNOSE X'58' says there is no 3270, so CMS runs XEDIT's line-mode subset. */
class XeditLineModeTest {

    @TempDir
    Path dir;

    @Test
    void xeditOnALineModeConsoleTakesSubcommandsALineAtATime() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            alice.awaitLine(l -> l.contains("(19E)"));
            CmsIplTest.format(alice, "191", "a", "alice1");
            alice.type("xedit notes data a");
            List<String> opened = alice.awaitLine(l -> l.equals("XEDIT:"));
            assertTrue(opened.contains("New file"), opened.toString());
            alice.type("input");
            alice.awaitLine(l -> l.equals("INPUT:"));
            alice.type("first line");
            alice.type("second line");
            alice.type("");
            alice.awaitLine(l -> l.equals("XEDIT:"));
            alice.type("top");
            alice.awaitLine(l -> l.equals("* * * Top of File * * *"));
            alice.type("next");
            alice.awaitLine(l -> l.equals("FIRST LINE"));
            alice.type("c/first/1st/");
            alice.awaitLine(l -> l.equals("1ST LINE"));
            alice.type("quit");
            alice.awaitLine(l -> l.equals("File has been changed; type QQUIT to quit anyway"));
            List<String> filed = alice.command("file");
            assertTrue(filed.getLast().startsWith("Ready;"), filed.toString());
            List<String> typed = alice.command("type notes data a");
            assertEquals(List.of("1ST LINE", "SECOND LINE"), typed.subList(0, 2).stream().map(String::stripTrailing).toList());
        }
    }
}
