package vm370.s370.asm;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code vm370 bench asm}: assembles a generated source of 50,000 lines (sections of ordinary
 * code with USING, loads, stores, branches, SS moves, literals, constants, EQUs and a small macro)
 * repeatedly and reports lines per second, listing and object deck included.
 */
public final class AssemblerBenchmark {

    public static final int LINES = 50_000;
    private static final int LINES_PER_SECTION = 500;

    private AssemblerBenchmark() {
    }

    /** Runs the benchmark, printing what it does and, as the last line, {@code lines/s: N}. */
    public static void run(PrintStream out) {
        List<String> source = source(LINES);
        Assembler assembler = new Assembler(List.of());
        out.println("Assembling a generated source of " + source.size() + " lines (listing and object deck included)");
        // Warm up until the JIT has settled: at least 10 runs and 10 seconds.
        AssemblyResult warm = null;
        long warmStart = System.nanoTime();
        for (int i = 0; i < 10 || System.nanoTime() - warmStart < 10_000_000_000L && i < 60; i++) {
            warm = assembler.assemble("BENCH", source);
        }
        out.println("Return code " + warm.returnCode() + ", " + warm.objectDeck().length / 80 + " object cards, "
                + warm.listing().length() / 1024 + " KiB of listing");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int runs = 0;
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long elapsed;
        do {
            assembler.assemble("BENCH", source);
            runs++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < 5_000_000_000L && runs < 100);
        long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
        long linesPerSecond = (long) ((double) runs * source.size() / (elapsed / 1e9));
        out.println("Runs: " + runs + " in " + elapsed / 1_000_000 + " ms; this thread's CPU time "
                + cpu / 1_000_000 + " ms, " + (long) ((double) runs * source.size() / (cpu / 1e9)) + " lines per CPU second");
        out.println("lines/s: " + linesPerSecond);
    }

    /** A deterministic source of about {@code lines} lines that assembles with return code 0. */
    public static List<String> source(int lines) {
        List<String> out = new ArrayList<>(lines + 16);
        out.add("         MACRO");
        out.add("&NAME    BUMP  &REG,&BY=1");
        out.add("&NAME    LA    &REG,&BY.(0,&REG)");
        out.add("         MEND");
        out.add("R0       EQU   0");
        out.add("R12      EQU   12");
        int section = 0;
        while (out.size() < lines - 2) {
            section(out, section++, Math.min(LINES_PER_SECTION, lines - 2 - out.size()));
        }
        out.add("         END   S0000");
        return out;
    }

    private static void section(List<String> out, int n, int count) {
        String s = String.format("S%04d", n);
        out.add(s + "    CSECT");
        out.add("         USING " + s + ",R12");
        out.add("         BALR  R12,R0");
        int labels = 0;
        int body = Math.max(0, count - 8);
        for (int i = 0; i < body; i++) {
            String label = i % 10 == 0 ? String.format("%sL%03d", s, labels++) : "";
            String target = String.format("%sD%d", s, i % 4);
            String line = switch (i % 12) {
                case 0 -> "L     3," + target + "          load a word";
                case 1 -> "ST    3," + target;
                case 2 -> "LA    4,8(3,12)";
                case 3 -> "AR    3,4";
                case 4 -> "MVC   " + s + "C0(8)," + s + "C1";
                case 5 -> "CLI   " + s + "C0,C'A'";
                case 6 -> "BNE   " + s + "L000";
                case 7 -> "L     5,=F'" + i + "'";
                case 8 -> "STM   14,12,12(13)";
                case 9 -> "BUMP  6,BY=4";
                case 10 -> "SLL   3,2";
                default -> "LM    14,12,12(13)";
            };
            out.add(String.format("%-8s %s", label, line));
        }
        out.add("         BR    14");
        out.add("         LTORG");
        for (int d = 0; d < 4; d++) {
            out.add(String.format("%sD%d   DC    F'%d'", s, d, d));
        }
        out.add(s + "C0   DC    CL8'ABCDEFGH'");
        out.add(s + "C1   DC    CL8'IJKLMNOP'");
    }
}
