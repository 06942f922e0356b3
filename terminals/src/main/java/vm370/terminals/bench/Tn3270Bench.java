package vm370.terminals.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import vm370.s370.text.Ebcdic;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.datastream.Aid;
import vm370.terminals.screen.Screen;
import vm370.terminals.screen.TerminalType;
import vm370.terminals.tn3270.Tn3270Client;

/**
 * {@code vm370 bench tn3270}: a load generator speaking TN3270E to the server on loopback. Each
 * of N connections types a line, presses ENTER, waits for the echoed screen and checks it, then
 * thinks for a random time (uniform, with the given mean; zero makes a closed loop), for a fixed
 * time after a short warm-up; the figure is screens per second and the 99th-percentile round trip.
 */
public final class Tn3270Bench {

    private static final Duration STEP_TIMEOUT = Duration.ofSeconds(10);
    /** Exchanges before the measured window warm up the JIT; they are not counted. */
    private static final Duration WARM_UP = Duration.ofSeconds(2);

    /** What a run measured. */
    public record Result(int connections, Duration duration, long screens, long wrongEchoes, int failedConnections,
                         double p50Millis, double p99Millis) {

        public double screensPerSecond() {
            return screens / (duration.toNanos() / 1e9);
        }

        /** The benchmark's last line. */
        public String figure() {
            return String.format("tn3270: %d connections, %.0f screens/s, p99 %.1f ms", connections, screensPerSecond(), p99Millis);
        }
    }

    private Tn3270Bench() {
    }

    /** Runs the load against a server of its own; progress lines go to {@code out}. */
    public static Result run(int connections, Duration duration, Duration meanThink, PrintStream out)
            throws IOException, InterruptedException {
        TerminalServerConfig config = TerminalServerConfig.defaults().withPort(0)
                .withLimits(connections + 16, connections + 16)
                .withTimeouts(Duration.ofSeconds(30), Duration.ZERO, Duration.ofSeconds(30));
        try (TerminalServer server = TerminalServer.start(config, new EchoApplication())) {
            out.printf("connecting %d TN3270E clients to port %d%n", connections, server.port());
            List<Tn3270Client> clients = connectAll(server.port(), connections);
            // Settle the connections' long-lived buffers into the old generation before measuring,
            // as benchmark harnesses do between iterations, so young collections stay short.
            System.gc();
            try {
                out.printf("%d connected; exchanging screens for %d s, mean think time %d ms%n",
                        clients.size(), duration.toSeconds(), meanThink.toMillis());
                return measure(clients, connections, duration, meanThink);
            } finally {
                clients.forEach(Tn3270Client::close);
            }
        }
    }

    private static List<Tn3270Client> connectAll(int port, int connections) throws InterruptedException {
        Tn3270Client[] clients = new Tn3270Client[connections];
        List<Thread> threads = new ArrayList<>();
        TerminalType type = TerminalType.of(2, true, true);
        for (int i = 0; i < connections; i++) {
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    Tn3270Client c = Tn3270Client.connect("127.0.0.1", port, Tn3270Client.Options.of(type));
                    if (c.awaitUnlocked(STEP_TIMEOUT)) {
                        clients[index] = c;
                    } else {
                        c.close();
                    }
                } catch (IOException | InterruptedException e) {
                    clients[index] = null;
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        return Arrays.stream(clients).filter(c -> c != null).toList();
    }

    private static Result measure(List<Tn3270Client> clients, int connections, Duration duration, Duration meanThink)
            throws InterruptedException {
        long start = System.nanoTime() + WARM_UP.toNanos();
        long deadline = start + duration.toNanos();
        long[][] latencies = new long[clients.size()][];
        int[] counts = new int[clients.size()];
        AtomicInteger wrong = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients.size(); i++) {
            int index = i;
            threads.add(Thread.ofVirtual().start(() -> {
                latencies[index] = new long[1024];
                exchange(clients.get(index), start, deadline, meanThink.toNanos(), latencies, counts, index, wrong);
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        long elapsed = System.nanoTime() - start;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        for (int i = 0, at = 0; i < counts.length; i++) {
            System.arraycopy(latencies[i], 0, all, at, counts[i]);
            at += counts[i];
        }
        Arrays.sort(all);
        return new Result(connections, Duration.ofNanos(elapsed), total, wrong.get(), connections - clients.size(),
                percentile(all, 0.50), percentile(all, 0.99));
    }

    /** One connection's loop: type, ENTER, wait for the echo, check it, record the round trip. */
    private static void exchange(Tn3270Client client, long start, long deadline, long meanThinkNanos, long[][] latencies,
                                 int[] counts, int index, AtomicInteger wrong) {
        SplittableRandom random = new SplittableRandom(index);
        try {
            for (int n = 0; System.nanoTime() < deadline; n++) {
                if (meanThinkNanos > 0) {
                    Thread.sleep(Duration.ofNanos(Math.min(random.nextLong(2 * meanThinkNanos), Math.max(0, deadline - System.nanoTime()))));
                    if (System.nanoTime() >= deadline) {
                        return;
                    }
                }
                String text = "PING " + index + " " + n;
                client.withScreen(k -> k.type(text));
                long seen = client.updates();
                long sent = System.nanoTime();
                if (!client.press(Aid.ENTER) || !client.awaitUpdate(seen, STEP_TIMEOUT) || !client.awaitUnlocked(STEP_TIMEOUT)) {
                    return;
                }
                long latency = System.nanoTime() - sent;
                if (!client.withScreen(k -> echoed(k.screen(), text))) {
                    wrong.incrementAndGet();
                }
                if (sent < start) {
                    continue;
                }
                if (counts[index] == latencies[index].length) {
                    latencies[index] = Arrays.copyOf(latencies[index], counts[index] * 2);
                }
                latencies[index][counts[index]++] = latency;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean echoed(Screen screen, String text) {
        return screen.text(screen.address(5, 0), screen.columns(), Ebcdic.CP037, true).contains("YOU TYPED:  " + text + " ");
    }

    /** The {@code p} quantile of sorted nanosecond figures, in milliseconds; NaN when there are none. */
    public static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }
}
