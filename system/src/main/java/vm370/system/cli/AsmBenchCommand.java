package vm370.system.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vm370.s370.asm.AssemblerBenchmark;

/** {@code vm370 bench asm}: assembler throughput on a generated 50,000-line source; last line {@code lines/s: N}. */
@Command(name = "asm", description = "Assemble a generated 50,000-line source; prints lines per second last.")
public final class AsmBenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        AssemblerBenchmark.run(new java.io.PrintStream(System.out, true));
    }
}
