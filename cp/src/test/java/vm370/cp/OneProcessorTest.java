package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.paging.PageWait;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.storage.MainStorage;

/**
 * One real processor, far less real storage than two machines use, and CP's work between them:
 * a machine's thread must never wait for something while the only processor is away, or CP
 * stops. CP's work holding a lock reads its pages holding the processor; CTCA traffic goes on
 * while paged; a command that needs the other machine's thread gives the processor up meanwhile.
 * Each test has a timeout, so a deadlock fails it instead of hanging the build.
 */
class OneProcessorTest {

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

    /**
     * Over and over: stores into 300 pages, enough to push the other machine's pages (its data
     * area among them) out to the paging file, then WRITEs the next word (1, 2, 3...) from its
     * data area at X'140000' to the CTCA at X'500' and waits, enabled, for the end.
     */
    private static final String WRITER = head("WRITER") + """
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
     * area at X'140000' (paged out while it waited: CP's CTCA stores into a page read back then),
     * checks that the words come 1, 2, 3... (a disabled wait at BAD if not) and counts them at X'300'.
     */
    private static final String READER = head("READER") + """
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

    /** The start both programs share: base register, the first word's number, the I/O new PSW, the CAW. */
    private static String head(String name) {
        return """
                %-8s START X'2000'
                         BALR  12,0
                         USING *,12
                         LA    7,1
                         MVC   X'78'(8),IONEW
                         LA    2,CCW
                         ST    2,X'48'
                """.formatted(name);
    }

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
            CMD      DC    C'COUPLE 500 TO BETA 500'
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

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    void programsTalkingThroughCtcasWhilePagedOnOneProcessorGoOn() throws Exception {
        List<String> alpha = system.logon("ALPHA");
        List<String> beta = system.logon("BETA");
        commandsWithCtcas().execute(system.machine("ALPHA"), "COUPLE 500 TO BETA 500");
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

    /** CP's commands, in use; each machine gets a CTCA at 500. */
    private CpCommandProcessor commandsWithCtcas() {
        CpCommandProcessor commands = new CpCommandProcessor(system.cp);
        system.cp.useCommands(commands);
        for (String user : List.of("ALPHA", "BETA")) {
            commands.execute(system.machine(user), "DEFINE CTCA 500");
        }
        return commands;
    }

    /** The reader's count of words received in order. */
    private static int received(VirtualMachine reader) {
        return reader.call(() -> (int) reader.storage().storage().read(0x300, 4));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aCommandOnARunningMachineReachesAnotherRunningMachineOnTheOnlyProcessor() throws Exception {
        List<String> alpha = system.logon("ALPHA");
        List<String> beta = system.logon("BETA");
        CpCommandProcessor commands = commandsWithCtcas();
        system.punchIplDeck("BETA", PageWaitTest.SPINNER);
        system.punchIplDeck("ALPHA", COUPLER);
        system.cp.ipl(system.machine("BETA"), "00C", "");
        system.cp.ipl(system.machine("ALPHA"), "00C", "");

        TestSystem.await(() -> beta.contains("CTCA 500 COUPLE BY ALPHA 500")
                && alpha.stream().anyMatch(line -> line.startsWith("DMKDSP450W")), "COUPLE done and ALPHA's program ended");
        assertEquals(List.of("000300 00000000"), commands.execute(system.machine("ALPHA"), "DISPLAY 300").lines(),
                "COUPLE's return code");
    }
}
