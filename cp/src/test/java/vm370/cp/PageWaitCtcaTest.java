package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.vm.VirtualMachine;

/**
 * Two programs talking through coupled CTCAs on one real processor while their storage is paged:
 * the reader's data area goes to the paging file while it waits, so CP's CTCA stores each word
 * into a page read back then, next to the pair's lock; nothing stops and no word is lost.
 */
class PageWaitCtcaTest {

    private static final String DIRECTORY = """
            USER ALPHA ALPHA 2M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            USER BETA BETA 2M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            """;

    /**
     * Over and over: stores into 300 pages, enough to push the other machine's pages (its data
     * area among them) out to the paging file, then WRITEs the next word (1, 2, 3...) from its
     * data area at X'140000' to the CTCA at X'500' and waits, enabled, for the end.
     */
    private static final String WRITER = """
            WRITER   START X'2000'
                     BALR  12,0
                     USING *,12
                     LA    7,1
                     MVC   X'78'(8),IONEW
                     LA    2,CCW
                     ST    2,X'48'
            AGAIN    L     3,FIRST
                     LA    4,300
            TOUCH    ST    4,0(,3)
                     A     3,PAGE
                     BCT   4,TOUCH
                     L     3,DATA
                     ST    7,0(,3)
            START    MVI   X'44',0
                     SIO   X'500'
                     BC    8,WAIT
                     TM    X'44',X'0C'
                     BZ    START
                     B     ENDED
            WAIT     LPSW  WAITIO
            IOINT    TM    X'44',X'0C'
                     BZ    WAIT
            ENDED    LA    7,1(,7)
                     B     AGAIN
            """ + tail("0114000020000004");

    /**
     * Waits, enabled, until the writer's WRITE raises attention, then READs the word into its data
     * area at X'140000' (paged out while it waited: CTCA stores into a page read back then, inside
     * the pair's lock), checks that the words come 1, 2, 3... (a disabled wait at BAD if not) and
     * counts them at X'300'.
     */
    private static final String READER = """
            READER   START X'2000'
                     BALR  12,0
                     USING *,12
                     LA    7,1
                     MVC   X'78'(8),IONEW
                     LA    2,CCW
                     ST    2,X'48'
            WAIT     LPSW  WAITIO
            IOINT    TM    X'44',X'0C'
                     BNZ   ENDED
            START    MVI   X'44',0
                     SIO   X'500'
                     BC    8,WAIT
                     TM    X'44',X'0C'
                     BZ    START
            ENDED    L     3,DATA
                     C     7,0(,3)
                     BNE   BAD
                     ST    7,X'300'
                     LA    7,1(,7)
                     B     WAIT
            """ + tail("0214000020000004");

    /** The PSWs, the CCW and the constants both programs use. */
    private static String tail(String ccw) {
        return """
                BAD      LPSW  STOP
                         DS    0D
                STOP     DC    X'000200000000BAD0'
                WAITIO   DC    X'FE02000000000000'
                IONEW    DC    X'00000000',A(IOINT)
                CCW      DC    X'%s'
                FIRST    DC    A(X'10000')
                DATA     DC    A(X'140000')
                PAGE     DC    F'4096'
                         END
                """.formatted(ccw);
    }

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 1M\nPROCESSORS 1\n", DIRECTORY);

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void programsTalkingThroughCtcasWhilePagedOnOneProcessorGoOn() throws Exception {
        List<String> alpha = system.logon("ALPHA");
        List<String> beta = system.logon("BETA");
        CpCommandProcessor commands = new CpCommandProcessor(system.cp);
        system.cp.useCommands(commands);
        commands.execute(system.machine("ALPHA"), "DEFINE CTCA 500");
        commands.execute(system.machine("BETA"), "DEFINE CTCA 500");
        commands.execute(system.machine("ALPHA"), "COUPLE 500 TO BETA 500");
        beta.clear();
        system.punchIplDeck("ALPHA", WRITER);
        system.punchIplDeck("BETA", READER);
        VirtualMachine reader = system.machine("BETA");
        system.cp.ipl(system.machine("ALPHA"), "00C", "");
        system.cp.ipl(reader, "00C", "");

        TestSystem.await(() -> received(reader) >= 100 || !beta.isEmpty(), "100 words through the CTCAs");
        assertTrue(beta.isEmpty() && alpha.isEmpty(), "no wait, no message: " + alpha + beta);
        assertTrue(reader.storage().pageIns() > 0 && system.machine("ALPHA").storage().pageIns() > 0,
                "both machines' pages came back from the paging file");
    }

    /** The reader's count of words received in order. */
    private static int received(VirtualMachine reader) {
        return reader.call(() -> (int) reader.storage().storage().read(0x300, 4));
    }
}
