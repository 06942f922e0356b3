package vm370.cp.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
}
