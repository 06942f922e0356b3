package vm370.system.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vm370.system.boot.CmsBenchmark;

/** {@code vm370 bench cms}: 80-byte records written and read through CMS, DIAGNOSE X'250' and CP; records/s last. */
@Command(name = "cms", description = "80-byte records written and read through CMS, DIAGNOSE X'250', CP and the "
        + "image file; prints records per second last.")
public final class CmsBenchCommand implements Callable<Integer> {

    @Option(names = "--records", defaultValue = "200000", description = "Records written and read (default ${DEFAULT-VALUE}).")
    private int records;

    @Override
    public Integer call() throws Exception {
        new CmsBenchmark(records).run(System.out);
        return 0;
    }
}
