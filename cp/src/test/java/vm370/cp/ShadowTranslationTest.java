package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A guest that runs with DAT on: its own segment and page tables in its own storage. CP's side of
 * the translation (guest virtual to host frame, DMKVAT's shadow tables) is the virtual CPU's TLB,
 * which must follow the guest's PTLB and LCTL, and CP's own stealing of the frames underneath.
 */
class ShadowTranslationTest {

    private static final String DIRECTORY = """
            USER DATUSER DATUSER 256K 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            """;

    /**
     * 4K pages and 64K segments (CR0 X'00800000'). Segment 0 maps real storage one to one (the
     * code and tables live there); virtual X'10000' (segment 1, page 0) maps real X'20000' until
     * the guest points the entry at real X'21000' and purges its TLB. Then CP takes both real
     * pages away (DIAGNOSE 10) and the guest reads zeros through its translation.
     */
    private static final String PROGRAM = """
            DAT      START X'1000'
                     BALR  12,0
                     USING *,12
                     L     1,=A(X'20000')
                     MVC   0(4,1),=C'AAAA'          real X'20000'
                     L     1,=A(X'21000')
                     MVC   0(4,1),=C'BBBB'          real X'21000'
                     LCTL  0,1,CRS
                     LPSW  ECDAT              EC mode, DAT on
            NEXT     L     2,=A(X'10000')
                     CLC   0(4,2),=C'AAAA'
                     BNE   FAIL
                     MVC   PAGETAB1(2),=X'0210'   now real X'21000'
                     PTLB
                     CLC   0(4,2),=C'BBBB'
                     BNE   FAIL
                     L     3,=A(X'20000')
                     L     4,=A(X'21000')
                     DIAG  3,4,X'0010'
                     CLC   0(4,2),=F'0'
                     BNE   FAIL
                     LPSW  DONE
            FAIL     LPSW  ERROR
                     DS    0D
            ECDAT    DC    X'04080000',A(NEXT)
            DONE     DC    X'000A000000000000'
            ERROR    DC    X'000A000000000BAD'
            CRS      DC    X'00800000'              CR0: 4K pages, 64K segments
                     DC    A(SEGTAB)                CR1: 16 entries
                     LTORG
                     ORG   DAT+X'800'
            SEGTAB   DC    X'F0',AL3(PAGETAB0)      segment 0: 16 pages
                     DC    X'00',AL3(PAGETAB1)      segment 1: 1 page
                     DC    14X'00000001'            invalid
            PAGETAB0 DC    X'0000',X'0010',X'0020',X'0030'
                     DC    X'0040',X'0050',X'0060',X'0070'
                     DC    X'0080',X'0090',X'00A0',X'00B0'
                     DC    X'00C0',X'00D0',X'00E0',X'00F0'
            PAGETAB1 DC    X'0200'
                     END   DAT
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 1M\n", DIRECTORY);

    @Test
    void theShadowTranslationFollowsTheGuestsTablesAndPtlb() throws Exception {
        system.punchIplDeck("DATUSER", PROGRAM);
        List<String> console = system.logon("DATUSER");
        system.cp.ipl(system.machine("DATUSER"), "00C", "");
        TestSystem.await(() -> !console.isEmpty(), "the disabled wait");
        assertEquals(List.of("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '000A0000 00000000'"), console);
    }
}
