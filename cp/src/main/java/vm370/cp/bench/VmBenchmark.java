package vm370.cp.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.bench.CpuBenchmark;
import vm370.s370.cpu.Cpu;
import vm370.s370.storage.MainStorage;

/**
 * {@code vm370 bench vm}: what virtualization costs. (a) {@code bench cpu}'s instruction mix on a
 * bare CPU, then in a virtual machine under CP, timed alike; (b) privileged instructions trapped and
 * simulated per second; (c) ten thousand idle 1M virtual machines over 64M of real storage: host
 * heap per machine, and the time to log them all on. The last line is the ratio of (a).
 */
public final class VmBenchmark {

    private static final int IDLE_MACHINES = 10_000;

    /** A privileged instruction in a tight loop: every SSM is trapped and simulated by CP. */
    private static final List<String> TRAP_LOOP = List.of(
            "TRAPS    START X'2000'",
            "         BALR  12,0",
            "         USING *,12",
            "LOOP     SSM   MASK",
            "         STNSM MASK,X'FF'",
            "         B     LOOP",
            "MASK     DC    X'00'",
            "         END   TRAPS");

    private final double seconds;

    public VmBenchmark(double seconds) {
        this.seconds = seconds;
    }

    public double run(PrintStream out) throws Exception {
        Path var = Files.createTempDirectory("vm370-bench-vm");
        try {
            double bare = bareMips();
            double virtual;
            double traps;
            try (ScratchCp cp = ScratchCp.start(var.resolve("mix"), ScratchCp.users(2, "2M"), 1)) {
                virtual = withMachine(cp, "USER0000", machine -> new CpuBenchmark().loadInto(machine.cpu()),
                        machine -> perSecond(machine, m -> (double) m.cpu().instructionCount())) / 1e6;
                traps = withMachine(cp, "USER0001", machine -> ScratchCp.loadProgram(machine.cpu(), TRAP_LOOP),
                        machine -> perSecond(machine, m -> (double) m.privileged().trapped()));
            }
            out.printf("(a) instruction mix: bare S/370 %.1f MIPS, in a virtual machine %.1f MIPS%n", bare, virtual);
            out.printf("(b) privileged instructions trapped and simulated: %,.0f per second%n", traps);
            idleMachines(var.resolve("idle"), out);
            double ratio = virtual / bare;
            out.printf("MIPS ratio in a virtual machine: %.2f%n", ratio);
            return ratio;
        } finally {
            Files.deleteIfExists(var);
        }
    }

    /** The mix on a bare CPU, on this thread, by elapsed time as the virtual machine is measured. */
    private double bareMips() {
        Cpu cpu = new Cpu(new MainStorage(1 << 20));
        new CpuBenchmark().loadInto(cpu);
        long warm = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < warm) {
            cpu.run(5_000_000);
        }
        long start = System.nanoTime();
        long first = cpu.instructionCount();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            cpu.run(5_000_000);
        }
        return (cpu.instructionCount() - first) / ((System.nanoTime() - start) / 1e3);
    }

    /** Loads a machine (on its own thread), runs it, measures, and logs it off. */
    private static double withMachine(ScratchCp cp, String userid, Consumer<VirtualMachine> load,
                                      Function<VirtualMachine, Double> measure) throws Exception {
        cp.cp().logon(userid);
        VirtualMachine machine = cp.cp().machine(userid).orElseThrow();
        ScratchCp.onMachine(machine, m -> {
            load.accept(m);
            return m;
        });
        machine.requestRun(machine::begin);
        try {
            return measure.apply(machine);
        } finally {
            cp.cp().logoff(userid);
        }
    }

    /** How fast a counter, read on the machine's own thread, grows per second of elapsed time, after a warm-up. */
    private double perSecond(VirtualMachine machine, Function<VirtualMachine, Double> counter) {
        ScratchCp.sleep(2);
        long start = System.nanoTime();
        double first = ScratchCp.onMachine(machine, counter);
        ScratchCp.sleep(seconds);
        double last = ScratchCp.onMachine(machine, counter);
        return (last - first) / ((System.nanoTime() - start) / 1e9);
    }

    /** (c): ten thousand users logged on and idle; the heap they hold and the time it took. */
    private static void idleMachines(Path var, PrintStream out) throws Exception {
        try (ScratchCp cp = ScratchCp.start(var, ScratchCp.users(IDLE_MACHINES, "1M"), 1)) {
            long before = usedHeap();
            long start = System.nanoTime();
            for (int i = 0; i < IDLE_MACHINES; i++) {
                cp.cp().logon(String.format("USER%04d", i));
            }
            double logonSeconds = (System.nanoTime() - start) / 1e9;
            long perMachine = (usedHeap() - before) / IDLE_MACHINES;
            out.printf("(c) %,d idle 1M virtual machines over 64M of real storage: logged on in %.2f s, %,d bytes of heap each%n",
                    IDLE_MACHINES, logonSeconds, perMachine);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
