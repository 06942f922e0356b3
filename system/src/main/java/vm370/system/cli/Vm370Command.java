package vm370.system.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root of the {@code vm370} command line; each subcommand lives in a file of its own. */
@Command(name = "vm370",
        mixinStandardHelpOptions = true,
        version = "vm370 0.1",
        description = "IBM VM/370 recreated in Java.",
        subcommands = {
                AssembleCommand.class,
                BenchCommand.class,
                S370Command.class,
        })
public final class Vm370Command implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
