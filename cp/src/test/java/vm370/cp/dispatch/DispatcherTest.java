package vm370.cp.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    @Test
    void neverMoreMachinesRunThanThereAreProcessors() throws InterruptedException {
        Dispatcher dispatcher = new Dispatcher(2, 0, 1 << 20);
        AtomicInteger runningNow = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger slices = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Dispatchable machine = new Dispatchable("USER" + i);
            threads.add(Thread.ofVirtual().start(() -> {
                dispatcher.acquire(machine);
                for (int slice = 0; slice < 50; slice++) {
                    int now = runningNow.incrementAndGet();
                    mostAtOnce.accumulateAndGet(now, Math::max);
                    Thread.onSpinWait();
                    runningNow.decrementAndGet();
                    slices.incrementAndGet();
                    dispatcher.yieldProcessor(machine);
                }
                dispatcher.release(machine);
            }));
        }
        for (Thread t : threads) {
            t.join(30_000);
        }
        assertEquals(8 * 50, slices.get(), "every machine got every slice");
        assertTrue(mostAtOnce.get() <= 2, "at most two at once, saw " + mostAtOnce.get());
        assertTrue(dispatcher.lists().running().isEmpty());
    }

    @Test
    void aFreedProcessorGoesToTheBestPriorityFirst() throws InterruptedException {
        Dispatcher dispatcher = new Dispatcher(1, 0, 1 << 20);
        Dispatchable holder = new Dispatchable("HOLDER");
        dispatcher.acquire(holder);
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (String[] spec : new String[][] {{"LOW", "90"}, {"HIGH", "5"}, {"MIDDLE", "50"}}) {
            Dispatchable machine = new Dispatchable(spec[0]);
            machine.setPriority(Integer.parseInt(spec[1]));
            threads.add(Thread.ofVirtual().start(() -> {
                dispatcher.acquire(machine);
                order.add(machine.name());
                dispatcher.release(machine);
            }));
        }
        while (dispatcher.lists().queuedNames().size() < 3) {
            Thread.sleep(5);
        }
        assertEquals(List.of("HIGH", "MIDDLE", "LOW"), dispatcher.lists().queuedNames());
        dispatcher.release(holder);
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(List.of("HIGH", "MIDDLE", "LOW"), order);
    }

    @Test
    void processorTimeIsChargedToTheMachineThatUsedIt() {
        Dispatcher dispatcher = new Dispatcher(1, 0, 1 << 20);
        Dispatchable machine = new Dispatchable("BUSY");
        dispatcher.acquire(machine);
        long until = System.nanoTime() + 2_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        dispatcher.release(machine);
        assertTrue(machine.cpuNanos() >= 2_000_000, "charged " + machine.cpuNanos());
    }

    /** A machine whose last stay left {@code pages} resident. */
    private static Dispatchable machineWithWorkingSet(Dispatcher dispatcher, String name, int pages) {
        Dispatchable machine = new Dispatchable(name);
        machine.measureWorkingSetBy(() -> pages);
        dispatcher.acquire(machine);
        dispatcher.release(machine);
        return machine;
    }

    @Test
    void aMachineWhoseWorkingSetDoesNotFitWaitsEligibleUntilRoomIsMade() throws InterruptedException {
        Dispatcher dispatcher = new Dispatcher(2, 0, 100);
        Dispatchable first = machineWithWorkingSet(dispatcher, "FIRST", 60);
        Dispatchable second = machineWithWorkingSet(dispatcher, "SECOND", 60);
        dispatcher.acquire(first);
        Thread waiter = Thread.ofVirtual().start(() -> {
            dispatcher.acquire(second);
            dispatcher.release(second);
        });
        while (dispatcher.lists().eligible().isEmpty()) {
            Thread.sleep(5);
        }
        Dispatcher.Lists lists = dispatcher.lists();
        assertEquals(List.of("SECOND"), lists.eligibleNames(), "a processor is free, but real storage is not");
        assertEquals(List.of(new Dispatcher.Entry("SECOND", false, 60)), lists.eligible());
        assertEquals(60, lists.committedFrames());
        dispatcher.release(first);
        waiter.join(10_000);
        assertFalse(waiter.isAlive(), "admitted once the first machine left the dispatch list");
        assertTrue(dispatcher.lists().eligible().isEmpty());
        assertEquals(0, dispatcher.lists().committedFrames());
    }

    @Test
    void aWorkingSetLargerThanRealStorageStillRunsWhenTheDispatchListIsEmpty() {
        Dispatcher dispatcher = new Dispatcher(1, 0, 100);
        Dispatchable huge = machineWithWorkingSet(dispatcher, "HUGE", 500);
        dispatcher.acquire(huge);
        assertEquals(List.of("HUGE"), dispatcher.lists().runningNames());
        dispatcher.release(huge);
    }

    @Test
    void aMachineThatKeepsRunningMakesWayForAnEligibleOneAfterItsSlices() throws InterruptedException {
        Dispatcher dispatcher = new Dispatcher(1, 0, 100);
        Dispatchable looper = machineWithWorkingSet(dispatcher, "LOOPER", 60);
        Dispatchable other = machineWithWorkingSet(dispatcher, "OTHER", 60);
        AtomicBoolean done = new AtomicBoolean();
        List<Dispatcher.Lists> seenByOther = Collections.synchronizedList(new ArrayList<>());
        dispatcher.acquire(looper);
        Thread otherThread = Thread.ofVirtual().start(() -> {
            dispatcher.acquire(other);
            seenByOther.add(dispatcher.lists());
            done.set(true);
            dispatcher.release(other);
        });
        while (dispatcher.lists().eligible().isEmpty()) {
            Thread.sleep(1);
        }
        int slices = 0;
        while (!done.get() && slices < 10_000) {
            dispatcher.yieldProcessor(looper);
            slices++;
        }
        dispatcher.release(looper);
        otherThread.join(10_000);
        assertTrue(done.get(), "the eligible machine got in");
        assertTrue(slices >= Dispatcher.LIST_SLICES, "not before the looper used its slices: " + slices);
        assertEquals(List.of(new Dispatcher.Entry("LOOPER", true, 60)), seenByOther.get(0).eligible(),
                "the looper waited eligible, marked long-running");
    }

    @Test
    void eachProcessorsBusyTimeCountsItsSlicesAndTheOneRunningNow() {
        Dispatcher dispatcher = new Dispatcher(2, 0, 1000);
        Dispatchable first = new Dispatchable("FIRST");
        Dispatchable second = new Dispatchable("SECOND");
        dispatcher.acquire(first);
        dispatcher.acquire(second);
        spin(2_000_000);
        dispatcher.release(second);
        long[] busy = dispatcher.busyNanos();
        assertEquals(2, busy.length);
        assertTrue(busy[1] >= 2_000_000, "the released slice was counted: " + busy[1]);
        assertTrue(busy[0] >= 2_000_000, "the slice still running is counted: " + busy[0]);
        long[] later = dispatcher.busyNanos();
        assertEquals(busy[1], later[1], "an idle processor's busy time stands still");
        assertTrue(later[0] > busy[0], "a busy processor's grows");
        dispatcher.release(first);
    }

    @Test
    void instructionsReportedEachSliceAddUp() {
        Dispatcher dispatcher = new Dispatcher(1, 0, 1000);
        dispatcher.countInstructions(1000);
        dispatcher.countInstructions(234);
        assertEquals(1234, dispatcher.instructionsExecuted());
    }

    /** Slices of 20 ms, as CP's; enough frames for every working set. */
    private static Dispatcher oneProcessor() {
        return new Dispatcher(1, 20_000_000L, 1 << 20);
    }

    /**
     * A CPU-bound machine on its own platform thread, as a virtual machine runs: batches of about
     * a millisecond, each ended early when the dispatcher asks (the virtual CPU's early return),
     * with {@link Dispatcher#yieldProcessor} between them, until {@code stop}; it then gives
     * the processor up. It counts the dispatcher's requests in {@code asks}. Returns once it holds
     * the processor.
     */
    private static Thread spinner(Dispatcher dispatcher, Dispatchable machine, AtomicBoolean stop, AtomicInteger asks) {
        AtomicBoolean asked = new AtomicBoolean();
        machine.yieldWhenAskedBy(() -> {
            asks.incrementAndGet();
            asked.set(true);
        });
        Thread thread = Thread.ofPlatform().start(() -> {
            dispatcher.acquire(machine);
            while (!stop.get()) {
                long batchEnd = System.nanoTime() + 1_000_000;
                while (System.nanoTime() < batchEnd && !asked.getAndSet(false)) {
                    Thread.onSpinWait();
                }
                dispatcher.yieldProcessor(machine);
            }
            dispatcher.release(machine);
        });
        while (!dispatcher.lists().runningNames().contains(machine.name())) {
            Thread.onSpinWait();
        }
        return thread;
    }

    @Test
    void aMachineBackFromPageWaitTakesTheProcessorFromASpinningOneInsteadOfWaitingOutItsSlice() throws Exception {
        Dispatcher dispatcher = oneProcessor();
        Dispatchable spinning = new Dispatchable("SPINNER");
        AtomicBoolean stop = new AtomicBoolean();
        Thread spinner = spinner(dispatcher, spinning, stop, new AtomicInteger());
        Dispatchable pager = new Dispatchable("PAGER");
        int faults = 200;
        Thread paging = Thread.ofPlatform().start(() -> {
            dispatcher.acquire(pager);
            for (int i = 0; i < faults; i++) {
                assertTrue(dispatcher.pageWait(pager));
                LockSupport.parkNanos(100_000);
                dispatcher.pageReady(pager);
            }
            dispatcher.release(pager);
        });
        paging.join(60_000);
        stop.set(true);
        spinner.join(10_000);
        assertFalse(paging.isAlive(), "the pager's faults were all served");
        double spinnerSlices = (double) spinning.cpuNanos() / dispatcher.sliceNanos();
        // Waiting out the spinner's slice after every read would serve one fault per slice of its processor time.
        assertTrue(faults >= 5 * spinnerSlices, faults + " faults served while the spinner used " + spinnerSlices + " slices");
    }

    @Test
    void aBetterPriorityMachineWokenFromAWaitTakesTheProcessorBeforeTheSliceEnds() throws Exception {
        Dispatcher dispatcher = new Dispatcher(1, 60_000_000_000L, 1 << 20);
        Dispatchable spinning = new Dispatchable("SPINNER");
        AtomicBoolean stop = new AtomicBoolean();
        Thread spinner = spinner(dispatcher, spinning, stop, new AtomicInteger());
        Dispatchable woken = new Dispatchable("WOKEN");
        woken.setPriority(10);
        Thread waking = Thread.ofPlatform().start(() -> {
            dispatcher.acquire(woken);
            dispatcher.release(woken);
        });
        waking.join(10_000);
        assertFalse(waking.isAlive(), "the woken machine ran within the spinner's minute-long slice");
        stop.set(true);
        spinner.join(10_000);
    }

    @Test
    void aWakingMachineThatHasUsedMoreThanItsShareLetsTheRunningOneFinishItsSlice() throws Exception {
        Dispatcher dispatcher = oneProcessor();
        Dispatchable greedy = new Dispatchable("GREEDY");
        greedy.setShare(1);
        dispatcher.acquire(greedy);
        spin(2_000_000);
        // 2 ms at a hundredth of the normal share: 200 ms of virtual time, ten slices' worth.
        dispatcher.release(greedy);
        Dispatchable spinning = new Dispatchable("SPINNER");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger asks = new AtomicInteger();
        Thread spinner = spinner(dispatcher, spinning, stop, asks);
        Thread waking = Thread.ofPlatform().start(() -> {
            dispatcher.acquire(greedy);
            dispatcher.release(greedy);
        });
        while (!dispatcher.lists().queuedNames().contains("GREEDY") && waking.isAlive()) {
            Thread.onSpinWait();
        }
        assertEquals(0, asks.get(), "the spinner was not asked to give its processor up");
        stop.set(true);
        waking.join(10_000);
        spinner.join(10_000);
        assertFalse(waking.isAlive());
    }

    private static void spin(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
