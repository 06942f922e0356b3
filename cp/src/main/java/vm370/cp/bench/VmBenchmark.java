package vm370.cp.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import vm370.cp.ControlProgram;
import vm370.cp.config.SystemConfig;
import vm370.cp.config.SystemConfigReader;
import vm370.cp.paging.PagingFile;
import vm370.cp.vio.Volumes;
import vm370.cp.vm.NamedSystems;
import vm370.cp.vm.VirtualMachine;
import vm370.directory.UserDirectory;
import vm370.directory.VolumeConfig;
import vm370.s370.asm.Assembler;
import vm370.s370.asm.AssemblyResult;
import vm370.s370.bench.CpuBenchmark;
import vm370.s370.cpu.Cpu;
import vm370.s370.loader.LoadedProgram;
import vm370.s370.loader.Loader;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.Clock;
import vm370.spool.SpoolSystem;
import vm370.spool.queue.SpoolLimits;

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
            try (Cp cp = Cp.start(var.resolve("mix"), users(2, "2M"))) {
                virtual = withMachine(cp, "USER0000", machine -> new CpuBenchmark().loadInto(machine.cpu()),
                        machine -> perSecond(machine, m -> (double) m.cpu().instructionCount())) / 1e6;
                traps = withMachine(cp, "USER0001", machine -> loadProgram(machine.cpu(), TRAP_LOOP),
                        machine -> perSecond(machine, m -> (double) m.privileged().trapped()));
            }
            out.printf("(a) instruction mix: bare S/370 %.1f MIPS, in a virtual machine %.1f MIPS%n", bare, virtual);
            out.printf("(b) privileged instructions trapped and simulated: %,.0f per second%n", traps);
            idleMachines(var.resolve("idle"), out);
            double ratio = virtual / bare;
            out.printf("MIPS ratio in a virtual machine: %.2f%n", ratio);
            return ratio;
        } finally {
            delete(var);
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
    private static double withMachine(Cp cp, String userid, Consumer<VirtualMachine> load,
                                      Function<VirtualMachine, Double> measure) throws Exception {
        cp.cp.logon(userid);
        VirtualMachine machine = cp.cp.machine(userid).orElseThrow();
        onMachine(machine, m -> {
            load.accept(m);
            return m;
        });
        machine.requestRun(machine::begin);
        try {
            return measure.apply(machine);
        } finally {
            cp.cp.logoff(userid);
        }
    }

    /** How fast a counter, read on the machine's own thread, grows per second of elapsed time, after a warm-up. */
    private double perSecond(VirtualMachine machine, Function<VirtualMachine, Double> counter) {
        sleep(2);
        long start = System.nanoTime();
        double first = onMachine(machine, counter);
        sleep(seconds);
        double last = onMachine(machine, counter);
        return (last - first) / ((System.nanoTime() - start) / 1e9);
    }

    private static <T> T onMachine(VirtualMachine machine, Function<VirtualMachine, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        machine.perform(() -> result.complete(work.apply(machine)));
        return result.join();
    }

    private static void sleep(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void loadProgram(Cpu cpu, List<String> source) {
        AssemblyResult assembled = new Assembler(List.of()).assemble("BENCH", source);
        LoadedProgram program = Loader.linkAtAssembledAddress(List.of(assembled.objectDeck()));
        cpu.storage().writeBytes(program.origin(), program.image(), 0, program.image().length);
        cpu.loadPsw(program.entry());
    }

    /** (c): ten thousand users logged on and idle; the heap they hold and the time it took. */
    private static void idleMachines(Path var, PrintStream out) throws Exception {
        try (Cp cp = Cp.start(var, users(IDLE_MACHINES, "1M"))) {
            long before = usedHeap();
            long start = System.nanoTime();
            for (int i = 0; i < IDLE_MACHINES; i++) {
                cp.cp.logon(String.format("USER%04d", i));
            }
            double logonSeconds = (System.nanoTime() - start) / 1e9;
            long perMachine = (usedHeap() - before) / IDLE_MACHINES;
            out.printf("(c) %,d idle 1M virtual machines over 64M of real storage: logged on in %.2f s, %,d bytes of heap each%n",
                    IDLE_MACHINES, logonSeconds, perMachine);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String users(int count, String storage) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(String.format("USER USER%04d PW %s 16M G%n CONSOLE 009 3215%n", i, storage));
        }
        return s.toString();
    }

    /** A whole CP in a scratch folder: directory and spool in H2, 64M of real storage, one processor. */
    private record Cp(ControlProgram cp, UserDirectory directory, SpoolSystem spool) implements AutoCloseable {

        static Cp start(Path var, String userDirect) throws Exception {
            Files.createDirectories(var);
            Path configFile = var.resolve("system.config");
            Files.writeString(configFile, "STORAGE 64M\nPROCESSORS 1\n");
            SystemConfig config = SystemConfigReader.read(configFile, var);
            UserDirectory directory = UserDirectory.open(VolumeConfig.read(configFile).directoryUrl(var), config.volumes());
            directory.directxa(userDirect);
            SpoolSystem spool = new SpoolSystem(var.resolve("spool"), java.time.Clock.systemUTC(), SpoolLimits.NONE,
                    user -> directory.lookup(user).isPresent());
            ControlProgram cp = new ControlProgram(config, Clock.WALL, directory, spool, new NamedSystems(),
                    new PagingFile(var.resolve("paging.dat")), Volumes.open(config.volumes(), config.imageDirectory()));
            return new Cp(cp, directory, spool);
        }

        @Override
        public void close() throws Exception {
            cp.close();
            spool.close();
            directory.close();
        }
    }
}
