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
class CmsCommandProcessorTest {

    @TempDir
    Path dir;

    @Test
    void hxEndsARunningExecAndHiRaisesHaltInIt() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "loop exec a", "/* forever */", "do i = 1; say 'LINE' i; end");
            alice.type("loop");
            alice.awaitLine(l -> l.equals("LINE 40"));
            alice.type("hx");
            List<String> tail = alice.awaitLine(l -> l.startsWith("Ready"));
            assertTrue(tail.getLast().startsWith("Ready;"), tail.getLast());
            CmsIplTest.edit(alice, "spin exec a", "/* until HI */", "signal on halt", "do forever; nop; end",
                    "halt: say 'HALTED'; exit 3");
            alice.type("spin");
            alice.type("hi");
            List<String> halted = alice.awaitLine(l -> l.startsWith("Ready"));
            assertEquals("HALTED", halted.get(halted.size() - 2), String.join("\n", alice.transcript));
            assertTrue(halted.getLast().startsWith("Ready(00003);"), halted.getLast());
        }
    }

    @Test
    void htHoldsAFloodingExecsOutputAndRtResumesIt() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "flood exec a", "/* a million lines, a CP message, then more */",
                    "do i = 1 to 1000000; say 'LINE' i; end", "'CP MSG ALICE HALFWAY'",
                    "do j = 1; say 'MORE' j; end");
            alice.type("flood");
            alice.awaitLine(l -> l.equals("LINE 40"));
            alice.type("ht");
            List<String> held = alice.awaitLine(l -> l.contains("HALFWAY"));
            assertTrue(held.stream().noneMatch(l -> l.equals("LINE 1000000")),
                    "HT holds CMS's output (CP's message still comes): " + held.get(held.size() - 2));
            alice.type("rt");
            alice.awaitLine(l -> l.startsWith("MORE"));
            alice.type("hx");
            assertTrue(alice.awaitLine(l -> l.startsWith("Ready")).getLast().startsWith("Ready;"));
        }
    }

    @Test
    void impliedExecAndCpFollowSetAndAbbreviationsWork() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "hello exec a", "/* */", "say 'HELLO' arg(1)");
            assertEquals("HELLO WORLD", alice.command("hello WORLD").getFirst());
            assertTrue(alice.command("q userid").getFirst().startsWith("ALICE"), String.join("\n", alice.transcript));
            alice.command("set impex off");
            assertEquals("IMPEX = OFF", alice.command("query impex").getFirst());
            assertEquals("Unknown CP/CMS command", alice.command("hello").getFirst());
            assertEquals("HELLO AGAIN", alice.command("ex hello AGAIN").getFirst());
            alice.command("set impcp off");
            assertEquals("Unknown CMS command", alice.command("msg alice hi").getFirst());
            assertEquals("HELLO    EXEC     A1", alice.command("l * exec").getFirst(), "fn and ft in 8 columns and a blank");
            assertEquals("ALICE1 191 A   R/W", alice.command("q search").getFirst());
        }
    }

    @Test
    void theStackCommandsCountAndDropBuffers() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(CmsSystem.options(dir, RunningSystem.Start.COLD))) {
            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "alice1");
            CmsIplTest.edit(alice, "stk exec a", "/* */", "'MAKEBUF'; b = rc", "queue 'ONE'; queue 'TWO'",
                    "'SENTRIES'; say 'BUFFER' b 'ENTRIES' rc", "'DROPBUF'", "'SENTRIES'; say 'AFTER' rc",
                    "queue 'QUERY IMPCP'");
            List<String> out = alice.command("stk");
            assertEquals(List.of("BUFFER 1 ENTRIES 2", "AFTER 0"), out.subList(0, 2));
            assertEquals("IMPCP = ON", alice.awaitLine(l -> l.startsWith("Ready")).getFirst(),
                    "a line left on the stack is read as the next command");
        }
    }
}
