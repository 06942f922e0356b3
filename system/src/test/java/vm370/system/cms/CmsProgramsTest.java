package vm370.system.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cms.fs.FsCode;
import vm370.cms.nucleus.AccessedDisk;
import vm370.cms.nucleus.Cms;
import vm370.cms.program.SystemLibraries;
import vm370.system.boot.RunningSystem;

/**
 * User programs under the real CMS, end to end through CP: MAINT puts CMSLIB MACLIB on the system
 * disk (190); ALICE, who links it as her S-disk, writes an assembler program with EDIT, ASSEMBLEs,
 * LOADs and STARTs it (WRTERM, and FSWRITE that LISTFILE then shows), GENMODs it and runs it by name;
 * a program check gives the abend messages and the next command works; HX ends a program that loops. (EMSG is TEXT: I
 * messages without their ids; T messages always with them.)
 */
class CmsProgramsTest {

    private static final String DIRECT = """
            USER ALICE ALICE 4M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             MDISK 191 3350 1 3 CMS001 MR
             LINK MAINT 190 190 RR
            USER MAINT MAINT 4M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             MDISK 190 3350 6 2 CMS001 MR
            """;

    @TempDir
    Path dir;

    /** CMS with one test command, SYSLIBS, standing in for the boot's preparation of the S-disk. */
    private RunningSystem.Options options() throws Exception {
        Files.writeString(dir.resolve("system.config"), CmsSystem.CONFIG);
        Files.writeString(dir.resolve("user.direct"), DIRECT);
        Cms cms = new Cms(table -> table.add("SYSLIBS", "SYSLIBS", (session, line) -> {
            AccessedDisk disk = session.disks().get(line.operand(0, "B").charAt(0)).orElseThrow();
            return SystemLibraries.install(disk.disk()) == FsCode.OK ? 0 : 100;
        }), null);
        return new RunningSystem.Options(dir.resolve("system.config"), dir.resolve("var"), dir.resolve("user.direct"),
                RunningSystem.Start.COLD, List.of(cms));
    }

    @Test
    void anAssemblerProgramIsWrittenAssembledLoadedStartedAndGenmodedUnderCms() throws Exception {
        try (RunningSystem system = RunningSystem.ipl(options())) {
            CmsTerminal maint = CmsTerminal.logonAndIpl(system, "maint", "");
            CmsIplTest.format(maint, "190", "b", "MNT190");
            assertTrue(maint.command("syslibs b").getLast().startsWith("Ready;"), String.join("\n", maint.transcript));
            system.cp().logoff("MAINT");

            CmsTerminal alice = CmsTerminal.logonAndIpl(system, "alice", "");
            CmsIplTest.format(alice, "191", "a", "ALI191");
            CmsIplTest.edit(alice, "hello assemble a",
                    "HELLO    CSECT",
                    "         REGEQU",
                    "         LR    R12,R15",
                    "         USING HELLO,R12",
                    "         WRTERM 'HELLO FROM A CMS PROGRAM'",
                    "         FSWRITE 'RESULT DATA A1',BUFFER=REC,BSIZE=80",
                    "         SR    R15,R15",
                    "         BR    R14",
                    "REC      DC    CL80'WRITTEN BY FSWRITE'",
                    "         END   HELLO");
            assertEquals("MACLIB = NONE", alice.command("query maclib").getFirst());
            assertTrue(alice.command("global maclib cmslib").getLast().startsWith("Ready;"), String.join("\n", alice.transcript));
            assertEquals("MACLIB = CMSLIB", alice.command("q maclib").getFirst());
            assertTrue(alice.command("assemble hello").getLast().startsWith("Ready;"), String.join("\n", alice.transcript));
            assertTrue(alice.command("load hello").getLast().startsWith("Ready;"), String.join("\n", alice.transcript));
            List<String> started = alice.command("start");
            assertEquals(List.of("EXECUTION BEGINS...", "HELLO FROM A CMS PROGRAM"), started.subList(0, 2),
                    String.join("\n", alice.transcript));
            assertTrue(started.getLast().startsWith("Ready;"));
            assertTrue(alice.command("listfile result data").getFirst().startsWith("RESULT"), String.join("\n", alice.transcript));
            assertTrue(alice.command("type result data").contains("WRITTEN BY FSWRITE"), String.join("\n", alice.transcript));

            assertTrue(alice.command("genmod hello").getLast().startsWith("Ready;"), String.join("\n", alice.transcript));
            alice.command("erase result data");
            List<String> byName = alice.command("hello");
            assertEquals("HELLO FROM A CMS PROGRAM", byName.getFirst(), String.join("\n", alice.transcript));
            assertTrue(byName.getLast().startsWith("Ready;"));

            CmsIplTest.edit(alice, "boom assemble a",
                    "BOOM     CSECT",
                    "         SR    1,1",
                    "         D     0,0(1)",
                    "         BR    14",
                    "         END");
            alice.command("assemble boom");
            alice.command("load boom");
            List<String> boom = alice.command("start");
            assertEquals(List.of("EXECUTION BEGINS...",
                    "DMSITP141T FIXED-POINT DIVIDE EXCEPTION OCCURRED AT 020006 IN ROUTINE BOOM",
                    "DMSABN148T SYSTEM ABEND 0C9 CALLED FROM 020006"), boom.subList(0, 3), String.join("\n", alice.transcript));
            assertTrue(boom.getLast().startsWith("Ready(00201);"), boom.getLast());
            assertTrue(alice.command("listfile boom text").getFirst().startsWith("BOOM"), String.join("\n", alice.transcript));

            CmsIplTest.edit(alice, "spin assemble a",
                    "SPIN     CSECT",
                    "         BALR  12,0",
                    "         USING *,12",
                    "         WRTERM 'SPINNING'",
                    "LOOP     B     LOOP",
                    "         END");
            alice.command("assemble spin");
            alice.command("load spin");
            alice.type("start");
            alice.awaitLine(l -> l.equals("SPINNING"));
            alice.type("hx");
            List<String> halted = alice.awaitLine(l -> l.startsWith("Ready"));
            assertTrue(halted.stream().noneMatch(l -> l.contains("ABEND")), "HX ends the loop quietly: " + halted);
            assertTrue(alice.command("listfile spin text").getFirst().startsWith("SPIN"), String.join("\n", alice.transcript));
        }
    }
}
