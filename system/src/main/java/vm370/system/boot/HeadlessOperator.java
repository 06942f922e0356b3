package vm370.system.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code vm370 ipl --headless}: the system console as a line-mode stream, each line read from
 * standard input entered at the operator's console, everything CP writes to the operator printed
 * on standard output. As on VM/370, the system console going away does not stop the system: at
 * the end of standard input the system runs on, until SHUTDOWN (from any class A user) or the
 * process is told to terminate, which shuts it down in order.
 */
public final class HeadlessOperator {

    private HeadlessOperator() {
    }

    /** IPLs, serves the operator until SHUTDOWN, and returns the process's exit code. */
    public static int run(OnlineSystem.Options options, InputStream in, PrintStream out, PrintStream err)
            throws InterruptedException {
        OnlineSystem online = OnlineSystem.iplReporting(options.withOperatorTerminal(text -> {
            out.println(text);
            out.flush();
        }), err);
        if (online == null) {
            return OnlineSystem.IPL_FAILED;
        }
        OnlineSystem.shutdownWhenTheProcessEnds(online);
        return serve(List.of(online), in, err, online.operator()::enter);
    }

    /**
     * Reads standard input on a thread of its own, each line handed to {@code enter}, until every
     * system has shut down; returns the worst exit code. For one system's console or several
     * sharing one ({@code vm370 network}).
     */
    static int serve(Collection<OnlineSystem> systems, InputStream in, PrintStream err, Consumer<String> enter)
            throws InterruptedException {
        Thread reader = Thread.ofPlatform().daemon().name("operator-stdin").start(() -> read(systems, in, err, enter));
        int exit = 0;
        for (OnlineSystem system : systems) {
            system.awaitShutdown();
            exit = Math.max(exit, system.exitCode());
        }
        reader.interrupt();
        return exit;
    }

    private static void read(Collection<OnlineSystem> systems, InputStream in, PrintStream err, Consumer<String> enter) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; !systems.stream().allMatch(OnlineSystem::stopping) && (line = lines.readLine()) != null; ) {
                enter.accept(line);
            }
        } catch (IOException e) {
            err.println("vm370: the operator's input ended: " + e.getMessage());
        }
    }
}
