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
 * (below 1 means faster than Regina). Times are CPU times, so other load on the machine does not
 * skew them; each side's is its best of several runs, ours after the JIT has warmed up.
 */
public final class RexxBenchmark {

    private static final int RUNS = 15;

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
        long cold = 0;
        long clauses = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = processCpuNanos();
            Interpreter interpreter = new Interpreter(host);
            Rexx.Outcome outcome = Rexx.run(interpreter, "BENCH EXEC", source, List.of());
            long elapsed = processCpuNanos() - start;
            if (!(outcome instanceof Rexx.Outcome.Completed)) {
                throw new IllegalStateException("bench program failed: " + host.lastLine);
            }
            best = Math.min(best, elapsed);
            if (i == 0) {
                cold = elapsed;
            }
            clauses = interpreter.clauses;
        }
        out.println("program: bench.rexx (" + clauses + " clauses a run), output: " + host.lastLine);
        out.println("times are CPU seconds (this JVM's, JIT threads included; Regina's user+system), best of " + RUNS + " runs");
        out.printf("vm370 REXX first run (cold JVM): %.3f s, %,.0f clauses/s%n", cold / 1e9, clauses / (cold / 1e9));
        out.printf("vm370 REXX warmed up: %.3f s, %,.0f clauses/s%n", best / 1e9, clauses / (best / 1e9));
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
                reginaBest = Math.min(reginaBest, reginaCpuNanos(regina, file, host.lastLine, out));
            }
            out.printf("Regina: %.3f s, %,.0f clauses/s%n", reginaBest / 1e9, clauses / (reginaBest / 1e9));
            out.printf("cold ratio vm370/Regina: %.2f%n", (double) cold / reginaBest);
            out.printf("ratio vm370/Regina (warmed up): %.2f%n", (double) best / reginaBest);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long processCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos()).orElse(System.nanoTime());
    }

    /** Runs Regina under sh and reads its CPU time from the shell's {@code times} (children's user and system). */
    private static long reginaCpuNanos(Path regina, Path file, String expected, PrintStream out)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", "\"$0\" \"$1\"; times", regina.toString(), file.toString())
                .redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).lines().toList();
        p.waitFor();
        if (lines.size() < 3) {
            throw new IllegalStateException("regina printed " + lines);
        }
        if (!lines.getFirst().equals(expected)) {
            out.println("warning: Regina printed \"" + lines.getFirst() + "\"");
        }
        String[] children = lines.getLast().trim().split(" +");
        return shellTime(children[0]) + shellTime(children[1]);
    }

    /** A time as the shell's {@code times} prints it: {@code 0m1.234s}. */
    private static long shellTime(String t) {
        int m = t.indexOf('m');
        double seconds = Integer.parseInt(t.substring(0, m)) * 60 + Double.parseDouble(t.substring(m + 1, t.length() - 1));
        return (long) (seconds * 1e9);
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
