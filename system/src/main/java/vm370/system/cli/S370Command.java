package vm370.system.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code vm370 s370 ...}: the bare S/370 machine, without CP. */
@Command(name = "s370", mixinStandardHelpOptions = true,
        description = "The bare S/370 machine, without CP.",
        subcommands = {
                RunCommand.class,
                DisasmCommand.class,
                HelloCommand.class,
        })
public final class S370Command implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
