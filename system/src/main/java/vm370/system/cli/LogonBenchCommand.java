package vm370.system.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vm370.system.bench.LogonBenchmark;

/** {@code vm370 bench logon}: N users log on over TN3270, QUERY TIME, LOG OFF; the last line is logons/s and p99. */
@Command(name = "logon", mixinStandardHelpOptions = true,
        description = "IPL a system with N users; each logs on over TN3270, runs QUERY TIME and logs off. Prints logons/s and p99.")
public final class LogonBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--users", defaultValue = "1000", description = "Users logging on at once (default: ${DEFAULT-VALUE}).")
    private int users;

    @Override
    public Integer call() throws Exception {
        if (users < 1 || users > 9999) {
            spec.commandLine().getErr().println("vm370 bench logon: --users must be 1-9999");
            return 2;
        }
        LogonBenchmark.Result r = LogonBenchmark.run(users, System.out);
        System.out.printf("%d of %d logged on, %d steps failed, QUERY TIME p50 %.1f ms%n",
                r.loggedOn(), r.users(), r.failures(), r.p50Millis());
        System.out.println(r.figure());
        return r.failures() == 0 ? 0 : 1;
    }
}
