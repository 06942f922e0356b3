package vm370.system.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.system.boot.RunningSystem;

class CmsExecTest {

    @TempDir
    Path dir;

    @Test
    void anExecUsesExecioTheStackCpAndCmsCommandsAndEndsWithItsExitValue() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "try exec a",
                    "/* EXECIO, the stack, CP and CMS */",
                    "parse arg n",
                    "do i = 1 to n; line.i = 'LINE' i; end",
                    "'EXECIO' n 'DISKW NUMBERS DATA A (STEM LINE. FINIS'",
                    "say 'DISKW RC' rc",
                    "'EXECIO * DISKR NUMBERS DATA A (STEM IN. FINIS'",
                    "say 'READ' in.0 in.3",
                    "'MAKEBUF'",
                    "queue 'first'",
                    "push 'zeroth'",
                    "say 'QUEUED' queued()",
                    "pull a; pull b; say a b",
                    "'DROPBUF'",
                    "'LISTFILE * DATA A (STACK'",
                    "pull fn ft fm .",
                    "say 'STACKED' fn ft fm",
                    "'EXECIO * CP (STEM CPR. STRING QUERY USERID'",
                    "say 'CP' word(cpr.1, 1)",
                    "address command 'STATE NUMBERS DATA A'",
                    "say 'STATE RC' rc",
                    "'STATE NOSUCH FILE A'",
                    "say 'MISSING RC' rc",
                    "exit 7");
            List<String> out = alice.command("try 5");
            assertEquals(List.of("DISKW RC 0", "READ 5 LINE 3", "QUEUED 2", "ZEROTH FIRST",
                    "STACKED NUMBERS DATA A1", "CP ALICE", "STATE RC 0", "FILE 'NOSUCH FILE A' NOT FOUND",
                    "MISSING RC 28"), out.subList(0, out.size() - 1), String.join("\n", alice.transcript));
            assertTrue(out.getLast().startsWith("Ready(00007);"), out.getLast());
        }
    }

    @Test
    void aRexxErrorNamesTheLineAndANonRexxExecIsRefused() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "bad exec a", "/* broken */", "say 1 +", "exit");
            List<String> out = alice.command("exec bad");
            assertTrue(out.stream().anyMatch(l -> l.startsWith("DMSREX") || l.contains("Error 35")),
                    String.join("\n", alice.transcript));
            assertTrue(out.getLast().startsWith("Ready(20035);"), out.getLast());
            CmsIplTest.edit(alice, "old exec a", "&TYPE HELLO");
            List<String> old = alice.command("old");
            assertTrue(old.getFirst().contains("CMS EXEC AND EXEC 2 ARE NOT SUPPORTED"), old.getFirst());
        }
    }

    @Test
    void filesAndProfileExecSurviveLogoffAndARestartOfTheSystem() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "profile exec a", "/* PROFILE */", "say 'PROFILE RAN FOR' userid()");
            CmsIplTest.edit(alice, "keep data a", "kept across restarts");
            system.cp().logoff("alice");
            CmsTerminal again = CmsTerminal.logonAndIpl(system, "alice", "AUTOCR");
            List<String> profile = again.awaitLine(l -> l.startsWith("Ready"));
            assertTrue(profile.contains("PROFILE RAN FOR ALICE"), String.join("\n", again.transcript));
        }
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.WARM))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            List<String> typed = alice.command("type keep data");
            int profile = typed.indexOf("PROFILE RAN FOR ALICE");
            assertTrue(profile >= 0, String.join("\n", alice.transcript));
            assertTrue(typed.get(profile + 1).startsWith("Ready;"), typed.get(profile + 1));
            assertEquals("kept across restarts", alice.awaitLine(l -> l.startsWith("Ready")).getFirst());
        }
    }
}
