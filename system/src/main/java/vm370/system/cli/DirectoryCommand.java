package vm370.system.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vm370.directory.DirectoryException;
import vm370.directory.UserDirectory;

/** {@code vm370 directory export [FILE]}: write the directory in force back as source. */
@Command(name = "directory", description = "Work with the CP directory.", subcommands = DirectoryCommand.Export.class)
public final class DirectoryCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The export subcommand: passwords come out as their stored hashes, which DIRECTXA takes back. */
    @Command(name = "export", description = "Write the directory as USER DIRECT source (to FILE, or standard output).")
    static final class Export implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "Where to write (default: standard output).")
        private Path file;

        @Mixin
        private DirectoryOptions options;

        @Override
        public Integer call() {
            try (UserDirectory directory = options.open(spec.commandLine().getErr())) {
                String source = directory.export();
                if (file == null) {
                    spec.commandLine().getOut().print(source);
                    spec.commandLine().getOut().flush();
                } else {
                    Files.writeString(file, source);
                }
                return 0;
            } catch (DirectoryException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 1;
            } catch (IOException e) {
                spec.commandLine().getErr().println("DMKDIR794E CANNOT WRITE " + file + " - " + e.getMessage());
                return 1;
            }
        }
    }
}
