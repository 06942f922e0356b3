package vm370.cp.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.concurrent.atomic.AtomicReference;
import vm370.cp.TestSystem;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;

/**
 * DISPLAY and STORE on one's own machine, SYSTEM CLEAR, and a whole round trip: IPL of a deck
 * whose program issues DIAGNOSE 08 and finds CP's response (or the ?CP: of a refused command) in its buffer.
 */
class MachineCommandsTest {

    /** Two CP commands by DIAGNOSE 08 with response buffers; return codes and lengths at X'300', responses at X'400' and X'500'. */
    private static final String DIAGNOSE_08 = """
            DIAG8    START X'2000'
                     BALR  12,0
                     USING *,12
                     LA    2,CMD1
                     LA    3,X'400'
                     L     4,LEN1
                     LA    5,200
                     DIAG  2,4,X'0008'
                     ST    4,X'300'
                     ST    5,X'304'
                     LA    2,CMD2
                     LA    3,X'500'
                     L     4,LEN2
                     LA    5,200
                     DIAG  2,4,X'0008'
                     ST    4,X'308'
                     ST    5,X'30C'
                     LPSW  DONE
                     DS    0D
            DONE     DC    X'0002000000000000'
            LEN1     DC    X'4000000C'
            LEN2     DC    X'40000009'
            CMD1     DC    C'QUERY USERID'
            CMD2     DC    C'FORCE BOB'
                     END
            """;

    @TempDir
    Path var;
    private CommandFixture fixture;

    @BeforeEach
    void logon() throws Exception {
        fixture = new CommandFixture(var);
    }

    @AfterEach
    void logoff() throws Exception {
        fixture.close();
    }

    @Test
    void storeThenDisplayShowsWordsAndTheirEbcdicTranslation() throws Exception {
        assertEquals(List.of("STORE COMPLETE"), fixture.run("ALICE", "STORE L100 C1C2C3C4 F1").lines());
        assertEquals(List.of("000100 C1C2C3C4 F1000000 00000000 00000000 *ABCD1...........*"),
                fixture.run("ALICE", "D T100.10").lines());
        assertEquals(List.of("000100 C1C2C3C4"), fixture.run("ALICE", "DISPLAY 100").lines());
        assertEquals(List.of("000108 00000000 00000000", "000110 00000000"), fixture.run("ALICE", "D L108-113").lines());
    }

    @Test
    void storeAndDisplayRegistersAndThePsw() throws Exception {
        fixture.run("ALICE", "STORE G5 12345678 FFFFFFFF");
        assertEquals(List.of("GPR  5 = 12345678"), fixture.run("ALICE", "D G5").lines());
        assertEquals(List.of("GPR  0 = 00000000 00000000 00000000 00000000",
                "GPR  4 = 00000000 12345678 FFFFFFFF 00000000",
                "GPR  8 = 00000000 00000000 00000000 00000000",
                "GPR 12 = 00000000 00000000 00000000 00000000"), fixture.run("ALICE", "D G").lines());
        assertEquals(List.of("FPR 0 = 00000000  00000000", "FPR 2 = 00000000  00000000", "FPR 4 = 00000000  00000000",
                "FPR 6 = 00000000  00000000"), fixture.run("ALICE", "D Y").lines());
        assertEquals(List.of("STORE COMPLETE"), fixture.run("ALICE", "STORE PSW 00000000 00000800").lines());
        assertEquals(List.of("PSW = 00000000  00000800"), fixture.run("ALICE", "D PSW").lines());
    }

    @Test
    void systemClearLeavesStorageZeros() throws Exception {
        fixture.run("ALICE", "STORE L800 DEADBEEF");
        assertEquals(List.of("STORAGE CLEARED - SYSTEM RESET"), fixture.run("ALICE", "SYSTEM CLEAR").lines());
        assertEquals(List.of("000800 00000000"), fixture.run("ALICE", "D L800").lines());
    }

    @Test
    void beginRunsFromThePswOrFromTheAddressGiven() throws Exception {
        fixture.run("ALICE", "STORE L800 82000808 00000000 00020000 0000ABCD");
        fixture.run("ALICE", "STORE PSW 00000000 00000800");
        assertEquals(0, fixture.run("ALICE", "BEGIN").returnCode());
        TestSystem.await(() -> fixture.console("ALICE").contains("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 0000ABCD'"),
                "the wait PSW the program loads");
        fixture.run("ALICE", "STORE L808 00020000 00001234");
        fixture.run("ALICE", "STORE PSW 00000000 00000000");
        fixture.run("ALICE", "B 800");
        TestSystem.await(() -> fixture.console("ALICE").contains("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00001234'"),
                "the program run again from 800");
    }

    @Test
    void iplOfANamedSystemPassesItsParmAsTyped() throws Exception {
        AtomicReference<String> parm = new AtomicReference<>();
        fixture.system.named.register(new GuestSystem() {
            @Override
            public String name() {
                return "TESTSYS";
            }

            @Override
            public void run(GuestMachine machine, String text) {
                parm.set(text);
            }
        });
        assertEquals(List.of(), fixture.run("ALICE", "i testsys parm Mixed Case").lines());
        TestSystem.await(() -> parm.get() != null, "the named system to run");
        assertEquals("Mixed Case", parm.get());
    }

    @Test
    void systemRestartTakesTheRestartInterruption() throws Exception {
        fixture.run("ALICE", "STORE L0 00020000 0000BEEF");
        assertEquals(List.of(), fixture.run("ALICE", "SYSTEM RESTART").lines());
        TestSystem.await(() -> fixture.console("ALICE").contains("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 0000BEEF'"),
                "the restart new PSW");
        assertEquals(List.of("SYSTEM RESET"), fixture.run("ALICE", "SYSTEM RESET").lines());
    }

    @Test
    void aProgramIssuesDiagnose08AndGetsEachResponseInItsBuffer() throws Exception {
        fixture.system.punchIplDeck("ALICE", DIAGNOSE_08);
        assertEquals(0, fixture.run("ALICE", "IPL 00C").returnCode());
        TestSystem.await(() -> fixture.console("ALICE").stream().anyMatch(l -> l.startsWith("DMKDSP450W")),
                "the program's disabled wait");
        assertEquals(List.of("000300 00000000 00000010 00000001 00000016"), fixture.run("ALICE", "D L300.10").lines());
        assertEquals(List.of("000400 C1D3C9C3 C540C1E3 40E3C5E2 E3E5D415 *ALICE AT TESTVM.*"),
                fixture.run("ALICE", "D T400.10").lines());
        assertEquals("DMKCFC001E ?CP: FORCE", String.join("|", fixture.run("ALICE", "D T500.16").lines())
                .replaceAll("[^*|]*\\*([^*]*)\\*", "$1").replace("|", "").substring(0, 21));
        assertEquals(List.of("BOB      - 009"), fixture.run("ALICE", "Q BOB").lines(), "the refused FORCE did nothing");
    }
}
