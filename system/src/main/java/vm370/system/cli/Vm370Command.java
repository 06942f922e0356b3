package vm370.system.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vm370.s370.asm.Assembler;
import vm370.s370.asm.AssemblyResult;
import vm370.s370.loader.IplDeckWriter;
import vm370.s370.loader.Loader;

/**
 * The root of the {@code vm370} command line; each subcommand lives in a file of its own. With no
 * command it IPLs the sample system: until CP can be IPLed from here, that is the bare S/370
 * loading the sample standalone program from cards, assembled from its source each time.
 */
@Command(name = "vm370",
        mixinStandardHelpOptions = true,
        version = "vm370 0.1",
        description = "IBM VM/370 recreated in Java. With no command: IPL the sample system.",
        subcommands = {
                AssembleCommand.class,
                BenchCommand.class,
                DirectxaCommand.class,
                DirectoryCommand.class,
                DirmapCommand.class,
                TerminalCommand.class,
                S370Command.class,
                RexxCommand.class,
        })
public final class Vm370Command implements Callable<Integer> {

    /** The sample standalone program the bare machine IPLs, relative to the installation. */
    private static final String SAMPLE = "samples/asm/hello.asm";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path home = Path.of(System.getProperty("vm370.home", "."));
        AssemblyResult assembled = new Assembler(List.of()).assemble(home.resolve(SAMPLE));
        if (assembled.returnCode() > 4) {
            spec.commandLine().getErr().println("vm370: " + SAMPLE + " did not assemble:");
            spec.commandLine().getErr().print(assembled.listing());
            return assembled.returnCode();
        }
        Path deck = home.resolve("var").resolve("hello.ipl");
        Files.createDirectories(deck.getParent());
        Files.write(deck, IplDeckWriter.write(Loader.linkAtAssembledAddress(List.of(assembled.objectDeck()))));
        spec.commandLine().getOut().println("vm370: IPL of the sample standalone program from " + deck + " (the bare S/370; CP comes later)");
        return spec.commandLine().execute("s370", "run", "--ipl", deck.toString());
    }
}
