package vm370.system.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vm370.spool.SpoolBenchmark;

/** {@code vm370 bench spool}: durable spool files written, closed and read back; files/s last. */
@Command(name = "spool", description = "Punch, close and read back spool files; prints files/s last.")
public final class SpoolBenchCommand implements Callable<Integer> {

    @Option(names = "--files", defaultValue = "1000", description = "Files to spool (default ${DEFAULT-VALUE}).")
    private int files;

    @Option(names = "--cards", defaultValue = "100", description = "Cards per file (default ${DEFAULT-VALUE}).")
    private int cards;

    @Option(names = "--machines", defaultValue = "8",
            description = "Virtual machines spooling at once; closes that meet share one synced commit (default ${DEFAULT-VALUE}).")
    private int machines;

    @Override
    public Integer call() throws Exception {
        SpoolBenchmark.main(new PrintStream(System.out, true), files, cards, machines);
        return 0;
    }
}
