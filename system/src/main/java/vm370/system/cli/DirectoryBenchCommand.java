package vm370.system.cli;

import java.io.IOException;
import java.util.Comparator;
import java.util.stream.Stream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vm370.directory.DirectoryBenchmark;
import vm370.directory.DirectoryException;

/** {@code vm370 bench directory}: DIRECTXA time for 10,000 users and entry look-ups per second. */
@Command(name = "directory", description = "DIRECTXA of 10,000 users, then entry look-ups per second.")
public final class DirectoryBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path work = Files.createTempDirectory("vm370-bench-directory");
        try {
            DirectoryBenchmark.run(work, spec.commandLine().getOut());
            return 0;
        } catch (DirectoryException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
