package vm370.system.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vm370.cms.xedit.XeditBenchmark;

/** {@code vm370 bench xedit}: load, CHANGE every line of, and FILE a 100,000-line file; milliseconds last. */
@Command(name = "xedit", description = "XEDIT on a 100,000-line file: load, change every line, save.")
public final class XeditBenchCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        XeditBenchmark.run(System.out);
        return 0;
    }
}
