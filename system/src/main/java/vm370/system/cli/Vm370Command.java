package vm370.system.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root of the {@code vm370} command line; each subcommand lives in a file of its own. With no
 * command it is {@code vm370 ipl}: the sample system IPLed with its state in {@code var/}.
 */
@Command(name = "vm370",
        mixinStandardHelpOptions = true,
        version = "vm370 0.1",
        description = "IBM VM/370 recreated in Java. With no command: IPL the sample system (vm370 ipl).",
        subcommands = {
                AssembleCommand.class,
                BenchCommand.class,
                DirectxaCommand.class,
                DirectoryCommand.class,
                DirmapCommand.class,
                TerminalCommand.class,
                S370Command.class,
                NetworkCommand.class,
                RexxCommand.class,
                IplCommand.class,
                SubmitCommand.class,
        })
public final class Vm370Command implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return spec.commandLine().execute("ipl");
    }
}
