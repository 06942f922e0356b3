package vm370.system.boot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
        Thread reader = Thread.ofPlatform().daemon().name("operator-stdin").start(() -> read(online, in, err));
        online.awaitShutdown();
        reader.interrupt();
        return online.exitCode();
    }

    private static void read(OnlineSystem online, InputStream in, PrintStream err) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; !online.stopping() && (line = lines.readLine()) != null; ) {
                online.operator().enter(line);
            }
        } catch (IOException e) {
            err.println("vm370: the operator's input ended: " + e.getMessage());
        }
    }
}
