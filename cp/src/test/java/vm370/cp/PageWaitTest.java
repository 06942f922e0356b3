package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.dispatch.Dispatcher;
import vm370.cp.paging.PageWait;
import vm370.cp.vm.VirtualMachine;

/**
 * Page wait: a machine whose page is being read back from the paging file gives its real
 * processor to another machine for the read, stays in the dispatch list, and INDICATE QUEUES shows it so.
 */
class PageWaitTest {

    private static final String DIRECTORY = """
            USER OPERATOR OPERPW 1M 16M ABCDEFG
             CONSOLE 009 3215
            USER PAGER PAGER 2M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            USER SPINNER SPINNER 1M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            """;

    /** Stores into every page of 1.5M over and over: far more than real storage, so its pages come back from the paging file. */
    private static final String PAGER = """
            PAGER    START X'2000'
                     BALR  12,0
                     USING *,12
            AGAIN    L     3,FIRST
                     LA    4,384
            TOUCH    ST    4,0(,3)
                     A     3,PAGE
                     BCT   4,TOUCH
                     B     AGAIN
            FIRST    DC    A(X'10000')
            PAGE     DC    F'4096'
                     END
            """;

    static final String SPINNER = """
            SPIN     START X'2000'
                     BALR  12,0
                     USING *,12
            LOOP     B     LOOP
                     END
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 1M\nPROCESSORS 1\n", DIRECTORY);

    @BeforeEach
    void ipl() throws Exception {
        system.cp.useCommands(new CpCommandProcessor(system.cp));
    }

    @Test
    void aMachineReadingAPageInIsOffItsProcessorWhichAnotherMachineRunsOn() throws Exception {
        system.logon("OPERATOR");
        system.logon("PAGER");
        system.logon("SPINNER");
        VirtualMachine pager = system.machine("PAGER");
        VirtualMachine operator = system.machine("OPERATOR");
        CpCommandProcessor commands = new CpCommandProcessor(system.cp);
        // The reads before SPINNER has IPLed and queued (a loaded host may take long) show nobody else
        // running: every read is looked at until one happens while SPINNER runs, however late.
        AtomicReference<Seen> whileSpinnerRan = new AtomicReference<>();
        PageWait machinesOwn = pager.storage().pageWait();
        pager.storage().waitForPagesBy(read -> machinesOwn.during(() -> {
            if (whileSpinnerRan.get() == null) {
                Dispatcher.Lists lists = system.cp.dispatcher().lists();
                if (lists.runningNames().equals(List.of("SPINNER"))) {
                    whileSpinnerRan.set(new Seen(lists, commands.execute(operator, "INDICATE QUEUES").lines()));
                }
            }
            read.run();
        }));
        system.punchIplDeck("SPINNER", SPINNER);
        system.punchIplDeck("PAGER", PAGER);
        system.cp.ipl(system.machine("SPINNER"), "00C", "");
        system.cp.ipl(pager, "00C", "");
        TestSystem.await(() -> whileSpinnerRan.get() != null, "a page read while the other machine waited for the processor");

        Seen seen = whileSpinnerRan.get();
        assertEquals(List.of("PAGER"), seen.lists().pageWaitNames(), "in page wait, still in the dispatch list");
        assertTrue(seen.lists().queuedNames().isEmpty(), "not queued for a processor meanwhile: " + seen.lists().queuedNames());
        assertTrue(seen.shown().stream().anyMatch(line -> line.matches("PAGER    Q[12] P \\d{5}/\\d{5}")), seen.shown().toString());
        assertTrue(seen.shown().stream().anyMatch(line -> line.matches("SPINNER  Q[12] R \\d{5}/\\d{5}")), seen.shown().toString());
    }

    /** The dispatcher's lists and INDICATE QUEUES as they were during one page read. */
    private record Seen(Dispatcher.Lists lists, List<String> shown) { }

    @Test
    void cpTouchingAStoppedMachinesPagedOutPageNeedsNoProcessor() throws Exception {
        system.logon("PAGER");
        system.logon("SPINNER");
        VirtualMachine pager = system.machine("PAGER");
        // Fill more than real storage while stopped, then read it all back: every read is CP's, off any processor.
        long sum = pager.call(() -> {
            var storage = pager.storage().storage();
            for (int page = 0; page < 384; page++) {
                storage.write(0x10000 + page * 4096, 4, page);
            }
            system.cp.framePool().trim(pager.storage());
            long total = 0;
            for (int page = 0; page < 384; page++) {
                total += storage.read(0x10000 + page * 4096, 4);
            }
            return total;
        });
        assertEquals(383L * 384 / 2, sum);
        assertTrue(pager.storage().pageIns() > 0, "pages came back from the paging file");
        assertTrue(system.cp.dispatcher().lists().pageWaitNames().isEmpty());
    }
}
