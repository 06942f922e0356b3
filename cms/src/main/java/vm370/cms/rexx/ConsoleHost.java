package vm370.cms.rexx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A host for REXX outside CMS: SAY to an output stream, trace and errors to another, PULL from
 * the stack and then from an input reader, no command environments (every command gets RC -3),
 * external routines from files next to the program ({@code name}, {@code name.rexx}, {@code name.exec}).
 */
public final class ConsoleHost implements RexxHost {

    private static final String[] SUFFIXES = {"", ".rexx", ".rex", ".exec", ".REXX", ".EXEC"};

    private final BufferedReader in;
    private final PrintStream out;
    private final PrintStream err;
    private final Path directory;
    private final ProgramStack stack = new ProgramStack();

    public ConsoleHost(BufferedReader in, PrintStream out, PrintStream err, Path directory) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.directory = directory;
    }

    @Override
    public void say(String line) {
        out.println(line);
    }

    @Override
    public void traceOutput(String line) {
        out.flush();
        err.println(line);
    }

    @Override
    public String readTerminal() {
        try {
            out.flush();
            return in.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public ProgramStack stack() {
        return stack;
    }

    @Override
    public Optional<ExternalProgram> findExternal(String name, String callerName) {
        for (String base : new String[] {name, name.toLowerCase()}) {
            for (String suffix : SUFFIXES) {
                Path p = directory.resolve(base + suffix);
                if (Files.isRegularFile(p)) {
                    try {
                        return Optional.of(new ExternalProgram(p.toString(), Files.readString(p, StandardCharsets.ISO_8859_1)));
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }
}
