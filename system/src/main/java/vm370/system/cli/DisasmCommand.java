package vm370.system.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vm370.s370.isa.Disassembler;

/** {@code vm370 s370 disasm FILE[@HEXADDR]}: a listing of the machine code in a file loaded at an address (default 0). */
@Command(name = "disasm", mixinStandardHelpOptions = true,
        description = "List the S/370 instructions in a file: address, hex, mnemonic, operands.")
public final class DisasmCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE[@HEXADDR]", description = "The file, and the address it is loaded at (hex, default 0).")
    private String target;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int at = target.lastIndexOf('@');
        String file = at < 0 ? target : target.substring(0, at);
        int origin;
        try {
            origin = at < 0 ? 0 : Integer.parseUnsignedInt(target.substring(at + 1), 16);
        } catch (NumberFormatException e) {
            err.println("vm370 s370 disasm: not a hexadecimal address: " + target.substring(at + 1));
            return 2;
        }
        if (origin > 0xFFFFFF) {
            err.println("vm370 s370 disasm: address beyond 24 bits: " + target.substring(at + 1));
            return 2;
        }
        try {
            Disassembler.listing(Files.readAllBytes(Path.of(file)), origin).forEach(out::println);
            out.flush();
            return 0;
        } catch (NoSuchFileException e) {
            err.println("vm370 s370 disasm: no such file: " + file);
            return 1;
        } catch (IOException e) {
            err.println("vm370 s370 disasm: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
