package vm370.system.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.io.file.PathUtils;
import vm370.system.boot.NamedSystemsCatalog;
import vm370.system.boot.OnlineSystem;
import vm370.system.boot.RunningSystem;
import vm370.terminals.bench.Tn3270Bench;

/**
 * {@code vm370 bench logon}: IPLs a system with N generated users in a temporary folder, connects
 * N TN3270 terminals, and has every user at once LOGON (userid, then password), reading CP's
 * answers off the screen. Then, with all of them logged on, each in turn types QUERY TIME (the
 * response time of one command on a loaded system, not of a queue of N at once), and all LOGOFF
 * at once. The figures: logons per second over the logon phase, and QUERY TIME's 99th percentile.
 */
public final class LogonBenchmark {

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(120);

    /** What a run measured. */
    public record Result(int users, int loggedOn, Duration logonPhase, double p50Millis, double p99Millis, int failures) {

        public double logonsPerSecond() {
            return loggedOn / (logonPhase.toNanos() / 1e9);
        }

        /** The benchmark's last line. */
        public String figure() {
            return String.format("logon: %d users, %.0f logons/s, QUERY TIME p99 %.1f ms", users, logonsPerSecond(), p99Millis);
        }
    }

    private LogonBenchmark() {
    }

    /** Runs the benchmark with {@code users} users; progress lines go to {@code out}. */
    public static Result run(int users, PrintStream out) throws Exception {
        Path folder = Files.createTempDirectory("vm370-bench-logon");
        try {
            Files.writeString(folder.resolve("system.config"), """
                    SYSTEM_IDENTIFIER BENCHVM
                    STORAGE 256M
                    PROCESSORS 2
                    VOLUME BENCH1 3350 10
                    OPERATOR OPERATOR
                    """);
            Files.writeString(folder.resolve("user.direct"), directory(users));
            RunningSystem.Options system = new RunningSystem.Options(folder.resolve("system.config"),
                    folder.resolve("var"), folder.resolve("user.direct"), RunningSystem.Start.COLD, NamedSystemsCatalog.all());
            out.printf("IPL of a system with %d users in %s%n", users, folder);
            try (OnlineSystem online = OnlineSystem.ipl(OnlineSystem.Options.of(system, line -> { })
                    .withPort(OptionalInt.of(0)).withConnectionsPerAddress(users + 16))) {
                return drive(online.port(), users, out);
            }
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    /** The directory: the operator, and USER0001... each with its own password. */
    private static String directory(int users) {
        StringBuilder source = new StringBuilder("USER OPERATOR OPERATOR 1M 4M ABCDEFG\n CONSOLE 009 3215\n");
        for (int i = 1; i <= users; i++) {
            source.append(String.format("USER %s %s 1M 1M G%n CONSOLE 009 3215%n", userid(i), password(i)));
        }
        return source.toString();
    }

    private static String userid(int i) {
        return String.format("USER%04d", i);
    }

    private static String password(int i) {
        return String.format("PW%04d", i);
    }

    private static Result drive(int port, int users, PrintStream out) throws InterruptedException {
        ScreenDialogue[] terminals = new ScreenDialogue[users];
        AtomicInteger failures = new AtomicInteger();
        everyone(users, i -> {
            terminals[i] = ScreenDialogue.connect(port, STEP_TIMEOUT);
            return terminals[i].enter("", "CP READ");
        }, failures);
        out.printf("%d terminals show the logo; %d failed%n", users - failures.get(), failures.get());
        boolean[] loggedOn = new boolean[users];
        long start = System.nanoTime();
        everyone(users, i -> loggedOn[i] = terminals[i] != null
                && terminals[i].enter("LOGON " + userid(i + 1), "ENTER PASSWORD:")
                && terminals[i].enter(password(i + 1), "LOGON AT "), failures);
        Duration logonPhase = Duration.ofNanos(System.nanoTime() - start);
        int logged = 0;
        for (boolean b : loggedOn) {
            logged += b ? 1 : 0;
        }
        out.printf("%d users logged on in %.1f s%n", logged, logonPhase.toNanos() / 1e9);
        long[] latencies = new long[users];
        Arrays.fill(latencies, -1);
        for (int i = 0; i < users; i++) {
            if (loggedOn[i]) {
                long sent = System.nanoTime();
                if (terminals[i].enter("QUERY TIME", "TIME IS ")) {
                    latencies[i] = System.nanoTime() - sent;
                } else {
                    failures.incrementAndGet();
                }
            }
        }
        // LOGOFF writes LOGOFF AT, then the logo comes back: either shows it was done.
        everyone(users, i -> !loggedOn[i] || terminals[i].enter("LOGOFF", "LOGOFF AT ", "VM/370 ONLINE"), failures);
        for (ScreenDialogue terminal : terminals) {
            if (terminal != null) {
                terminal.close();
            }
        }
        long[] answered = Arrays.stream(latencies).filter(n -> n >= 0).sorted().toArray();
        out.printf("QUERY TIME answered %d times, LOGOFF done; %d steps failed%n", answered.length, failures.get());
        return new Result(users, logged, logonPhase, Tn3270Bench.percentile(answered, 0.50),
                Tn3270Bench.percentile(answered, 0.99), failures.get());
    }

    /** One step a user takes; false (or an exception) when CP's answer did not come. */
    @FunctionalInterface
    private interface Step {
        boolean take(int user) throws IOException, InterruptedException;
    }

    /** Every user takes the step at once, each on a virtual thread of its own. */
    private static void everyone(int users, Step step, AtomicInteger failures) throws InterruptedException {
        List<Thread> threads = new ArrayList<>(users);
        for (int i = 0; i < users; i++) {
            int user = i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    if (!step.take(user)) {
                        failures.incrementAndGet();
                    }
                } catch (IOException e) {
                    failures.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
