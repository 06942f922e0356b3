package vm370.cp.dispatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DispatcherTest {

    @Test
    void neverMoreMachinesRunThanThereAreProcessors() throws InterruptedException {
        Dispatcher dispatcher = new Dispatcher(2, 0);
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
        Dispatcher dispatcher = new Dispatcher(1, 0);
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
        while (dispatcher.lists().queued().size() < 3) {
            Thread.sleep(5);
        }
        assertEquals(List.of("HIGH", "MIDDLE", "LOW"), dispatcher.lists().queued());
        dispatcher.release(holder);
        for (Thread t : threads) {
            t.join(10_000);
        }
        assertEquals(List.of("HIGH", "MIDDLE", "LOW"), order);
    }

    @Test
    void processorTimeIsChargedToTheMachineThatUsedIt() {
        Dispatcher dispatcher = new Dispatcher(1, 0);
        Dispatchable machine = new Dispatchable("BUSY");
        dispatcher.acquire(machine);
        long until = System.nanoTime() + 2_000_000;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        dispatcher.release(machine);
        assertTrue(machine.cpuNanos() >= 2_000_000, "charged " + machine.cpuNanos());
    }

    @Test
    void eachProcessorsBusyTimeCountsItsSlicesAndTheOneRunningNow() {
        Dispatcher dispatcher = new Dispatcher(2, 0);
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
        Dispatcher dispatcher = new Dispatcher(1, 0);
        dispatcher.countInstructions(1000);
        dispatcher.countInstructions(234);
        assertEquals(1234, dispatcher.instructionsExecuted());
    }

    private static void spin(long nanos) {
        long until = System.nanoTime() + nanos;
        while (System.nanoTime() < until) {
            Thread.onSpinWait();
        }
    }
}
