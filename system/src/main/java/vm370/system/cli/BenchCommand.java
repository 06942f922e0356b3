package vm370.system.cli;

import java.io.PrintStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vm370.cms.rexx.RexxBenchmark;
import vm370.cms.xedit.XeditBenchmark;
import vm370.cp.bench.VmBenchmark;
import vm370.cp.bench.VmcfBenchmark;
import vm370.s370.asm.AssemblerBenchmark;
import vm370.spool.SpoolBenchmark;
import vm370.system.bench.BatchBenchmark;
import vm370.system.boot.CmsBenchmark;
import vm370.system.rscs.RscsBenchmark;

/**
 * {@code vm370 bench NAME}: the benchmarks each issue names. Every benchmark prints what it ran
 * and, as its last line, its figure; the work itself lives in the module it measures. A benchmark
 * that only hands its options on is a method here (parameters are named by paramLabel: the build keeps no
 * parameter names); one that checks them or judges the outcome is a class.
 */
@Command(name = "bench",
        description = "Run a benchmark; its figure is the last line printed.",
        subcommands = {
                DirectoryBenchCommand.class,
                Tn3270BenchCommand.class,
                BenchCpuCommand.class,
                LogonBenchCommand.class,
        })
public final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "spool", description = "Punch, close and read back spool files; prints files/s last.")
    void spool(
            @Option(names = "--files", paramLabel = "N", defaultValue = "1000",
                    description = "Files to spool (default ${DEFAULT-VALUE}).") int files,
            @Option(names = "--cards", paramLabel = "N", defaultValue = "100",
                    description = "Cards per file (default ${DEFAULT-VALUE}).") int cards,
            @Option(names = "--machines", paramLabel = "N", defaultValue = "8",
                    description = "Virtual machines spooling at once; closes that meet share one synced commit "
                            + "(default ${DEFAULT-VALUE}).") int machines) throws Exception {
        SpoolBenchmark.main(out(), files, cards, machines);
    }

    @Command(name = "asm", description = "Assemble a generated 50,000-line source; prints lines per second last.")
    void asm() {
        AssemblerBenchmark.run(out());
    }

    @Command(name = "rexx", description = "REXX interpreter speed on a fixed loop-heavy program, against Regina.")
    void rexx() throws Exception {
        RexxBenchmark.run(System.out);
    }

    @Command(name = "vm", description = "The instruction mix bare and in a virtual machine, privileged instructions trapped, "
            + "10,000 idle machines; prints the MIPS ratio last.")
    void vm(
            @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "5",
                    description = "Seconds measured after each warm-up (default ${DEFAULT-VALUE}).") double seconds)
            throws Exception {
        new VmBenchmark(seconds).run(System.out);
    }

    @Command(name = "vmcf", description = "SEND/RECV round trips between two virtual machines through VMCF "
            + "(DIAGNOSE X'68'); prints round trips per second last.")
    void vmcf(
            @Option(names = "--seconds", paramLabel = "SECONDS", defaultValue = "5",
                    description = "Seconds measured after a warm-up (default ${DEFAULT-VALUE}).") double seconds)
            throws Exception {
        new VmcfBenchmark(seconds).run(System.out);
    }

    @Command(name = "xedit", description = "XEDIT on a 100,000-line file: load, change every line, save.")
    void xedit() {
        XeditBenchmark.run(System.out);
    }

    @Command(name = "cms", description = "80-byte records written and read through CMS, DIAGNOSE X'250', CP and the "
            + "image file; prints records per second last.")
    void cms(
            @Option(names = "--records", paramLabel = "N", defaultValue = "200000",
                    description = "Records written and read (default ${DEFAULT-VALUE}).") int records) throws Exception {
        new CmsBenchmark(records).run(System.out);
    }

    @Command(name = "rscs", description = "Send files from node A to node B over NJE; prints files/s and MB/s last.")
    void rscs(
            @Option(names = "--files", paramLabel = "N", defaultValue = "1000",
                    description = "Files to send (default ${DEFAULT-VALUE}).") int files,
            @Option(names = "--cards", paramLabel = "N", defaultValue = "1000",
                    description = "Cards per file (default ${DEFAULT-VALUE}).") int cards) throws Exception {
        RscsBenchmark.main(out(), files, cards);
    }

    @Command(name = "batch", description = "Punch N small jobs to CMSBATCH back to back; prints jobs per minute last.")
    void batch(
            @Option(names = "--jobs", paramLabel = "N", defaultValue = "200",
                    description = "Jobs run (default ${DEFAULT-VALUE}).") int jobs) throws Exception {
        if (jobs < 1 || jobs > 99_999) {
            throw new ParameterException(spec.commandLine(), "vm370 bench batch: --jobs must be 1-99999");
        }
        System.out.println(BatchBenchmark.run(jobs, out()).figure());
    }

    /** Standard output flushed line by line, as the benchmarks that report progress want it. */
    private static PrintStream out() {
        return new PrintStream(System.out, true);
    }
}
