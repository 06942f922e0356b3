package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Machines' threads are virtual threads, carried by as many host threads as the host has cores.
 * Machines that loop on every real processor, one per host core, must still leave those host
 * threads to the rest of CP: here another machine's IPL, and its console.
 */
class LoopingMachinesTest {

    /** One looping machine per host core (which carries virtual threads), at most 15. */
    private static final int LOOPERS = Math.min(15, Runtime.getRuntime().availableProcessors());

    private static final String DIRECTORY = IntStream.rangeClosed(0, LOOPERS)
            .mapToObj(i -> String.format("""
                    USER %s %s 1M 16M G
                     CONSOLE 009 3215
                     SPOOL 00C 2540 READER *
                    """, user(i), user(i)))
            .reduce("", String::concat);

    private static final String STOP = """
            STOP     START X'2000'
                     BALR  12,0
                     USING *,12
                     LPSW  DONE
                     DS    0D
            DONE     DC    X'0002000000000000'
                     END
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 16M\nPROCESSORS " + LOOPERS + "\n", DIRECTORY);

    /** LOOP1..LOOPn, and LOOP0 is the one that stops. */
    private static String user(int i) {
        return "LOOP" + i;
    }

    @Test
    void loopingMachinesOnEveryProcessorLeaveTheHostThreadsToAnotherMachine() throws Exception {
        for (int i = 1; i <= LOOPERS; i++) {
            system.punchIplDeck(user(i), PageWaitTest.SPINNER);
            system.logon(user(i));
            system.cp.ipl(system.machine(user(i)), "00C", "");
        }
        TestSystem.await(() -> system.cp.dispatcher().lists().running().size() == LOOPERS, "every processor looping");
        system.punchIplDeck(user(0), STOP);
        List<String> console = system.logon(user(0));
        system.cp.ipl(system.machine(user(0)), "00C", "");
        TestSystem.await(() -> !console.isEmpty(), "the other machine's disabled wait");
        assertEquals("DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'", console.getFirst());
    }
}
