package vm370.cp.privileged;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.TestSystem;

/**
 * DIAGNOSE X'18' from a native guest: a CMS-shaped chain writes and reads a record of a CKD
 * minidisk with no I/O interruption, and each malformed request gets VM/370's condition code and
 * R15 before any I/O is done. The program ends in a disabled wait whose address names the first
 * step that went wrong (0: all right). The minidisk starts at real cylinder 10 while the program
 * searches for cylinder 0's records: the search arguments are relocated as DMKCCW relocates them.
 */
class StandardDasdDiagnoseTest {

    private static final String CONFIG = """
            STORAGE 4M
            VOLUME VMSYS1 3350 20
            """;
    private static final String DIRECTORY = """
            USER DASD DASD 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             MDISK 191 3350 010 002 VMSYS1 W
            USER RO RO 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             LINK DASD 191 191 RR
            """;

    /** Formats cylinder 0 head 1 with one 800-byte record by SIO, then exercises DIAGNOSE X'18'. */
    private static final String PROGRAM = """
            D18      START X'2000'
                     BALR  12,0
                     USING *,12
                     MVC   X'78'(8),IONEW        no I/O interruption expected
                     LA    1,FORMAT
                     ST    1,X'48'
                     SIO   X'191'
                     BC    7,BAD8
            POLL     TIO   X'191'
                     BC    2,POLL
                     TM    X'44',X'02'           unit check?
                     BO    BAD1
                     LA    2,X'191'              write R1 with DIAGNOSE X'18'
                     LA    4,WRITE
                     LA    15,1
                     DIAG  2,4,X'0018'
                     BC    7,BAD2
                     LA    4,READ                and read it back
                     LA    15,1
                     DIAG  2,4,X'0018'
                     BC    7,BAD3
                     CLC   INPUT(200),DATA
                     BNE   BAD3
                     CLC   INPUT+600(200),DATA+600
                     BNE   BAD3
                     LA    15,0                  R15 zero: cc 2, R15 11
                     DIAG  2,4,X'0018'
                     BC    13,BAD4
                     C     15,=F'11'
                     BNE   BAD4
                     LA    15,1
                     LA    4,FARSEEK             cylinder 5 of 2: cc 1, R15 4
                     DIAG  2,4,X'0018'
                     BC    11,BAD5
                     C     15,=F'4'
                     BNE   BAD5
                     LA    15,1
                     LA    4,ZERO                byte count zero: cc 2, R15 8
                     DIAG  2,4,X'0018'
                     BC    13,BAD6
                     C     15,=F'8'
                     BNE   BAD6
                     LA    2,X'999'              no such device: cc 1, R15 1
                     LA    4,READ
                     LA    15,1
                     DIAG  2,4,X'0018'
                     BC    11,BAD7
                     C     15,=F'1'
                     BNE   BAD7
                     LPSW  DONE
            BAD1     LPSW  ERROR1
            BAD2     LPSW  ERROR2
            BAD3     LPSW  ERROR3
            BAD4     LPSW  ERROR4
            BAD5     LPSW  ERROR5
            BAD6     LPSW  ERROR6
            BAD7     LPSW  ERROR7
            BAD8     LPSW  ERROR8
                     DS    0D
            DONE     DC    X'0002000000000000'
            ERROR1   DC    X'0002000000000001'
            ERROR2   DC    X'0002000000000002'
            ERROR3   DC    X'0002000000000003'
            ERROR4   DC    X'0002000000000004'
            ERROR5   DC    X'0002000000000005'
            ERROR6   DC    X'0002000000000006'
            ERROR7   DC    X'0002000000000007'
            ERROR8   DC    X'0002000000000008'
            IONEW    DC    X'0002000000000009'
            FORMAT   DC    X'07',AL3(SEEKARG),X'40',X'00',AL2(6)
                     DC    X'31',AL3(SEEKARG+2),X'40',X'00',AL2(5)   R0
                     DC    X'08',AL3(FORMAT+8),X'00',X'00',AL2(0)
                     DC    X'1D',AL3(COUNT),X'00',X'00',AL2(808)   R1
            WRITE    DC    X'07',AL3(SEEKARG),X'40',X'00',AL2(6)
                     DC    X'23',AL3(SECTOR),X'40',X'00',AL2(1)
                     DC    X'31',AL3(R1ID),X'40',X'00',AL2(5)
                     DC    X'08',AL3(WRITE+16),X'00',X'00',AL2(0)
                     DC    X'05',AL3(DATA),X'20',X'00',AL2(800)
            READ     DC    X'07',AL3(SEEKARG),X'40',X'00',AL2(6)
                     DC    X'31',AL3(R1ID),X'40',X'00',AL2(5)
                     DC    X'08',AL3(READ+8),X'00',X'00',AL2(0)
                     DC    X'06',AL3(INPUT),X'20',X'00',AL2(800)
            FARSEEK  DC    X'07',AL3(FARARG),X'40',X'00',AL2(6)
                     DC    X'31',AL3(R1ID),X'40',X'00',AL2(5)
                     DC    X'08',AL3(FARSEEK+8),X'00',X'00',AL2(0)
                     DC    X'06',AL3(INPUT),X'20',X'00',AL2(800)
            ZERO     DC    X'07',AL3(SEEKARG),X'40',X'00',AL2(6)
                     DC    X'31',AL3(R1ID),X'40',X'00',AL2(5)
                     DC    X'08',AL3(ZERO+8),X'00',X'00',AL2(0)
                     DC    X'06',AL3(INPUT),X'20',X'00',AL2(0)
            SEEKARG  DC    X'000000000001',X'00'     BBCCHH, then R0 for the search
            R1ID     DC    X'0000000101'
            FARARG   DC    X'000000050001'
            SECTOR   DC    X'00'
            COUNT    DC    X'0000000101',X'00',AL2(800)
            DATA     DC    800C'Z'
            INPUT    DC    800X'00'
                     LTORG
                     END   D18
            """;

    private static final String READ_ONLY_WRITE = """
            RO       START X'2000'
                     BALR  12,0
                     USING *,12
                     LA    2,X'191'
                     LA    4,WRITE
                     LA    15,1
                     DIAG  2,4,X'0018'       a read-only link: cc 1, R15 3
                     BC    11,BAD
                     C     15,=F'3'
                     BNE   BAD
                     LPSW  DONE
            BAD      LPSW  ERROR
                     DS    0D
            DONE     DC    X'0002000000000000'
            ERROR    DC    X'0002000000000001'
            WRITE    DC    X'07',AL3(SEEKARG),X'40',X'00',AL2(6)
                     DC    X'31',AL3(R1ID),X'40',X'00',AL2(5)
                     DC    X'08',AL3(WRITE+8),X'00',X'00',AL2(0)
                     DC    X'05',AL3(DATA),X'20',X'00',AL2(800)
            SEEKARG  DC    X'000000000001'
            R1ID     DC    X'0000000101'
            DATA     DC    800C'Y'
                     LTORG
                     END   RO
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest(CONFIG, DIRECTORY);

    private List<String> run(String user, String program) throws InterruptedException {
        system.punchIplDeck(user, program);
        List<String> console = system.logon(user);
        system.cp.ipl(system.machine(user), "00C", "");
        TestSystem.await(() -> !console.isEmpty(), "the disabled wait");
        return console;
    }

    @Test
    void aCmsShapedChainWritesAndReadsARecordAndBadRequestsGetVm370sCodes() throws Exception {
        assertEquals(List.of("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'"), run("DASD", PROGRAM));
    }

    @Test
    void aWriteThroughAReadOnlyLinkIsRefusedBeforeAnyIo() throws Exception {
        assertEquals(List.of("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'"), run("RO", READ_ONLY_WRITE));
    }
}
