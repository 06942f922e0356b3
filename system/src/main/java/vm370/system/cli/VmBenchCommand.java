package vm370.system.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vm370.cp.bench.VmBenchmark;

/** {@code vm370 bench vm}: the cost of virtualization; the MIPS ratio in a virtual machine is the last line. */
@Command(name = "vm", description = "The instruction mix bare and in a virtual machine, privileged instructions trapped, "
        + "10,000 idle machines; prints the MIPS ratio last.")
public final class VmBenchCommand implements Callable<Integer> {

    @Option(names = "--seconds", defaultValue = "5", description = "Seconds measured after each warm-up (default ${DEFAULT-VALUE}).")
    private double seconds;

    @Override
    public Integer call() throws Exception {
        new VmBenchmark(seconds).run(System.out);
        return 0;
    }
}
