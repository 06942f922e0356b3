package vm370.system.boot;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import vm370.cp.vm.ConsoleOutput;

/**
 * {@code vm370 network}: the sample system's two neighbours in its RSCS network, NODE2 and NODE3
 * ({@code samples/net}), IPLed in one process, each from its own folder's {@code system.config} and
 * {@code user.direct} with its own state folder. With the sample system they form the chain
 * VM370 - NODE2 - NODE3. The operators' consoles share standard input and output: each line out
 * begins with its node's name, and a line in goes to the node it begins with ({@code NODE2 Q N}).
 */
public final class SampleNetwork {

    /** The nodes' folders under {@code samples/net}, in the order they are IPLed. */
    public static final List<String> NODES = List.of("node2", "node3");

    private SampleNetwork() {
    }

    /**
     * IPLs each node of {@code net}, its state in {@code var/<folder>}, with any free terminal port;
     * {@code console} gives each node's operator terminal by node name. A node that cannot be IPLed
     * fails the whole, with those already up shut down again.
     */
    public static List<OnlineSystem> ipl(Path net, Path var, Function<String, ConsoleOutput> console) throws Exception {
        List<OnlineSystem> up = new ArrayList<>();
        try {
            for (String folder : NODES) {
                up.add(OnlineSystem.ipl(options(net, var, folder, console).withPort(OptionalInt.of(0))));
            }
            return up;
        } catch (Exception | Error e) {
            up.reversed().forEach(OnlineSystem::shutdown);
            throw e;
        }
    }

    /** IPLs the nodes, serves their operators until every node is shut down, and returns the exit code. */
    public static int run(Path net, Path var, InputStream in, PrintStream out, PrintStream err)
            throws InterruptedException {
        Map<String, OnlineSystem> nodes = new LinkedHashMap<>();
        for (String folder : NODES) {
            OnlineSystem node = OnlineSystem.iplReporting(options(net, var, folder, name -> text -> {
                out.println(name + ": " + text);
                out.flush();
            }), err);
            if (node == null) {
                nodes.values().forEach(OnlineSystem::shutdown);
                return OnlineSystem.IPL_FAILED;
            }
            OnlineSystem.shutdownWhenTheProcessEnds(node);
            nodes.put(folder.toUpperCase(Locale.ROOT), node);
        }
        return HeadlessOperator.serve(nodes.values(), in, err, line -> enter(nodes, line, err));
    }

    /** A node's options: its folder's configuration and directory, its state in {@code var/<folder>}. */
    private static OnlineSystem.Options options(Path net, Path var, String folder,
                                                Function<String, ConsoleOutput> console) {
        Path config = net.resolve(folder).resolve("system.config");
        RunningSystem.Options system = new RunningSystem.Options(config, var.resolve(folder),
                config.resolveSibling("user.direct"), RunningSystem.Start.WARM, NamedSystemsCatalog.all());
        return OnlineSystem.Options.of(system, console.apply(folder.toUpperCase(Locale.ROOT)));
    }

    /** A line goes to the operator of the node it names first; the rest of it is the command. */
    private static void enter(Map<String, OnlineSystem> nodes, String line, PrintStream err) {
        String[] words = line.strip().split("\\s+", 2);
        OnlineSystem node = nodes.get(words[0].toUpperCase(Locale.ROOT));
        if (node == null) {
            err.println("vm370: begin the line with the node it is for: " + String.join(" or ", nodes.keySet()));
        } else if (!node.stopping()) {
            node.operator().enter(words.length > 1 ? words[1] : "");
        }
    }
}
