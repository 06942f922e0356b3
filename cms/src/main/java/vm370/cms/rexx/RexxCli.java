package vm370.cms.rexx;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs a REXX file on a workstation for {@code vm370 rexx}: the words after the file name form
 * the one argument string; the exit code is the EXIT value when it is a whole number 0-255,
 * the REXX error number after an error, else 0. Runs on a thread with a deep stack for recursion.
 */
public final class RexxCli {

    private static final long STACK_BYTES = 512L * 1024 * 1024;

    private RexxCli() {
    }

    public static int run(Path file, List<String> words, BufferedReader in, PrintStream out, PrintStream err) {
        return run(file, words, in, out, err, Path.of(""));
    }

    /** As {@link #run(Path, List, BufferedReader, PrintStream, PrintStream)}, with {@code file} relative to {@code directory}. */
    public static int run(Path file, List<String> words, BufferedReader in, PrintStream out, PrintStream err, Path directory) {
        String source;
        try {
            source = Files.readString(directory.resolve(file), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            err.println("DMSREX003E Error 3 running " + file + ", line 0: Program is unreadable (" + e.getMessage() + ")");
            return 3;
        }
        RexxHost host = new ConsoleHost(in, out, err, directory.resolve(file).toAbsolutePath().getParent());
        List<String> arguments = words.isEmpty() ? List.of() : List.of(String.join(" ", words));
        Rexx.Outcome[] outcome = new Rexx.Outcome[1];
        Thread runner = new Thread(null, () -> outcome[0] = Rexx.run(host, file.toString(), source, arguments),
                "rexx", STACK_BYTES);
        runner.start();
        try {
            runner.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 4;
        }
        out.flush();
        return exitCode(outcome[0]);
    }

    static int exitCode(Rexx.Outcome outcome) {
        return switch (outcome) {
            case Rexx.Outcome.Completed c -> {
                long v = c.value() == null ? 0 : Arithmetic.small(c.value());
                yield v >= 0 && v <= 255 ? (int) v : 0;
            }
            case Rexx.Outcome.Failed f -> f.error();
            case null -> 5;
        };
    }
}
