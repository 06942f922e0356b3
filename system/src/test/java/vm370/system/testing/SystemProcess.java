package vm370.system.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code vm370 ...} in a child JVM on this test's class path, as {@code ./vm370} runs it: the
 * operator's console is its standard input and output. Lines written are kept for the test to
 * wait on; standard error goes to a file beside the state.
 */
public final class SystemProcess implements AutoCloseable {

    private final Process process;
    private final PrintWriter input;
    private final List<String> output = new ArrayList<>();
    /** True once the child's standard output has ended; guarded by {@code output}. */
    private boolean ended;
    private final Path errors;

    private SystemProcess(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.input = new PrintWriter(process.outputWriter(StandardCharsets.UTF_8), true);
        Thread.ofPlatform().daemon().name("child-stdout").start(this::readOutput);
    }

    /** Starts {@code vm370 args...}; standard error goes to {@code errors}. */
    public static SystemProcess start(Path home, Path errors, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> path = new ArrayList<>();
        for (String property : new String[] {"jdk.module.path", "java.class.path"}) {
            String value = System.getProperty(property);
            if (value != null && !value.isEmpty()) {
                path.add(value);
            }
        }
        List<String> command = new ArrayList<>(List.of(java, "-cp", String.join(File.pathSeparator, path),
                "-XX:TieredStopAtLevel=1", "-Dvm370.home=" + home, "vm370.system.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        return new SystemProcess(process, errors);
    }

    private void readOutput() {
        try (BufferedReader reader = process.inputReader(StandardCharsets.UTF_8)) {
            for (String line; (line = reader.readLine()) != null; ) {
                synchronized (output) {
                    output.add(line);
                    output.notifyAll();
                }
            }
        } catch (IOException e) {
            // The child is gone; what it wrote is kept.
        } finally {
            synchronized (output) {
                ended = true;
                output.notifyAll();
            }
        }
    }

    /** Types a line at the operator's console. */
    public void enter(String line) {
        input.println(line);
    }

    /** Waits for a line matching {@code regex} written after the first {@code from} lines; its match. */
    public Optional<Matcher> await(String regex, int from, Duration timeout) throws InterruptedException {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (output) {
            while (true) {
                for (int i = from; i < output.size(); i++) {
                    Matcher m = pattern.matcher(output.get(i));
                    if (m.find()) {
                        return Optional.of(m);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || ended) {
                    return Optional.empty();
                }
                output.wait(Math.max(1, Math.min(200, TimeUnit.NANOSECONDS.toMillis(left))));
            }
        }
    }

    /** Lines written so far. */
    public int lineCount() {
        synchronized (output) {
            return output.size();
        }
    }

    /** Everything written so far, for failure messages. */
    public String transcript() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** Closes the operator's input and waits for the process to end; its exit code, or -1 on timeout. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Asks the process to end (SIGTERM), as a service manager stops it; its output is still read to the end. */
    public void terminate() {
        process.toHandle().destroy();
    }

    public Path errors() {
        return errors;
    }

    @Override
    public void close() {
        input.close();
        process.destroyForcibly();
    }
}
