package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import vm370.cp.paging.PageWait;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.storage.MainStorage;

/**
 * Page wait and CP's locks, on one real processor with far less real storage than the machines
 * use: CP's work for a machine that takes a lock other machines want and then touches a paged-out
 * page must not give the processor away, or the machine run instead waits for the lock holding
 * the only processor and the system stops.
 */
class PageWaitLocksTest {

    private static final String DIRECTORY = """
            USER ALPHA ALPHA 2M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            USER BETA BETA 2M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            """;

    /** The DIAGNOSE code of the CP service the test puts in: it holds a lock every machine wants. */
    private static final int LOCKED_SERVICE = 0x0F0;

    /**
     * Fills the 64 pages CP's locked service reads, then, over and over, stores into 300 other
     * pages (1.2M, more than real storage: the service's pages go to the paging file meanwhile)
     * and asks the service to read its 64 pages back.
     */
    private static final String SWEEPER = """
            SWEEP    START X'2000'
                     BALR  12,0
                     USING *,12
                     L     3,SERVED
                     LA    4,64
            FILL     ST    4,0(,3)
                     A     3,PAGE
                     BCT   4,FILL
            AGAIN    L     3,FIRST
                     LA    4,300
            TOUCH    ST    4,0(,3)
                     A     3,PAGE
                     BCT   4,TOUCH
                     L     5,SERVED
                     DIAG  5,0,X'00F0'
                     B     AGAIN
            FIRST    DC    A(X'10000')
            SERVED   DC    A(X'140000')
            PAGE     DC    F'4096'
                     END
            """;

    @RegisterExtension
    final TestSystem system = TestSystem.perTest("STORAGE 1M\nPROCESSORS 1\n", DIRECTORY);

    /** The lock of CP's service, wanted by every machine that calls it. */
    private final Object serviceLock = new Object();
    private final Map<String, AtomicInteger> served = new ConcurrentHashMap<>();
    /** Page reads seen inside the service that found the machine off its processor (in page wait). */
    private final AtomicInteger readsOffProcessorInService = new AtomicInteger();
    private final AtomicInteger readsInService = new AtomicInteger();
    private final AtomicInteger readsInPageWaitByProgram = new AtomicInteger();

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void cpWorkHoldingALockReadsItsPagesWithoutGivingTheOnlyProcessorAway() throws Exception {
        for (String user : List.of("ALPHA", "BETA")) {
            system.logon(user);
            VirtualMachine machine = system.machine(user);
            served.put(user, new AtomicInteger());
            AtomicBoolean inService = new AtomicBoolean();
            machine.attachDiagnose((cpu, r1, r3, address) -> {
                synchronized (serviceLock) {
                    inService.set(true);
                    MainStorage storage = cpu.storage();
                    int first = cpu.gpr[r1];
                    long sum = 0;
                    for (int page = 0; page < 64; page++) {
                        sum += storage.read(first + page * 4096, 4);
                    }
                    inService.set(false);
                    if (sum == 64L * 65 / 2 && (address & 0xFFF) == LOCKED_SERVICE) {
                        served.get(user).incrementAndGet();
                    }
                }
            });
            watchPageReads(machine, inService);
            system.punchIplDeck(user, SWEEPER);
        }
        for (String user : List.of("ALPHA", "BETA")) {
            system.cp.ipl(system.machine(user), "00C", "");
        }

        TestSystem.await(() -> readsInService.get() >= 50 && served.values().stream().allMatch(n -> n.get() >= 10),
                "50 pages read back in the service and both machines served 10 times");
        assertTrue(readsOffProcessorInService.get() == 0,
                readsOffProcessorInService.get() + " reads in the locked service gave the processor away");
        assertTrue(readsInPageWaitByProgram.get() > 0, "the program's own faults still wait off the processor");
    }

    /** Records, for every page read, whether it came in the service and whether the machine was in page wait. */
    private void watchPageReads(VirtualMachine machine, AtomicBoolean inService) {
        PageWait machinesOwn = machine.storage().pageWait();
        machine.storage().waitForPagesBy(read -> machinesOwn.during(() -> {
            boolean waiting = system.cp.dispatcher().lists().pageWaitNames().contains(machine.userid());
            if (inService.get()) {
                readsInService.incrementAndGet();
                if (waiting) {
                    readsOffProcessorInService.incrementAndGet();
                }
            } else if (waiting) {
                readsInPageWaitByProgram.incrementAndGet();
            }
            read.run();
        }));
    }
}
