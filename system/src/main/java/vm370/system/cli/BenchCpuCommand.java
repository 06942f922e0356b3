package vm370.system.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vm370.s370.bench.CpuBenchmark;

/** {@code vm370 bench cpu}: the S/370 CPU instruction mix; prints {@code MIPS: N} last. */
@Command(name = "cpu", description = "Run a fixed S/370 instruction mix and print MIPS.")
public final class BenchCpuCommand implements Runnable {

    @Option(names = "--seconds", defaultValue = "5", description = "Seconds measured after a warm-up (default ${DEFAULT-VALUE}).")
    private double seconds;

    @Override
    public void run() {
        new CpuBenchmark().run(System.out, seconds);
    }
}
