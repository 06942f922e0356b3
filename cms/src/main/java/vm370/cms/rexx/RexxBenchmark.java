package vm370.cms.rexx;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code vm370 bench rexx}: runs a fixed loop-heavy program (arithmetic, string built-ins, stems)
 * and prints clauses per second and, last, the ratio of its time to Regina's on the same program
 * (below 1 means faster than Regina). Each side's time is its best of several runs.
 */
public final class RexxBenchmark {

    private static final int RUNS = 5;

    private RexxBenchmark() {
    }

    /** A host that counts nothing and says nothing: SAY output is kept for the check line. */
    private static final class QuietHost implements RexxHost {
        private final ProgramStack stack = new ProgramStack();
        String lastLine = "";

        @Override
        public void say(String line) {
            lastLine = line;
        }

        @Override
        public void traceOutput(String line) {
            lastLine = line;
        }

        @Override
        public String readTerminal() {
            return null;
        }

        @Override
        public ProgramStack stack() {
            return stack;
        }

        @Override
        public int command(String environment, String command, VariablePool variables) {
            return COMMAND_NOT_FOUND;
        }

        @Override
        public String initialEnvironment() {
            return "CMS";
        }

        @Override
        public String systemName() {
            return "CMS";
        }

        @Override
        public Optional<ExternalProgram> findExternal(String name, String callerName) {
            return Optional.empty();
        }
    }

    public static void run(PrintStream out) throws IOException, InterruptedException {
        String source;
        try (InputStream in = RexxBenchmark.class.getResourceAsStream("bench.rexx")) {
            source = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        QuietHost host = new QuietHost();
        long best = Long.MAX_VALUE;
        long clauses = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            Interpreter interpreter = new Interpreter(host);
            Rexx.Outcome outcome = Rexx.run(interpreter, "BENCH EXEC", source, List.of());
            long elapsed = System.nanoTime() - start;
            if (!(outcome instanceof Rexx.Outcome.Completed)) {
                throw new IllegalStateException("bench program failed: " + host.lastLine);
            }
            best = Math.min(best, elapsed);
            clauses = interpreter.clauses;
        }
        out.println("program: bench.rexx (" + clauses + " clauses a run), output: " + host.lastLine);
        out.printf("vm370 REXX: best of %d runs %.3f s, %,.0f clauses/s%n", RUNS, best / 1e9, clauses / (best / 1e9));
        Path regina = regina();
        if (regina == null) {
            out.println("ratio vm370/Regina: n/a (regina is not installed: apt-get install regina-rexx)");
            return;
        }
        Path file = Files.createTempFile("bench", ".rexx");
        try {
            Files.writeString(file, source, StandardCharsets.ISO_8859_1);
            long reginaBest = Long.MAX_VALUE;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                Process p = new ProcessBuilder(regina.toString(), file.toString()).redirectErrorStream(true).start();
                String reginaOut = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).strip();
                p.waitFor();
                reginaBest = Math.min(reginaBest, System.nanoTime() - start);
                if (!reginaOut.equals(host.lastLine)) {
                    out.println("warning: Regina printed \"" + reginaOut + "\"");
                }
            }
            out.printf("Regina: best of %d runs %.3f s, %,.0f clauses/s%n", RUNS, reginaBest / 1e9,
                    clauses / (reginaBest / 1e9));
            out.printf("ratio vm370/Regina: %.2f%n", (double) best / reginaBest);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Path regina() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "regina");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
