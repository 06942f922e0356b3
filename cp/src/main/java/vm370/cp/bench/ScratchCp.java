package vm370.cp.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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
import vm370.s370.cpu.Cpu;
import vm370.s370.loader.LoadedProgram;
import vm370.s370.loader.Loader;
import vm370.s370.time.Clock;
import vm370.spool.SpoolSystem;
import vm370.spool.queue.SpoolLimits;

/**
 * A whole CP in a scratch folder for CP's benchmarks: directory and spool in H2, 64M of real
 * storage, and what the benchmarks do with its machines (load a program, read them on their thread).
 */
record ScratchCp(ControlProgram cp, UserDirectory directory, SpoolSystem spool, Path var) implements AutoCloseable {

    /** A CP with {@code processors} real processors in {@code var} (deleted on close) for the users of {@code userDirect}. */
    static ScratchCp start(Path var, String userDirect, int processors) throws Exception {
        Files.createDirectories(var);
        Path configFile = var.resolve("system.config");
        Files.writeString(configFile, "STORAGE 64M\nPROCESSORS " + processors + "\n");
        SystemConfig config = SystemConfigReader.read(configFile, var);
        UserDirectory directory = UserDirectory.open(VolumeConfig.read(configFile).directoryUrl(var), config.volumes());
        directory.directxa(userDirect);
        SpoolSystem spool = new SpoolSystem(var.resolve("spool"), java.time.Clock.systemUTC(), SpoolLimits.NONE,
                user -> directory.lookup(user).isPresent());
        ControlProgram cp = new ControlProgram(config, Clock.WALL, directory, spool, new NamedSystems(),
                new PagingFile(var.resolve("paging.dat")), Volumes.open(config.volumes(), config.imageDirectory()));
        return new ScratchCp(cp, directory, spool, var);
    }

    /** Directory entries for USER0000.. with {@code storage} each. */
    static String users(int count, String storage) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append(String.format("USER USER%04d PW %s 16M G%n CONSOLE 009 3215%n", i, storage));
        }
        return s.toString();
    }

    /** Runs {@code work} on the machine's own thread and returns its result. */
    static <T> T onMachine(VirtualMachine machine, Function<VirtualMachine, T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        machine.perform(() -> result.complete(work.apply(machine)));
        return result.join();
    }

    /** Assembles {@code source} and loads it at its assembled address, its entry the PSW's; on the machine's thread. */
    static void loadProgram(Cpu cpu, List<String> source) {
        AssemblyResult assembled = new Assembler(List.of()).assemble("BENCH", source);
        if (assembled.returnCode() > 0) {
            throw new IllegalStateException("benchmark program did not assemble:\n" + assembled.listing());
        }
        LoadedProgram program = Loader.linkAtAssembledAddress(List.of(assembled.objectDeck()));
        cpu.storage().writeBytes(program.origin(), program.image(), 0, program.image().length);
        cpu.loadPsw(program.entry());
    }

    static void sleep(double seconds) {
        try {
            Thread.sleep((long) (seconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            cp.close();
            spool.close();
            directory.close();
        } finally {
            delete(var);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
