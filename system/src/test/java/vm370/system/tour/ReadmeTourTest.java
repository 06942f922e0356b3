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
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.system.boot.CmsUser;
import vm370.system.boot.NamedSystemsCatalog;
import vm370.system.boot.OnlineSystem;
import vm370.system.boot.RunningSystem;
import vm370.system.boot.SampleCopy;
import vm370.system.boot.SampleNetwork;
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
    /** The characters of a line one output row shows (the last column holds a field attribute). */
    private static final int ROW_WIDTH = 79;
    /** How long a step's final screen must stay as it is. */
    private static final long SETTLE_MILLIS = 500;
    /** How long a step may take to show its lines (a loaded machine is slow): {@code -Dtour.patience=seconds}. */
    private static final Duration PATIENCE = Duration.ofSeconds(Long.getLong("tour.patience", 60));

    @TempDir
    Path var;

    @Test
    void theReadmeTourGoesAsTheReadmeSays() throws Exception {
        ReadmeTour tour = ReadmeTour.parse(Files.readString(HOME.resolve("README.md")));
        assertFalse(tour.steps().isEmpty(), "README.md has tour steps");
        Path home = SampleCopy.onFreePorts(var.resolve("home"));
        // The tour's other node: NODE2 (and NODE3 behind it) as `vm370 network` IPLs them.
        List<OnlineSystem> network = SampleNetwork.ipl(home.resolve("samples/net"), var.resolve("net"), node -> line -> { });
        RunningSystem.Options sample = RunningSystem.Options.sample(home, var.resolve("vm370"), NamedSystemsCatalog.all());
        OnlineSystem online = OnlineSystem.ipl(OnlineSystem.Options.of(sample, line -> { })
                .withPort(OptionalInt.of(0)));
        try (S3270 terminal = new S3270("-model", "3278-2")) {
            terminal.ok("Connect(127.0.0.1:" + online.port() + ")");
            terminal.ok("Wait(10,InputField)");
            terminal.ok("Enter()");
            awaitScreen(terminal, "CP READ", screen -> screen.get(23).substring(60).strip().equals("CP READ"));
            List<String> failures = new ArrayList<>();
            for (ReadmeTour.Step step : tour.steps()) {
                try {
                    play(terminal, step);
                } catch (AssertionError e) {
                    // The next step clears the screen and goes on: one run shows every step that differs.
                    failures.add(e.getMessage());
                }
            }
            assertTrue(failures.isEmpty(), String.join("\n\n", failures));
            // What the tour says BOB finds on NODE2: the file in his reader, RECEIVE puts it on his A-disk.
            // BOB has no PROFILE EXEC: CMS shows no ready message until his first command.
            CmsUser bob = new CmsUser(network.getFirst().system().cp(), "BOB");
            List<String> received = bob.command("RECEIVE");
            assertTrue(received.stream().anyMatch(l -> l.contains("GREET EXEC A1")), received.toString());
            assertTrue(bob.command("LISTFILE * * A").contains("GREET    EXEC     A1"), "BOB's A-disk has GREET EXEC");
            // ...and his TELL comes back to the tour's screen through both RSCSs.
            bob.command("TELL USER1 AT VM370 Thanks");
            awaitScreen(terminal, "BOB's answer from NODE2", screen -> screen.stream()
                    .anyMatch(row -> row.contains("NODE2(BOB)") && row.contains("Thanks")));
        } finally {
            online.shutdown();
            network.forEach(OnlineSystem::shutdown);
        }
    }

    /** Clears the screen, then types each line once the screen shows everything before it. */
    private static void play(S3270 terminal, ReadmeTour.Step step) throws Exception {
        // Always: an empty line (ENTER at the logo) takes a row that looks blank.
        terminal.ok("Wait(10,Unlock)");
        terminal.ok("Clear()");
        terminal.ok("Wait(10,Unlock)");
        awaitScreen(terminal, "an empty output area", screen -> outputRows(screen).isEmpty());
        List<ReadmeTour.Entry.Shown> expected = new ArrayList<>();
        for (ReadmeTour.Entry entry : step.entries()) {
            switch (entry) {
                case ReadmeTour.Entry.Typed typed -> {
                    await(terminal, step, expected, false);
                    type(terminal, typed.text());
                    // The console echoes each line typed; a hidden one (a password) as an empty row.
                    expected.addAll(rows(new ReadmeTour.Entry.Shown(typed.shown() ? typed.text() : "")));
                }
                case ReadmeTour.Entry.Shown shown -> expected.addAll(rows(shown));
            }
        }
        await(terminal, step, expected, true);
    }

    /** The rows a line takes: a longer line than a row holds goes on in the next (one with … is taken to fit). */
    private static List<ReadmeTour.Entry.Shown> rows(ReadmeTour.Entry.Shown line) {
        String text = line.pattern();
        if (text.contains("…") || text.length() <= ROW_WIDTH) {
            return List.of(line);
        }
        List<ReadmeTour.Entry.Shown> rows = new ArrayList<>();
        for (int from = 0; from < text.length(); from += ROW_WIDTH) {
            rows.add(new ReadmeTour.Entry.Shown(text.substring(from, Math.min(text.length(), from + ROW_WIDTH))));
        }
        return rows;
    }

    /**
     * Waits until the output area starts with the expected lines or, at the step's end ({@code
     * exactly}), is exactly them with the terminal waiting for input (VM READ or CP READ) and
     * still so a moment later: a screen that shows only the echo of a command has not answered yet.
     */
    private static void await(S3270 terminal, ReadmeTour.Step step, List<ReadmeTour.Entry.Shown> expected,
                              boolean exactly) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            List<String> screen = terminal.ok("Ascii()");
            if (shows(outputRows(screen), expected, exactly) && (!exactly || settled(terminal, screen))) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("tour step '" + step.name() + "': the screen should show\n  "
                        + String.join("\n  ", expected.stream().map(ReadmeTour.Entry.Shown::pattern).toList())
                        + "\nbut it shows\n  " + String.join("\n  ", outputRows(screen)));
            }
            Thread.sleep(50);
        }
    }

    /** The terminal waits for input, and the screen is the same after a moment. */
    private static boolean settled(S3270 terminal, List<String> screen) throws Exception {
        String status = screen.get(23).substring(60).strip();
        if (!status.equals("VM READ") && !status.equals("CP READ")) {
            return false;
        }
        Thread.sleep(SETTLE_MILLIS);
        return terminal.ok("Ascii()").equals(screen);
    }

    /**
     * Whether the rows show the expected lines. Messages from others (a {@code MSG FROM} row and the
     * time row before it) arrive when they are sent, between any two lines of a command's answer,
     * so they are compared apart from the other rows, each kind in its own order.
     */
    private static boolean shows(List<String> rows, List<ReadmeTour.Entry.Shown> expected, boolean exactly) {
        List<String> patterns = expected.stream().map(ReadmeTour.Entry.Shown::pattern).toList();
        return inOrder(apart(rows, false), apart(patterns, false), exactly)
                && inOrder(apart(rows, true), apart(patterns, true), exactly);
    }

    /** The message rows ({@code messages}) or the others, in order. */
    private static List<String> apart(List<String> rows, boolean messages) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean message = rows.get(i).startsWith("MSG FROM ")
                    || i + 1 < rows.size() && rows.get(i + 1).startsWith("MSG FROM ");
            if (message == messages) {
                kept.add(rows.get(i));
            }
        }
        return kept;
    }

    private static boolean inOrder(List<String> rows, List<String> patterns, boolean exactly) {
        if (rows.size() < patterns.size() || exactly && rows.size() != patterns.size()) {
            return false;
        }
        for (int i = 0; i < patterns.size(); i++) {
            if (!new ReadmeTour.Entry.Shown(patterns.get(i)).matches(rows.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Waits until the whole screen satisfies {@code condition}. */
    private static void awaitScreen(S3270 terminal, String what, Predicate<List<String>> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        List<String> screen = terminal.ok("Ascii()");
        while (!condition.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the screen never showed " + what + ":\n" + String.join("\n", screen));
            }
            Thread.sleep(50);
            screen = terminal.ok("Ascii()");
        }
    }

    /** The output area's rows, without trailing blanks and without the blank rows below the last line. */
    private static List<String> outputRows(List<String> screen) {
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
