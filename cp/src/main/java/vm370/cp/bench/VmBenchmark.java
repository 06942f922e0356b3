package vm370.cp.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import vm370.cp.dispatch.Dispatcher;
import vm370.cp.paging.FramePool;
import vm370.cp.paging.PagingFile;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.Clock;
import vm370.s370.time.TodClock;

/**
 * {@code vm370 bench vm}, part (b): trap and emulate. A virtual machine under CP runs a tight loop
 * of SSM, STNSM and STOSM in its virtual supervisor state; each is intercepted and simulated on the
 * machine's state. Prints the trapped instructions per second, last.
 */
public final class VmBenchmark {

    private static final int LOOP = 0x1000;
    private static final int OPERANDS = 0xF00;
    private static final int WAIT_PSW = 0xF08;
    /** Privileged instructions in one pass of the loop. */
    private static final int PER_PASS = 3;
    private static final String DONE = "DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'";

    /** Runs a warm-up pass, then about {@code seconds} of trapping, and prints the figure. */
    public void run(PrintStream out, double seconds) throws IOException, InterruptedException {
        Path paging = Files.createTempFile("vm370-bench", ".paging");
        PagingFile pagingFile = new PagingFile(paging);
        try {
            Clock wall = () -> System.currentTimeMillis() * 1000 + Clock.UNIX_EPOCH_MICROS;
            Dispatcher dispatcher = new Dispatcher(1, TimeUnit.MILLISECONDS.toNanos(20));
            VirtualMachine machine = new VirtualMachine("BENCH", 1 << 20, 0x009, 1, dispatcher,
                    new FramePool(16L << 20, pagingFile), new TodClock(wall));
            machine.start();
            try {
                int passes = 50_000;
                long nanos = loop(machine, passes);
                // Size the measured run from the warm-up so that it lasts about the seconds asked for.
                passes = (int) Math.min(Integer.MAX_VALUE / 2, Math.max(passes, passes * (seconds * 1e9 / nanos)));
                long before = machine.privileged().trapped();
                nanos = loop(machine, passes);
                long trapped = machine.privileged().trapped() - before;
                out.printf("loop: SSM, STNSM, STOSM, BCT in a virtual machine's supervisor state; %,d passes%n", passes);
                out.printf("trapped and simulated: %,d privileged instructions in %.2f s%n", trapped, nanos / 1e9);
                out.printf("trapped privileged instructions per second: %d%n", Math.round(trapped / (nanos / 1e9)));
            } finally {
                machine.logoff();
                machine.awaitEnd(10_000);
            }
        } finally {
            pagingFile.close();
            Files.deleteIfExists(paging);
        }
    }

    /** Loads the loop for {@code passes} passes, runs it to its disabled wait, returns the nanoseconds it took. */
    private static long loop(VirtualMachine machine, int passes) throws InterruptedException {
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<String> wait = new AtomicReference<>();
        machine.connectConsole(line -> {
            wait.set(line);
            ended.countDown();
        });
        long[] started = new long[1];
        machine.requestRun(() -> {
            ReentrantLock owner = machine.storage().owner();
            owner.lock();
            try {
                MainStorage storage = machine.storage().storage();
                storage.writeBytes(LOOP, program(), 0, 20);
                storage.write(WAIT_PSW, 8, 0x0002000000000000L);
                storage.write(104, 8, 0x0002000000000BADL);
                machine.cpu().initialCpuReset();
                machine.cpu().gpr[3] = passes;
                machine.cpu().gpr[12] = LOOP;
                machine.cpu().loadPsw(LOOP);
            } finally {
                owner.unlock();
            }
            started[0] = System.nanoTime();
            machine.begin();
        });
        if (!ended.await(10, TimeUnit.MINUTES) || !DONE.equals(wait.get())) {
            long programOld = machine.call(() -> machine.storage().storage().read(40, 8));
            throw new IllegalStateException(String.format("the benchmark loop did not end as it should: %s (program old PSW %016X)",
                    wait.get(), programOld));
        }
        return System.nanoTime() - started[0];
    }

    /** SSM X'F00'; STNSM X'F01',X'FF'; STOSM X'F02',X'00'; BCT 3,0(12) with R12 = X'1000'; LPSW X'F08'. */
    private static byte[] program() {
        return new byte[] {
            (byte) 0x80, 0x00, 0x0F, 0x00,
            (byte) 0xAC, (byte) 0xFF, 0x0F, 0x01,
            (byte) 0xAD, 0x00, 0x0F, 0x02,
            0x46, 0x30, (byte) 0xC0, 0x00,
            (byte) 0x82, 0x00, 0x0F, 0x08,
        };
    }
}
