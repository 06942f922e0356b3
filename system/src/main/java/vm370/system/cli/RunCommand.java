package vm370.system.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vm370.s370.device.unitrecord.CardDeck;
import vm370.s370.machine.BareRun;
import vm370.s370.machine.RunResult;
import vm370.s370.time.Clock;

/**
 * {@code vm370 s370 run}: loads or IPLs a standalone program on a bare S/370 (3215 console at 009
 * on standard input/output, card reader at 00C) and prints the final PSW, registers, instruction
 * count and the storage asked for; with {@code --json}, exactly one JSON object.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a standalone program on a bare S/370 until a disabled wait or the instruction limit.")
public final class RunCommand implements Callable<Integer> {

    @Option(names = "--storage", paramLabel = "SIZE", defaultValue = "1M", description = "Main storage, such as 1M or 512K (default ${DEFAULT-VALUE}).")
    private String storage;

    @Option(names = "--load", paramLabel = "FILE@HEXADDR", description = "Copy a file into storage at an address (repeatable).")
    private List<String> loads = new ArrayList<>();

    @Option(names = "--psw", paramLabel = "HEX16", description = "The PSW to start with (16 hex digits).")
    private String psw;

    @Option(names = "--ipl", paramLabel = "DECKFILE", description = "IPL from this card deck in the reader at 00C.")
    private Path ipl;

    @Option(names = "--deck", paramLabel = "FORMAT", defaultValue = "AUTO", description = "Deck format: AUTO, EBCDIC or ASCII (default ${DEFAULT-VALUE}).")
    private CardDeck.Format deckFormat;

    @Option(names = "--max-instructions", paramLabel = "N", defaultValue = "1000000000", description = "Stop after this many instructions (default ${DEFAULT-VALUE}).")
    private long maxInstructions;

    @Option(names = "--dump", paramLabel = "HEXADDR:LEN", description = "Show LEN bytes of storage from an address (repeatable).")
    private List<String> dumps = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object instead of the report; console output goes to standard error.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            BareRun.Options options = new BareRun.Options(BareRun.parseStorageSize(storage),
                    loads.stream().map(BareRun.Load::parse).toList(),
                    psw == null ? OptionalLong.empty() : OptionalLong.of(BareRun.parsePsw(psw)),
                    ipl, deckFormat, maxInstructions, dumps.stream().map(BareRun.Dump::parse).toList());
            RunResult result = BareRun.run(options, Clock.WALL, System.in, json ? err : out);
            if (json) {
                out.println(result.json());
            } else {
                out.print(result.text());
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("vm370 s370 run: " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            err.println("vm370 s370 run: no such file: " + e.getFile());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println("vm370 s370 run: " + e.getMessage());
            return 1;
        } finally {
            err.flush();
        }
    }
}
