package vm370.system.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vm370.cms.rexx.RexxBenchmark;

/** {@code vm370 bench rexx}: REXX clauses per second, and the time ratio to Regina as the last line. */
@Command(name = "rexx", description = "REXX interpreter speed on a fixed loop-heavy program, against Regina.")
public final class RexxBenchCommand implements Callable<Integer> {

    @Override
    public Integer call() throws Exception {
        RexxBenchmark.run(System.out);
        return 0;
    }
}
