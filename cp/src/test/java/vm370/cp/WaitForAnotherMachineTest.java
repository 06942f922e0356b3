package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.command.CpCommandProcessor;

/**
 * CP's work on one machine's thread that needs another machine's thread (COUPLE looks at the
 * other user's devices there) gives its real processor up while it waits: on one processor the
 * other machine could otherwise never run the request.
 */
class WaitForAnotherMachineTest {

    private static final String DIRECTORY = """
            USER ALPHA ALPHA 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            USER BETA BETA 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            """;

    /** COUPLE by DIAGNOSE 08, its return code at X'300', then a disabled wait. */
    private static final String COUPLER = """
            COUPLER  START X'2000'
                     BALR  12,0
                     USING *,12
                     LA    2,CMD
                     L     4,LEN
                     DIAG  2,4,X'0008'
                     ST    4,X'300'
                     LPSW  DONE
                     DS    0D
            DONE     DC    X'0002000000000000'
            LEN      DC    A(22)
            CMD      DC    C'COUPLE 500 TO BETA 600'
                     END
            """;

    private static final String SPINNER = """
            SPIN     START X'2000'
                     BALR  12,0
                     USING *,12
            LOOP     B     LOOP
                     END
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 4M\nPROCESSORS 1\n", DIRECTORY);

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCommandOnARunningMachineReachesAnotherRunningMachineOnTheOnlyProcessor() throws Exception {
        List<String> alpha = system.logon("ALPHA");
        List<String> beta = system.logon("BETA");
        CpCommandProcessor commands = new CpCommandProcessor(system.cp);
        system.cp.useCommands(commands);
        commands.execute(system.machine("ALPHA"), "DEFINE CTCA 500");
        commands.execute(system.machine("BETA"), "DEFINE CTCA 600");
        system.punchIplDeck("BETA", SPINNER);
        system.punchIplDeck("ALPHA", COUPLER);
        system.cp.ipl(system.machine("BETA"), "00C", "");
        system.cp.ipl(system.machine("ALPHA"), "00C", "");

        TestSystem.await(() -> beta.contains("CTCA 600 COUPLE BY ALPHA 500")
                && alpha.stream().anyMatch(line -> line.startsWith("DMKDSP450W")), "COUPLE done and ALPHA's program ended");
        assertEquals(List.of("000300 00000000"), commands.execute(system.machine("ALPHA"), "DISPLAY 300").lines(),
                "COUPLE's return code");
    }
}
