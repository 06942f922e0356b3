package vm370.system.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vm370.terminals.bench.Tn3270Bench;

/** {@code vm370 bench tn3270}: TN3270 load on loopback; the last line is screens/s and p99. */
@Command(name = "tn3270", mixinStandardHelpOptions = true, description = "TN3270E load: N connections exchanging screens; prints screens/s and p99 latency.")
public final class Tn3270BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--connections", defaultValue = "1000", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
    private int connections;

    @Option(names = "--seconds", defaultValue = "10", description = "How long to exchange screens (default: ${DEFAULT-VALUE}).")
    private int seconds;

    @Option(names = "--think-ms", defaultValue = "1000",
            description = "Mean think time between a screen and the next ENTER, uniform 0 to twice this; 0 is a closed loop (default: ${DEFAULT-VALUE}).")
    private int thinkMillis;

    @Override
    public Integer call() throws Exception {
        var out = System.out;
        if (connections < 1 || seconds < 1 || thinkMillis < 0) {
            spec.commandLine().getErr().println("vm370 bench tn3270: --connections and --seconds must be positive, --think-ms not negative");
            return 2;
        }
        Tn3270Bench.Result r = Tn3270Bench.run(connections, Duration.ofSeconds(seconds), Duration.ofMillis(thinkMillis), out);
        out.printf("screens %d in %.1f s, wrong echoes %d, failed connections %d, p50 %.1f ms%n",
                r.screens(), r.duration().toNanos() / 1e9, r.wrongEchoes(), r.failedConnections(), r.p50Millis());
        out.println(r.figure());
        return r.failedConnections() == 0 && r.wrongEchoes() == 0 ? 0 : 1;
    }
}
