package vm370.system.cli;

import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vm370.cp.vm.ConsoleOutput;
import vm370.system.boot.HeadlessOperator;
import vm370.system.boot.NamedSystemsCatalog;
import vm370.system.boot.OnlineSystem;
import vm370.system.boot.OperatorScreen;
import vm370.system.boot.RunningSystem;

/**
 * {@code vm370 ipl}: IPLs CP and runs the system until SHUTDOWN, with the operator's console on
 * a Lanterna screen with the machine's panel, or with {@code --headless} on standard input and
 * output. Without options it is the sample system with its state in {@code var/}.
 */
@Command(name = "ipl", mixinStandardHelpOptions = true,
        description = "IPL CP and run the system until SHUTDOWN (the sample system by default).")
public final class IplCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "The SYSTEM CONFIG file (default: samples/system.config).")
    private Path config;

    @Option(names = "--var", paramLabel = "DIR", description = "The state folder: directory, spool, volumes, paging (default: var/).")
    private Path var;

    @Option(names = "--directory", paramLabel = "FILE",
            description = "The USER DIRECT source compiled when the directory is empty (default: user.direct beside the configuration).")
    private Path directory;

    @Option(names = "--port", paramLabel = "N", description = "The terminal port, instead of the configuration's TERMINAL PORT (0: any free one).")
    private Integer port;

    @Option(names = "--headless", description = "No screen: the operator's console is standard input and output.")
    private boolean headless;

    @Option(names = "--cold", description = "Cold start: the spool is emptied (default: warm start, every closed spool file kept).")
    private boolean cold;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port != null && (port < 0 || port > 65535)) {
            throw new ParameterException(spec.commandLine(), "--port: " + port + " (expected: 0-65535)");
        }
        Path home = Path.of(System.getProperty("vm370.home", "."));
        Path configFile = config != null ? config : home.resolve("samples").resolve("system.config");
        Path source = directory != null ? directory : configFile.resolveSibling("user.direct");
        RunningSystem.Options system = new RunningSystem.Options(configFile, var != null ? var : home.resolve("var"),
                source, cold ? RunningSystem.Start.COLD : RunningSystem.Start.WARM, NamedSystemsCatalog.all());
        OnlineSystem.Options options = OnlineSystem.Options.of(system, ConsoleOutput.DISCONNECTED)
                .withPort(port == null ? OptionalInt.empty() : OptionalInt.of(port));
        if (!headless && Boolean.getBoolean("vm370.interactive")) {
            return OperatorScreen.run(options, System.err);
        }
        return HeadlessOperator.run(options, System.in, System.out, System.err);
    }
}
