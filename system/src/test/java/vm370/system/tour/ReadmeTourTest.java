package vm370.system.tour;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.system.boot.NamedSystemsCatalog;
import vm370.system.boot.OnlineSystem;
import vm370.system.boot.RunningSystem;
import vm370.terminals.testing.S3270;

/**
 * The README's tour, replayed word for word at a 3270 (the real s3270 client) against the sample
 * system IPLed for the first time in a new state folder: each step's typed lines go in, and the
 * screen, cleared before the step, must show exactly the step's lines.
 */
@Tag("system")
@Timeout(600)
class ReadmeTourTest {

    private static final Path HOME = Path.of(System.getProperty("user.dir")).getParent();
    private static final int OUTPUT_ROWS = 22;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path var;

    @Test
    void theReadmeTourGoesAsTheReadmeSays() throws Exception {
        ReadmeTour tour = ReadmeTour.parse(Files.readString(HOME.resolve("README.md")));
        assertFalse(tour.steps().isEmpty(), "README.md has tour steps");
        RunningSystem.Options sample = RunningSystem.Options.sample(HOME, var, NamedSystemsCatalog.all());
        OnlineSystem online = OnlineSystem.ipl(OnlineSystem.Options.of(sample, line -> { })
                .withPort(OptionalInt.of(0)));
        try (S3270 terminal = new S3270("-model", "3278-2")) {
            terminal.ok("Connect(127.0.0.1:" + online.port() + ")");
            terminal.ok("Wait(10,InputField)");
            terminal.ok("Enter()");
            for (ReadmeTour.Step step : tour.steps()) {
                play(terminal, step);
            }
        } finally {
            online.shutdown();
        }
    }

    /** Clears the screen, then types each line once the screen shows everything before it. */
    private static void play(S3270 terminal, ReadmeTour.Step step) throws Exception {
        terminal.ok("Wait(10,Unlock)");
        terminal.ok("Clear()");
        List<ReadmeTour.Entry.Shown> expected = new ArrayList<>();
        for (ReadmeTour.Entry entry : step.entries()) {
            switch (entry) {
                case ReadmeTour.Entry.Typed typed -> {
                    await(terminal, step, expected, false);
                    type(terminal, typed.text());
                    if (typed.shown()) {
                        expected.add(new ReadmeTour.Entry.Shown(typed.text()));
                    }
                }
                case ReadmeTour.Entry.Shown shown -> expected.add(shown);
            }
        }
        await(terminal, step, expected, true);
    }

    /** Waits until the output area starts with (or, {@code exactly}, is) the expected lines. */
    private static void await(S3270 terminal, ReadmeTour.Step step, List<ReadmeTour.Entry.Shown> expected,
                              boolean exactly) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> rows = outputRows(terminal);
        while (!shows(rows, expected, exactly)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("tour step '" + step.name() + "': the screen should show\n  "
                        + String.join("\n  ", expected.stream().map(ReadmeTour.Entry.Shown::pattern).toList())
                        + "\nbut it shows\n  " + String.join("\n  ", rows));
            }
            Thread.sleep(50);
            rows = outputRows(terminal);
        }
        assertTrue(shows(rows, expected, exactly));
    }

    private static boolean shows(List<String> rows, List<ReadmeTour.Entry.Shown> expected, boolean exactly) {
        if (rows.size() < expected.size() || exactly && rows.size() != expected.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).matches(rows.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The output area's rows, without trailing blanks and without the blank rows below the last line. */
    private static List<String> outputRows(S3270 terminal) throws IOException {
        List<String> screen = terminal.ok("Ascii()");
        List<String> rows = new ArrayList<>();
        for (String row : screen.subList(0, OUTPUT_ROWS)) {
            rows.add(row.stripTrailing());
        }
        while (!rows.isEmpty() && rows.getLast().isEmpty()) {
            rows.removeLast();
        }
        return rows;
    }

    private static void type(S3270 terminal, String line) throws IOException {
        terminal.ok("Wait(10,Unlock)");
        terminal.ok("String(\"" + line.replace("\\", "\\\\").replace("\"", "\\\"") + "\")");
        terminal.ok("Enter()");
    }
}
