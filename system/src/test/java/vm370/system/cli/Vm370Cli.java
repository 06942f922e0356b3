package vm370.system.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** The vm370 command line run in-process as a user types it, with what it writes to standard output and error. */
final class Vm370Cli {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code vm370 args...}; its exit code. */
    int run(String... args) {
        CommandLine cl = new CommandLine(new Vm370Command());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
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
