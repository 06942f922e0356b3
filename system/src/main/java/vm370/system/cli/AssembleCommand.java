package vm370.system.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vm370.s370.asm.Assembler;
import vm370.s370.asm.AssemblyResult;
import vm370.s370.asm.Diagnostic;
import vm370.s370.loader.IplDeckWriter;
import vm370.s370.loader.LoadedProgram;
import vm370.s370.loader.Loader;

/**
 * {@code vm370 assemble FILE [--maclib DIR]... [--object OUT] [--list OUT] [--ipl OUT]}: runs the
 * S/370 assembler; the exit code is the assembly's return code (0, 4, 8, 12, 16).
 */
@Command(name = "assemble", description = "Assemble S/370 source into a listing, an object deck and an IPL deck.")
public final class AssembleCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The assembler source file.")
    private Path file;

    @Option(names = "--maclib", paramLabel = "DIR", description = "A macro library: a folder of NAME.macro members.")
    private List<Path> maclibs = new ArrayList<>();

    @Option(names = "--object", paramLabel = "OUT", description = "Write the object deck (80-byte EBCDIC cards).")
    private Path object;

    @Option(names = "--list", paramLabel = "OUT", description = "Write the listing.")
    private Path list;

    @Option(names = "--ipl", paramLabel = "OUT", description = "Write an IPL deck of the program, loaded at its assembled address.")
    private Path ipl;

    @Override
    public Integer call() {
        AssemblyResult result = new Assembler(maclibs).assemble(file);
        for (Diagnostic d : result.diagnostics()) {
            System.err.println(file.getFileName() + (d.statement() > 0 ? " statement " + d.statement() : "") + ": " + d.message());
        }
        try {
            if (list != null) {
                Files.writeString(list, result.listing(), StandardCharsets.UTF_8);
            }
            if (object != null) {
                Files.write(object, result.objectDeck());
            }
            if (ipl != null) {
                LoadedProgram program = Loader.linkAtAssembledAddress(List.of(result.objectDeck()));
                program.messages().forEach(System.err::println);
                Files.write(ipl, IplDeckWriter.write(program));
            }
        } catch (IOException e) {
            System.err.println("ASMA998S Cannot write output: " + e);
            return 16;
        } catch (IllegalArgumentException e) {
            System.err.println("ASMA998S Cannot make an IPL deck (assemble the program at X'18' or above, e.g. START X'2000'): "
                    + e.getMessage());
            return 16;
        }
        System.out.println("ASSEMBLY OF " + file.getFileName() + " ENDED, RETURN CODE " + result.returnCode());
        return result.returnCode();
    }
}
