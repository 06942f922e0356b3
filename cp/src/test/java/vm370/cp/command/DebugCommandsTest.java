package vm370.cp.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.TestSystem;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.asm.Assembler;
import vm370.s370.loader.Loader;
import vm370.s370.text.Ebcdic;
import vm370.spool.file.DeviceType;
import vm370.spool.file.FileRecords;
import vm370.spool.file.SpoolFile;

/**
 * TRACE, ADSTOP, DUMP and QUERY TRACE on a real program: an IPL deck assembled by our assembler that
 * loads registers, issues SVC 13 (its handler returns with LPSW), branches and ends in a disabled wait.
 */
class DebugCommandsTest {

    /** BALR at 2000, MVC 2002, LA 2008, SVC 200C, B 200E, LPSW DONE at 2014, the SVC handler at 2018. */
    private static final String PROGRAM = """
            TRACED   START X'2000'
                     BALR  12,0
                     USING *,12
                     MVC   X'60'(8),SVCPSW
                     LA    1,1
                     SVC   13
                     B     NEXT
                     DC    H'0'
            NEXT     LPSW  DONE
            HANDLER  LPSW  X'20'
                     DS    0D
            SVCPSW   DC    X'00000000',A(HANDLER)
            DONE     DC    X'0002000000000000'
                     END
            """;
    private static final String SVC_LINE = "SVC   00200C  0A0D      OLD PSW = 0000000D 4000200E  NEW PSW = 00000000 00002018";
    private static final String BRANCH_LINE = "*** 00200E BRANCH TO 002014";
    private static final String WAIT = "DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'";

    @TempDir
    Path var;
    private CommandFixture fixture;

    @BeforeEach
    void logon() throws Exception {
        fixture = new CommandFixture(var);
        fixture.system.punchIplDeck("ALICE", PROGRAM);
    }

    @AfterEach
    void logoff() throws Exception {
        fixture.close();
    }

    private List<String> console() {
        return fixture.console("ALICE");
    }

    private void awaitLine(String line) throws InterruptedException {
        try {
            TestSystem.await(() -> console().contains(line), line);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " on ALICE's console:\n" + String.join("\n", console()), e);
        }
    }

    private void awaitStopped() throws InterruptedException {
        VirtualMachine alice = fixture.system.machine("ALICE");
        TestSystem.await(() -> alice.state() == VirtualMachine.RunState.STOPPED, "ALICE stopped in CP mode");
    }

    @Test
    void traceSvcAndBranchWithRunShowsTheirLinesInOrderAndTheProgramRunsToItsEnd() throws Exception {
        assertEquals(List.of(), fixture.run("ALICE", "TRACE SVC BR RUN").lines());
        fixture.run("ALICE", "IPL 00C");
        awaitLine(WAIT);
        List<String> lines = new ArrayList<>(console());
        lines.retainAll(List.of(SVC_LINE, BRANCH_LINE, WAIT));
        assertEquals(List.of(SVC_LINE, BRANCH_LINE, WAIT), lines);
    }

    @Test
    void traceInstructionListsEachInstructionDisassembled() throws Exception {
        fixture.run("ALICE", "TRACE INSTRUCTION RUN");
        fixture.run("ALICE", "IPL 00C");
        awaitLine(WAIT);
        assertTrue(console().contains("002008  4110 0001       LA    1,1"), () -> String.join("\n", console()));
        assertTrue(console().stream().anyMatch(l -> l.startsWith("00200C  0A0D")), "the SVC itself");
    }

    @Test
    void norunStopsInCpModeAfterTheEventAndBeginGoesOn() throws Exception {
        fixture.run("ALICE", "TRACE SVC");
        fixture.run("ALICE", "IPL 00C");
        awaitLine(SVC_LINE);
        awaitStopped();
        assertEquals(List.of("PSW = 00000000  40002018"), fixture.run("ALICE", "D PSW").lines());
        assertFalse(console().contains(WAIT));
        fixture.run("ALICE", "BEGIN");
        awaitLine(WAIT);
    }

    @Test
    void norunStopsAProgramAGuestSystemRunsUntilBegin() throws Exception {
        var assembled = new Assembler(List.of()).assemble("TRACED", PROGRAM.lines().toList());
        var program = Loader.linkAtAssembledAddress(List.of(assembled.objectDeck()));
        AtomicBoolean done = new AtomicBoolean();
        fixture.system.named.register(new GuestSystem() {
            @Override
            public String name() {
                return "RUNNER";
            }

            @Override
            public void run(GuestMachine machine, String parm) {
                machine.write(program.origin(), program.image(), 0, program.image().length);
                machine.loadPsw(program.origin());
                machine.runUntilDisabledWait();
                done.set(true);
            }
        });
        fixture.run("ALICE", "TRACE SVC");
        fixture.run("ALICE", "IPL RUNNER");
        awaitLine(SVC_LINE);
        awaitStopped();
        assertFalse(done.get(), "the program waits in CP mode");
        fixture.run("ALICE", "BEGIN");
        TestSystem.await(done::get, "the program to end after BEGIN");
    }

    @Test
    void adstopStopsBeforeTheInstructionOnceAndBeginExecutesIt() throws Exception {
        assertEquals(List.of(), fixture.run("ALICE", "ADSTOP 200E").lines());
        assertEquals(List.of("ADSTOP      00200E"), fixture.run("ALICE", "Q TRACE").lines());
        fixture.run("ALICE", "IPL 00C");
        awaitLine("ADSTOP AT 00200E");
        awaitStopped();
        assertEquals(List.of("GPR  1 = 00000001"), fixture.run("ALICE", "D G1").lines(), "LA ran before the stop");
        assertEquals(List.of("PSW = 0000000D  8000200E"), fixture.run("ALICE", "D PSW").lines());
        assertEquals(List.of("TRACE NOT ACTIVE"), fixture.run("ALICE", "Q TRACE").lines(), "the stop is used up");
        fixture.run("ALICE", "B");
        awaitLine(WAIT);
    }

    /** SIO at 2010 of the CCW at 2038 (write "HELLO" on the printer 00E, which ends at once: CC 1, the CSW stored). */
    private static final String PRINTING = """
            IOPROG   START X'2000'
                     BALR  12,0
                     USING *,12
                     MVC   X'78'(8),IONEW
                     LA    1,CCW
                     ST    1,X'48'
                     SIO   X'00E'
                     LPSW  DONE
            HANDLER  LPSW  DONE
                     DS    0D
            IONEW    DC    X'00000000',A(HANDLER)
            WAITIO   DC    X'80020000',A(0)
            DONE     DC    X'0002000000000000'
            CCW      DC    X'09',AL3(LINE),X'20',X'00',AL2(5)
            LINE     DC    C'HELLO'
                     END
            """;

    @Test
    void traceOfSioShowsTheInstructionItsConditionCodeAndTheChannelProgram() throws Exception {
        fixture.run("ALICE", "PURGE READER ALL");
        fixture.system.punchIplDeck("ALICE", PRINTING);
        fixture.run("ALICE", "TRACE SIO CCW I/O CSW RUN");
        fixture.run("ALICE", "IPL 00C");
        awaitLine(WAIT);
        List<String> lines = console();
        assertTrue(lines.contains("SIO   002010  9C00 000E       SIO   14  CC 1"), () -> String.join("\n", lines));
        assertTrue(lines.contains("CCW   002038  09002040 20000005"), () -> String.join("\n", lines));
        assertEquals(List.of("000040 00002040 0C000000"), fixture.run("ALICE", "D L40.8").lines(), "the CSW the SIO stored");
    }

    @Test
    void queryTraceShowsEachEventAndTraceEndTurnsAllOff() throws Exception {
        assertEquals(List.of("TRACE NOT ACTIVE"), fixture.run("ALICE", "QUERY TRACE").lines());
        fixture.run("ALICE", "TRACE SVC I/O");
        fixture.run("ALICE", "TR BRANCH BOTH RUN");
        assertEquals(List.of("SVC         TERMINAL NORUN", "I/O         TERMINAL NORUN", "BRANCH      BOTH     RUN"),
                fixture.run("ALICE", "Q TRACE").lines());
        fixture.run("ALICE", "TRACE SVC OFF");
        assertEquals(List.of("I/O         TERMINAL NORUN", "BRANCH      BOTH     RUN"), fixture.run("ALICE", "Q TRACE").lines());
        fixture.run("ALICE", "TRACE END");
        assertEquals(List.of("TRACE NOT ACTIVE"), fixture.run("ALICE", "Q TRACE").lines());
    }

    @Test
    void badOperandsGetCpMessagesAndSetNothing() throws Exception {
        assertEquals(List.of("DMKTRA002E INVALID OPERAND - SOMETHING"), fixture.run("ALICE", "TRACE SOMETHING").lines());
        assertEquals(List.of("DMKTRA026E OPERAND MISSING OR INVALID"), fixture.run("ALICE", "TRACE").lines());
        assertEquals(List.of("DMKTRA026E OPERAND MISSING OR INVALID"), fixture.run("ALICE", "TRACE RUN").lines());
        assertEquals(List.of("DMKTRA040E DEV PRT DOES NOT EXIST"), fixture.run("BOB", "TRACE SVC PRINTER").lines());
        assertEquals(List.of("DMKCDB004E HEXLOC MISSING OR INVALID"), fixture.run("ALICE", "ADSTOP 2001").lines());
        assertEquals(List.of("DMKCDB160E HEXLOC 200000 EXCEEDS STORAGE"), fixture.run("ALICE", "ADSTOP 200000").lines());
        assertEquals(List.of("TRACE NOT ACTIVE"), fixture.run("ALICE", "Q TRACE").lines());
    }

    @Test
    void traceToThePrinterFillsAPrinterFileThatTraceEndCloses() throws Exception {
        fixture.run("ALICE", "TRACE SVC BRANCH PRINTER");
        fixture.run("ALICE", "IPL 00C");
        awaitLine(WAIT);
        assertFalse(console().contains(SVC_LINE), "nothing on the terminal");
        fixture.run("ALICE", "TRACE END");
        assertEquals(List.of(SVC_LINE, BRANCH_LINE), printerFile());
    }

    @Test
    void dumpPrintsRegistersAndStorageWithTranslationAsOnePrinterFile() throws Exception {
        fixture.run("ALICE", "IPL 00C");
        awaitLine(WAIT);
        fixture.run("ALICE", "STORE L2040 C1C2C3C4");
        assertEquals(List.of("COMMAND COMPLETE"), fixture.run("ALICE", "DUMP 2000-205F * after the run").lines());
        List<String> printed = printerFile();
        assertEquals("USERID = ALICE     DUMPID = after the run", printed.get(0));
        assertEquals("PSW = 00020000  80000000", printed.get(1));
        assertEquals("GPR  0- 7 = 00000000 00000001 00000000 00000000 00000000 00000000 00000000 00000000", printed.get(2));
        assertTrue(printed.get(3).startsWith("GPR  8-15 = 00000000 00000000 00000000 00000000 40002002"), printed.get(3));
        assertEquals(List.of(
                "002000  05C0D207 0060C01E 41100001 0A0D47F0  C0120000 8200C026 82000020 00000000  *.{K..-{........0{...b.{.b.......*",
                // after DONE, what the IPL deck's loader left behind
                "002020  00000000 00002018 00020000 00000000  02002000 20000030 00000000 00000000  *................................*",
                "002040  C1C2C3C4 00000000 00000000 00000000  00000000 00000000 00000000 00000000  *ABCD............................*"),
                printed.subList(printed.size() - 3, printed.size()));
    }

    @Test
    void dumpOfTheWholeMachineAnnouncesEach64kAndFoldsEqualLines() throws Exception {
        List<String> answer = fixture.run("ALICE", "DUMP").lines();
        assertEquals(16, answer.size());
        assertEquals("DUMPING LOC 010000", answer.getFirst());
        assertEquals("DUMPING LOC 0F0000", answer.get(14));
        assertEquals("COMMAND COMPLETE", answer.getLast());
        assertTrue(printerFile().contains("LINES 000020 TO 0FFFFF SAME AS ABOVE"));
        assertEquals(List.of("DMKCDB004E HEXLOC MISSING OR INVALID"), fixture.run("ALICE", "DUMP 300000").lines());
        assertEquals(List.of("DMKCDB040E DEV PRT DOES NOT EXIST"), fixture.run("BOB", "DUMP").lines());
    }

    private List<String> printerFile() {
        List<SpoolFile> files = fixture.system.spool.manager().files(
                f -> f.origin().equals("ALICE") && f.deviceType() == DeviceType.PRT);
        assertEquals(1, files.size());
        List<String> printed = new ArrayList<>();
        FileRecords.scan(fixture.system.spool.manager().store(), files.getFirst().spoolId(),
                (operation, data) -> printed.add(Ebcdic.CP037.decode(data)));
        return printed;
    }
}
