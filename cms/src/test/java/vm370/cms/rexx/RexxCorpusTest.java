package vm370.cms.rexx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the REXX corpus: every {@code corpus/*.rexx} must print its checked-in {@code .out}, and so
 * must Regina (the oracle) when it is installed; every {@code corpus-vm/*.rexx} (deliberate
 * differences, listed in rexx/DIFFERENCES.md) must print its {@code .out}, {@code .err} and exit code.
 * {@code -Dgolden.update=true} rewrites the goldens in the source tree (from Regina where it runs).
 */
class RexxCorpusTest {

    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path SOURCE_RESOURCES = Path.of("src/test/resources/rexx");

    /** What one run printed, and its exit code. */
    record Run(String out, String err, int exitCode) {
    }

    @TestFactory
    Stream<DynamicTest> corpusProgramsPrintWhatReginaPrints() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs("corpus")) {
            String name = program.getFileName().toString();
            tests.add(DynamicTest.dynamicTest(name + " prints its golden output", () -> {
                Path golden = golden(program, ".out");
                if (UPDATE && reginaPath() != null) {
                    Files.writeString(golden, regina(program).out(), StandardCharsets.ISO_8859_1);
                }
                assertEquals(Files.readString(golden, StandardCharsets.ISO_8859_1), ours(program).out(), name);
            }));
            tests.add(DynamicTest.dynamicTest(name + " agrees with Regina", () -> {
                assumeTrue(reginaPath() != null, "regina (Debian package regina-rexx) is not installed: oracle check skipped");
                assertEquals(Files.readString(golden(program, ".out"), StandardCharsets.ISO_8859_1), regina(program).out(),
                        name + ": the checked-in output no longer matches Regina");
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> deliberateDifferencesPrintTheirGoldens() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path program : programs("corpus-vm")) {
            tests.add(DynamicTest.dynamicTest(program.getFileName() + " prints its golden output, trace and exit code", () -> {
                Run run = ours(program);
                String name = program.getFileName().toString();
                if (UPDATE) {
                    Files.writeString(golden(program, ".out"), run.out(), StandardCharsets.ISO_8859_1);
                    Files.writeString(golden(program, ".err"), run.err(), StandardCharsets.ISO_8859_1);
                    Files.writeString(golden(program, ".rc"), run.exitCode() + "\n");
                }
                assertEquals(Files.readString(golden(program, ".out"), StandardCharsets.ISO_8859_1), run.out(), name);
                assertEquals(Files.readString(golden(program, ".err"), StandardCharsets.ISO_8859_1), run.err(), name);
                assertEquals(Files.readString(golden(program, ".rc")).strip(), Integer.toString(run.exitCode()), name);
            }));
        }
        return tests.stream();
    }

    private static List<Path> programs(String folder) throws URISyntaxException, IOException {
        Path dir = Path.of(RexxCorpusTest.class.getResource("/rexx/" + folder).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".rexx")).sorted().toList();
        }
    }

    /** The golden file: in the source tree when updating, else the copy on the class path. */
    private static Path golden(Path program, String suffix) {
        String base = program.getFileName().toString().replaceFirst("\\.rexx$", suffix);
        Path folder = program.getParent();
        return UPDATE ? SOURCE_RESOURCES.resolve(folder.getFileName().toString()).resolve(base) : folder.resolve(base);
    }

    private static String input(Path program) throws IOException {
        Path in = program.resolveSibling(program.getFileName().toString().replaceFirst("\\.rexx$", ".in"));
        return Files.exists(in) ? Files.readString(in, StandardCharsets.ISO_8859_1) : "";
    }

    static Run ours(Path program) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.ISO_8859_1);
             PrintStream e = new PrintStream(err, true, StandardCharsets.ISO_8859_1)) {
            rc = RexxCli.run(program.getParent().relativize(program), List.of(),
                    new BufferedReader(new StringReader(input(program))), o, e, program.getParent());
        }
        return new Run(out.toString(StandardCharsets.ISO_8859_1), err.toString(StandardCharsets.ISO_8859_1), rc);
    }

    static Path reginaPath() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            Path p = Path.of(dir, "regina");
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    static Run regina(Path program) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(reginaPath().toString(), "./" + program.getFileName())
                .directory(program.getParent().toFile()).start();
        p.getOutputStream().write(input(program).getBytes(StandardCharsets.ISO_8859_1));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("regina did not finish " + program);
        }
        return new Run(new String(out, StandardCharsets.ISO_8859_1), new String(err, StandardCharsets.ISO_8859_1), p.exitValue());
    }
}
