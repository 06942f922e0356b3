package vm370.system.cli;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vm370.cp.bench.VmBenchmark;

/** {@code vm370 bench vm}: virtual machines under CP; part (b) prints trapped privileged instructions per second. */
@Command(name = "vm", description = "Run a virtual machine under CP trapping privileged instructions; print the rate.")
public final class BenchVmCommand implements Runnable {

    @Option(names = "--seconds", defaultValue = "5", description = "Seconds measured after a warm-up (default ${DEFAULT-VALUE}).")
    private double seconds;

    @Override
    public void run() {
        try {
            new VmBenchmark().run(System.out, seconds);
        } catch (IOException e) {
            System.err.println("bench vm: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
