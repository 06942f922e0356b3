package vm370.system.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vm370.system.boot.SampleNetwork;

/**
 * {@code vm370 network}: IPLs NODE2 and NODE3 of the sample RSCS network (samples/net), which
 * with the sample system ({@code vm370 ipl}) make a three-node network on one machine.
 */
@Command(name = "network", mixinStandardHelpOptions = true,
        description = "IPL NODE2 and NODE3, the sample system's neighbours in its RSCS network (samples/net).")
public final class NetworkCommand implements Callable<Integer> {

    @Option(names = "--var", paramLabel = "DIR", description = "The state folder: each node's in DIR/node2, DIR/node3 (default: var/).")
    private Path var;

    @Override
    public Integer call() throws Exception {
        Path home = Path.of(System.getProperty("vm370.home", "."));
        return SampleNetwork.run(home.resolve("samples").resolve("net"), var != null ? var : home.resolve("var"),
                System.in, System.out, System.err);
    }
}
