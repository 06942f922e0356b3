package vm370.system.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The vm370 command line run in-process as a user types it, with what it writes to standard output and error,
 * and with standard input of its own: the test JVM's real standard input is surefire's channel from Maven.
 */
final class Vm370Cli {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private byte[] typed = new byte[0];

    /** Runs {@code vm370 args...}; its exit code. */
    int run(String... args) {
        CommandLine cl = new CommandLine(new Vm370Command());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        // A command that reads standard input (s370 run's console keyboard) leaves its reader blocked
        // there after it returns: on the JVM's own stdin that reader steals surefire's BYE_ACK.
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(typed));
        try {
            return cl.execute(args);
        } finally {
            System.setIn(stdin);
        }
    }

    /** What the next runs find on standard input (nothing unless set), as typed lines. */
    void typing(String lines) {
        typed = lines.getBytes(StandardCharsets.UTF_8);
    }

    /** Everything written to standard output so far (since {@link #clearOut}). */
    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    void clearOut() {
        out.getBuffer().setLength(0);
    }
}
