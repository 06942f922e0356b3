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
 * {@code vm370 s370 hello}: the bare S/370 IPLs the sample standalone program from cards,
 * assembled from {@code samples/asm/hello.asm} each time: the machine without CP, in one command.
 */
@Command(name = "hello", mixinStandardHelpOptions = true,
        description = "Assemble samples/asm/hello.asm and IPL it on the bare S/370.")
public final class HelloCommand implements Callable<Integer> {

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
        spec.commandLine().getOut().println("vm370: IPL of the sample standalone program from " + deck + " (the bare S/370)");
        return spec.root().commandLine().execute("s370", "run", "--ipl", deck.toString());
    }
}
