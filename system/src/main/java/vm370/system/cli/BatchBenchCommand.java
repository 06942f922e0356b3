package vm370.system.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vm370.system.bench.BatchBenchmark;

/** {@code vm370 bench batch}: N small jobs punched to CMSBATCH back to back; the last line is jobs per minute. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Punch N small jobs to CMSBATCH back to back; prints jobs per minute last.")
public final class BatchBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--jobs", defaultValue = "200", description = "Jobs run (default: ${DEFAULT-VALUE}).")
    private int jobs;

    @Override
    public Integer call() throws Exception {
        if (jobs < 1 || jobs > 99_999) {
            spec.commandLine().getErr().println("vm370 bench batch: --jobs must be 1-99999");
            return 2;
        }
        System.out.println(BatchBenchmark.run(jobs, System.out).figure());
        return 0;
    }
}
