package vm370.system.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code vm370 bench NAME}: the benchmarks each issue names. Every benchmark prints what it ran
 * and, as its last line, its figure; the work itself lives in the module it measures.
 */
@Command(name = "bench",
        description = "Run a benchmark; its figure is the last line printed.",
        subcommands = {
                DirectoryBenchCommand.class,
                SpoolBenchCommand.class,
                Tn3270BenchCommand.class,
                BenchCpuCommand.class,
                AsmBenchCommand.class,
                RexxBenchCommand.class,
                VmBenchCommand.class,
                XeditBenchCommand.class,
                LogonBenchCommand.class,
                CmsBenchCommand.class,
                RscsBenchCommand.class,
                BatchBenchCommand.class,
        })
public final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
