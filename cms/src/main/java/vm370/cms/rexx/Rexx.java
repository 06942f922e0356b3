package vm370.cms.rexx;

import java.util.List;

/**
 * The REXX interpreter's entry point: runs a program's source on a host. Errors are reported
 * through the host as CMS does (trace-back lines, then {@code DMSREX4nnE}); the outcome says
 * how the program ended.
 */
public final class Rexx {

    private Rexx() {
    }

    /** How a program ended. */
    public sealed interface Outcome {
        /** EXIT or RETURN, with its value or null when there was none. */
        record Completed(String value) implements Outcome {
        }

        /** A REXX error ended the program: its number and the line in error. */
        record Failed(int error, int line) implements Outcome {
        }
    }

    /**
     * Runs {@code source} as a program named {@code name} (as PARSE SOURCE and messages show it)
     * with the given arguments (CMS passes an EXEC one argument string).
     */
    public static Outcome run(RexxHost host, String name, String source, List<String> arguments) {
        return run(new Interpreter(host), name, source, arguments);
    }

    static Outcome run(Interpreter interpreter, String name, String source, List<String> arguments) {
        RexxHost host = interpreter.host;
        Program program;
        try {
            program = Parser.parse(name, source);
        } catch (RexxError e) {
            String[] lines = Tokenizer.normalize(source).split("\n", -1);
            if (e.line() >= 1 && e.line() <= lines.length) {
                e.traceback(e.line(), lines[e.line() - 1].strip());
            }
            return report(host, e, name);
        }
        Activation main = new Activation(interpreter, program, Activation.Invocation.COMMAND);
        main.arguments = arguments.toArray(new String[0]);
        try {
            return new Outcome.Completed(main.runExternal());
        } catch (RexxError e) {
            return report(host, e, name);
        }
    }

    /** Whether an EXEC file is REXX: CMS requires its first line to begin with a comment ({@code /*}). */
    public static boolean isRexx(String execSource) {
        return execSource.stripLeading().startsWith("/*");
    }

    private static Outcome report(RexxHost host, RexxError e, String name) {
        for (String line : e.traceback()) {
            host.traceOutput(line);
        }
        host.traceOutput(ErrorText.cmsMessage(e.number(), name, e.line()));
        return new Outcome.Failed(e.number(), e.line());
    }
}
