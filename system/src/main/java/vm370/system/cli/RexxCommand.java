package vm370.system.cli;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vm370.cms.rexx.RexxCli;

/** {@code vm370 rexx FILE [ARGS...]}: runs a REXX program on this workstation (SAY to standard output). */
@Command(name = "rexx", description = "Run a REXX program outside CMS; the exit code is its EXIT value (0-255).")
public final class RexxCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The REXX program.")
    private Path file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Its argument string (the words are joined by blanks).")
    private List<String> arguments = List.of();

    @Override
    public Integer call() {
        // REXX strings are bytes: ISO-8859-1 both ways keeps every byte as it is, as Regina does.
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.ISO_8859_1));
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.ISO_8859_1);
        var err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.ISO_8859_1);
        int rc = RexxCli.run(file, arguments, in, out, err);
        out.flush();
        return rc;
    }
}
