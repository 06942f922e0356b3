package vm370.system.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vm370.terminals.emulator.EmulatorLauncher;

/** {@code vm370 terminal [HOST[:PORT]] [--window]}: the bundled Lanterna 3270 emulator. */
@Command(name = "terminal", mixinStandardHelpOptions = true, description = "A 3270 emulator: connect over TN3270 to HOST[:PORT] (default localhost:3270).")
public final class TerminalCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "HOST[:PORT]", description = "Where to connect (default: localhost:3270).")
    private String hostPort;

    @Option(names = "--window", description = "Open a window (Swing) instead of using this text terminal.")
    private boolean window;

    @Option(names = "--model", defaultValue = "2", description = "3279 model 2, 3, 4 or 5 (default: ${DEFAULT-VALUE}).")
    private int model;

    @Option(names = "--lu", description = "The LU (device) name to ask for.")
    private String luName;

    @Option(names = "--no-tn3270e", description = "Refuse TN3270E; use plain TN3270.")
    private boolean noTn3270e;

    @Option(names = "--demo", description = "Connect to a built-in echo host instead (to try the emulator).")
    private boolean demo;

    @Override
    public Integer call() {
        if (model < 2 || model > 5) {
            spec.commandLine().getErr().println("vm370 terminal: model " + model + " is not 2, 3, 4 or 5");
            return 2;
        }
        EmulatorLauncher.Options options;
        try {
            options = EmulatorLauncher.options(hostPort, model, !noTn3270e, luName, window);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("vm370 terminal: " + e.getMessage());
            return 2;
        }
        return demo ? EmulatorLauncher.runDemo(options, System.err) : EmulatorLauncher.run(options, System.err);
    }
}
