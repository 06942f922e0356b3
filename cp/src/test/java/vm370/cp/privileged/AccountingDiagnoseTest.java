package vm370.cp.privileged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.TestSystem;
import vm370.cp.security.AccountingFile;

/**
 * DIAGNOSE X'4C' from a native guest: with OPTION ACCT a machine charges its use to another user
 * (as CMSBATCH charges a job), cuts a record for each change of payer, and writes its own data; a
 * machine without the option, an unknown userid and a bad function code get VM/370's condition codes.
 * The programs end in a disabled wait whose address names the first step that went wrong (0: none).
 */
class AccountingDiagnoseTest {

    private static final String CONFIG = """
            STORAGE 4M
            VOLUME VMSYS1 3350 20
            """;
    private static final String DIRECTORY = """
            USER BATCH BATCH 1M 16M G
             ACCOUNT 13 SYSTEM
             OPTION ACCT
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00E 1403 A
            USER ALICE ALICE 1M 16M G
             ACCOUNT 77 ALICEDST
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            """;

    /** Charges ALICE (account 1234, distribution JOB1), prints two lines for her, then charges itself again. */
    private static final String CHARGING = """
            ACC      START X'2000'
                     BALR  12,0
                     USING *,12
                     LA    2,LIST
                     LA    4,X'000C'
                     DIAG  2,4,X'004C'     charge ALICE from now on
                     BC    7,BAD1
                     LA    1,PRINT
                     ST    1,X'48'
                     SIO   X'00E'
                     BC    7,BAD2
            POLL     TIO   X'00E'
                     BC    2,POLL
                     SR    2,2
                     LA    4,X'0000'
                     DIAG  2,4,X'004C'     Rx zero: back to itself
                     BC    7,BAD3
                     LA    2,NOBODY
                     LA    4,X'0000'
                     DIAG  2,4,X'004C'     not in the directory: cc 2
                     BC    13,BAD4
                     LA    2,LIST
                     LA    4,X'0006'
                     DIAG  2,4,X'004C'     no such function: cc 3
                     BC    14,BAD5
                     LA    2,DATA
                     LA    4,X'0010'
                     LA    5,L'DATA
                     DIAG  2,4,X'004C'     the user's own data
                     BC    7,BAD6
                     LPSW  DONE
            BAD1     LPSW  ERROR1
            BAD2     LPSW  ERROR2
            BAD3     LPSW  ERROR3
            BAD4     LPSW  ERROR4
            BAD5     LPSW  ERROR5
            BAD6     LPSW  ERROR6
                     DS    0D
            DONE     DC    X'0002000000000000'
            ERROR1   DC    X'0002000000000001'
            ERROR2   DC    X'0002000000000002'
            ERROR3   DC    X'0002000000000003'
            ERROR4   DC    X'0002000000000004'
            ERROR5   DC    X'0002000000000005'
            ERROR6   DC    X'0002000000000006'
            LIST     DC    CL8'ALICE',CL8'1234',CL8'JOB1'
            NOBODY   DC    CL8'NOBODY'
            PRINT    DC    X'09',AL3(LINE),X'60',X'00',AL2(10)
                     DC    X'09',AL3(LINE),X'20',X'00',AL2(10)
            LINE     DC    CL10'PRINTED'
            DATA     DC    C'JOB JOB1 ENDED'
                     END   ACC
            """;

    /** Without OPTION ACCT: cc 1 and no record. */
    private static final String REFUSED = """
            ACC      START X'2000'
                     BALR  12,0
                     USING *,12
                     SR    2,2
                     LA    4,X'0000'
                     DIAG  2,4,X'004C'
                     BC    11,BAD
                     LPSW  DONE
            BAD      LPSW  ERROR
                     DS    0D
            DONE     DC    X'0002000000000000'
            ERROR    DC    X'0002000000000001'
                     END   ACC
            """;

    private static final String WAIT_ZERO = "DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'";

    @TempDir
    Path var;
    private TestSystem system;
    private Path file;
    private AccountingFile accounting;

    @BeforeEach
    void ipl() throws Exception {
        system = new TestSystem(var, CONFIG, DIRECTORY);
        file = var.resolve("accounting.log");
        accounting = AccountingFile.open(file);
        system.cp.useAccounting(accounting);
    }

    @AfterEach
    void shutdown() throws Exception {
        system.close();
        accounting.close();
    }

    private List<String> run(String user, String program) throws InterruptedException {
        system.punchIplDeck(user, program);
        List<String> console = system.logon(user);
        system.cp.ipl(system.machine(user), "00C", "");
        TestSystem.await(() -> !console.isEmpty(), "the disabled wait");
        return console;
    }

    @Test
    void aBatchMachineChargesAJobToItsUserAndCutsARecordAtEachChangeOfPayer() throws Exception {
        assertEquals(List.of(WAIT_ZERO), run("BATCH", CHARGING));
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("CHARGE  BATCH    account=13 dist=SYSTEM by=BATCH at=\\S+ vcpu=\\d+ sio=\\d+ .*"
                + " print=0 punch=0 read=\\d+"), "before the charge, its own use (the IPL deck read): " + lines);
        assertTrue(lines.get(1).matches("CHARGE  ALICE    account=1234 dist=JOB1 by=BATCH at=\\S+ vcpu=\\d+ sio=1 .*"
                + " print=2 punch=0 read=0"), "the charged part: one SIO, two lines: " + lines);
        assertTrue(lines.get(2).matches("USER    BATCH    at=\\S+ data=JOB JOB1 ENDED"), lines.toString());
    }

    @Test
    void aMachineWithoutOptionAcctGetsConditionCodeOneAndNoRecord() throws Exception {
        assertEquals(List.of(WAIT_ZERO), run("ALICE", REFUSED));
        assertEquals(List.of(), Files.readAllLines(file));
    }
}
