package vm370.system.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vm370.system.rscs.RscsBenchmark;

/** {@code vm370 bench rscs}: files punched on node A travel over NJE to a user on node B; files/s and MB/s last. */
@Command(name = "rscs", description = "Send files from node A to node B over NJE; prints files/s and MB/s last.")
public final class RscsBenchCommand implements Callable<Integer> {

    @Option(names = "--files", defaultValue = "1000", description = "Files to send (default ${DEFAULT-VALUE}).")
    private int files;

    @Option(names = "--cards", defaultValue = "1000", description = "Cards per file (default ${DEFAULT-VALUE}).")
    private int cards;

    @Override
    public Integer call() throws Exception {
        RscsBenchmark.main(new PrintStream(System.out, true), files, cards);
        return 0;
    }
}
