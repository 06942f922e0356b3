package vm370.terminals.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Drives the real x3270-suite {@code s3270} client: one action per line on its stdin, its
 * {@code data:} lines, status line and ok/error read back. Every reply has a time limit and
 * close() always kills the process.
 */
public final class S3270 implements AutoCloseable {

    /** One action's answer. */
    public record Reply(List<String> data, String status, boolean ok) {
        /** The status line's fields (keyboard, formatting, ..., rows, columns, cursor row, column). */
        public String[] statusFields() {
            return status.split(" ");
        }
    }

    private final Process process;
    private final Writer in;
    private final BufferedReader out;

    public S3270(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("s3270"));
        command.addAll(List.of(arguments));
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
        in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Runs one action and waits (at most 30 s) for its reply. */
    public Reply run(String action) throws IOException {
        in.write(action + "\n");
        in.flush();
        CompletableFuture<Reply> reply = CompletableFuture.supplyAsync(this::readReply);
        try {
            return reply.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new IOException("s3270 gave no reply to " + action + ": " + e, e);
        }
    }

    /**
     * Waits (at most {@code limit}) until the screen, as {@code Ascii()} shows it, satisfies
     * {@code condition}; returns its rows, or fails naming {@code what} and showing the screen.
     */
    public List<String> awaitScreen(String what, Duration limit, Predicate<List<String>> condition)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> rows = ok("Ascii()");
        while (!condition.test(rows)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the screen never showed " + what + ":\n" + String.join("\n", rows));
            }
            Thread.sleep(50);
            rows = ok("Ascii()");
        }
        return rows;
    }

    /** Runs an action that must succeed and returns its data lines. */
    public List<String> ok(String action) throws IOException {
        Reply reply = run(action);
        if (!reply.ok()) {
            throw new AssertionError("s3270 " + action + " failed: " + reply);
        }
        return reply.data();
    }

    private Reply readReply() {
        List<String> data = new ArrayList<>();
        String status = "";
        try {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("data: ")) {
                    data.add(line.substring(6));
                } else if (line.equals("data:")) {
                    data.add("");
                } else if (line.equals("ok") || line.equals("error")) {
                    return new Reply(data, status, line.equals("ok"));
                } else {
                    status = line;
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Reply(data, status, false);
    }

    @Override
    public void close() {
        try {
            in.write("Quit()\n");
            in.flush();
        } catch (IOException ignored) {
            // already gone
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
