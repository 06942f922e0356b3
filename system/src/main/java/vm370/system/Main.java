package vm370.system;

import picocli.CommandLine;
import vm370.system.cli.Vm370Command;

/** The entry point of {@code ./vm370}: hands the arguments to the picocli command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new Vm370Command()).execute(args));
    }
}
