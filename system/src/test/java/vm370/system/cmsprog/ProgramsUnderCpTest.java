package vm370.system.cmsprog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.DiskLayout;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.MemoryBlockDevice;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;
import vm370.cms.program.SystemLibraries;
import vm370.cp.ControlProgram;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.text.Ebcdic;
import vm370.system.boot.RunningSystem;

/**
 * User programs on a virtual machine under CP: an assembler program ASSEMBLEd, LOADed and STARTed,
 * writing with WRTERM and FSWRITE, GENMODed and run by name; a program check ends in DMSABN and
 * the next command works. The console goes through CP's virtual 3215.
 */
class ProgramsUnderCpTest {

    private static final String CONFIG = """
            SYSTEM_IDENTIFIER TESTVM
            STORAGE 16M
            VOLUME VMSYS1 3350 10
            """;

    private static final String DIRECT = """
            USER ALICE ALICE 1M 4M G
             CONSOLE 009 3215
            """;

    @TempDir
    Path dir;

    private static CmsDisk disk(char mode, boolean system) {
        MemoryBlockDevice device = new MemoryBlockDevice(DiskLayout.CKD, 1024, 3000);
        CmsDisk disk = CmsDisk.format(device, system ? "SYS190" : "USR191", 0, mode, Clock.systemUTC()).orElseThrow();
        if (system) {
            SystemLibraries.install(disk);
            return ((FsResult.Done<CmsDisk>) CmsDisk.access(device, mode, true, Clock.systemUTC())).value();
        }
        return disk;
    }

    private static void source(CmsDisk disk, String name, List<String> lines) {
        RecordWriter w = disk.openWriter(FileId.of(name, "ASSEMBLE"), RecordFormat.F, 80, WriteMode.REPLACE).orElseThrow();
        for (String line : lines) {
            w.write(Ebcdic.CP037.encodePadded(line, 80), 0, 80);
        }
        w.close();
    }

    private static void await(BooleanSupplier condition, List<String> lines) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out; console: " + lines);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void anAssemblerProgramIsAssembledLoadedStartedAndGenmodedOnAVirtualMachine() throws Exception {
        CmsDisk aDisk = disk('A', false);
        CmsDisk sDisk = disk('S', true);
        source(aDisk, "HELLO", List.of(
                "HELLO    CSECT",
                "         REGEQU",
                "         LR    R12,R15",
                "         USING HELLO,R12",
                "         WRTERM 'HELLO FROM USER STORAGE'",
                "         FSWRITE 'RESULT DATA A1',BUFFER=REC,BSIZE=80",
                "         FSCLOSE 'RESULT DATA A1'",
                "         SR    R15,R15",
                "         BR    R14",
                "REC      DC    CL80'WRITTEN BY A PROGRAM'",
                "         END   HELLO"));
        source(aDisk, "BOOM", List.of(
                "BOOM     CSECT",
                "         SR    1,1",
                "         D     0,0(1)",
                "         BR    14",
                "         END"));
        GuestSystem guest = new GuestSystem() {
            @Override
            public String name() {
                return "PROGS";
            }

            @Override
            public void run(GuestMachine machine, String parm) {
                new ConsoleProgramHost(machine, List.of(aDisk, sDisk)).commandLoop();
            }
        };
        Files.writeString(dir.resolve("system.config"), CONFIG);
        Files.writeString(dir.resolve("user.direct"), DIRECT);
        try (RunningSystem system = RunningSystem.ipl(new RunningSystem.Options(dir.resolve("system.config"),
                dir.resolve("var"), dir.resolve("user.direct"), RunningSystem.Start.COLD, List.of(guest)))) {
            VirtualMachine machine = ((ControlProgram.Logon.Created) system.cp().logon("ALICE")).machine();
            List<String> lines = Collections.synchronizedList(new ArrayList<>());
            machine.connectConsole(lines::add);
            system.cp().ipl(machine, "PROGS", "");
            await(() -> lines.contains("CMS TEST HOST"), lines);
            for (String command : List.of("GLOBAL MACLIB CMSLIB", "ASSEMBLE HELLO", "LOAD HELLO", "START", "LISTFILE * DATA",
                    "GENMOD HELLO", "ERASE", "HELLO", "ASSEMBLE BOOM", "LOAD BOOM", "START", "LISTFILE BOOM *")) {
                int readies = (int) lines.stream().filter(l -> l.startsWith("Ready")).count();
                machine.typed(command);
                await(() -> lines.stream().filter(l -> l.startsWith("Ready")).count() > readies, lines);
            }
            String console = String.join("\n", lines);
            assertTrue(console.contains("DMSLIO740I EXECUTION BEGINS...\nHELLO FROM USER STORAGE\nReady;"), console);
            assertTrue(console.contains("RESULT   DATA     A1"), console);
            assertTrue(console.contains("Unknown CP/CMS command\nReady(-0003);\nHELLO FROM USER STORAGE\nReady;"), console);
            assertTrue(console.contains("DMSITP141T FIXED-POINT DIVIDE EXCEPTION OCCURRED AT 020006 IN ROUTINE BOOM\n"
                    + "DMSABN148T SYSTEM ABEND 0C9 CALLED FROM 020006\nReady(00201);"), console);
            assertTrue(console.endsWith("BOOM     TEXT     A1\nBOOM     LISTING  A1\nReady;"), console);
        }
    }
}
