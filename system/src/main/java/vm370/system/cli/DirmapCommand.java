package vm370.system.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vm370.directory.DirectoryException;
import vm370.directory.UserDirectory;

/** {@code vm370 dirmap}: per volume, the minidisk extents in use (user, address) and the gaps. */
@Command(name = "dirmap", description = "Show each volume's minidisk extents and gaps.")
public final class DirmapCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DirectoryOptions options;

    @Override
    public Integer call() {
        try (UserDirectory directory = options.open(spec.commandLine().getErr())) {
            spec.commandLine().getOut().print(directory.map());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (DirectoryException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
    }
}
