package vm370.cp;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.dispatch.Dispatcher;

/**
 * Machines' threads are virtual threads, carried by as many host threads as the host has cores.
 * Machines that loop on every real processor, twice as many as host cores, must still leave those
 * host threads to the rest of CP: here another machine's IPL, after which it queues for a processor.
 */
class LoopingMachinesTest {

    /** Two looping machines per host core (which carries virtual threads), at most 16 (PROCESSORS' limit). */
    private static final int LOOPERS = Math.min(16, 2 * Runtime.getRuntime().availableProcessors());

    private static final String DIRECTORY = IntStream.rangeClosed(0, LOOPERS)
            .mapToObj(i -> String.format("""
                    USER %s %s 1M 16M G
                     CONSOLE 009 3215
                     SPOOL 00C 2540 READER *
                    """, user(i), user(i)))
            .reduce("", String::concat);

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 16M\nPROCESSORS " + LOOPERS + "\n", DIRECTORY);

    /** LOOP1..LOOPn, and LOOP0 is the one IPLed last. */
    private static String user(int i) {
        return "LOOP" + i;
    }

    @Test
    void loopingMachinesOnEveryProcessorLeaveTheHostThreadsToAnotherMachinesIpl() throws Exception {
        for (int i = 1; i <= LOOPERS; i++) {
            system.punchIplDeck(user(i), PageWaitTest.SPINNER);
            system.logon(user(i));
            system.cp.ipl(system.machine(user(i)), "00C", "");
        }
        TestSystem.await(() -> system.cp.dispatcher().lists().running().size() == LOOPERS, "every processor looping");
        system.punchIplDeck(user(0), PageWaitTest.SPINNER);
        system.logon(user(0));
        system.cp.ipl(system.machine(user(0)), "00C", "");
        TestSystem.await(() -> {
            Dispatcher.Lists lists = system.cp.dispatcher().lists();
            return lists.runningNames().contains(user(0)) || lists.queuedNames().contains(user(0));
        }, "the last machine IPLed and in the dispatch list");
    }
}
