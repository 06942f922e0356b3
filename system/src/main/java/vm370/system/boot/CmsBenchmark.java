package vm370.system.boot;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.file.PathUtils;
import vm370.cms.nucleus.Cms;
import vm370.cms.nucleus.RecordBenchmark;
import vm370.cp.ControlProgram;
import vm370.cp.vm.VirtualMachine;

/**
 * {@code vm370 bench cms}: a whole system in a scratch folder, one user who IPLs CMS, formats a
 * 3380 minidisk and runs RECBENCH, which writes and reads 80-byte records through the file system,
 * DIAGNOSE X'250', CP and the image file. Prints the phases and, last, records per second.
 */
public final class CmsBenchmark {

    private static final String CONFIG = """
            SYSTEM_IDENTIFIER BENCH
            STORAGE 32M
            VOLUME BENCH1 3380 100
            """;
    private static final String DIRECT = """
            USER BENCH BENCH 4M 16M G
             CONSOLE 009 3215
             MDISK 191 3380 1 90 BENCH1 MR
            """;
    private static final Pattern TIME = Pattern.compile("(WROTE|READ) (\\d+) RECORDS IN (\\d+) MS");

    private final int records;

    public CmsBenchmark(int records) {
        this.records = records;
    }

    public void run(PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("vm370-bench-cms");
        try {
            Files.writeString(dir.resolve("system.config"), CONFIG);
            Files.writeString(dir.resolve("user.direct"), DIRECT);
            RunningSystem.Options options = new RunningSystem.Options(dir.resolve("system.config"), dir.resolve("var"),
                    dir.resolve("user.direct"), RunningSystem.Start.COLD,
                    List.of(new Cms(RecordBenchmark::register, null)));
            try (RunningSystem system = RunningSystem.ipl(options)) {
                measure(system, out);
            }
        } finally {
            PathUtils.deleteDirectory(dir);
        }
    }

    private void measure(RunningSystem system, PrintStream out) throws InterruptedException {
        if (!(system.cp().logon("BENCH") instanceof ControlProgram.Logon.Created created)) {
            throw new IllegalStateException("the benchmark user could not log on");
        }
        VirtualMachine machine = created.machine();
        LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        machine.connectConsole(lines::add);
        system.cp().ipl(machine, "CMS", "");
        await(lines, "CMS VERSION");
        machine.typed("FORMAT 191 A");
        await(lines, "DMSFOR603R");
        machine.typed("YES");
        await(lines, "DMSFOR605R");
        machine.typed("BENCH");
        await(lines, "Ready");
        out.printf("CMS: %,d records of 80 bytes written, then read back, through DIAGNOSE X'250' on a 3380 minidisk%n",
                records);
        long written = 0;
        long read = 0;
        for (int round = 0; round < 2; round++) {
            machine.typed("RECBENCH " + records);
            String line;
            while (!(line = await(lines, "")).startsWith("Ready")) {
                Matcher m = TIME.matcher(line);
                if (m.matches() && round == 1) {
                    long ms = Math.max(1, Long.parseLong(m.group(3)));
                    out.printf("  %-5s %,d records in %d ms: %,d records/s%n", m.group(1).toLowerCase(), records, ms,
                            records * 1000L / ms);
                    if (m.group(1).equals("WROTE")) {
                        written = ms;
                    } else {
                        read = ms;
                    }
                } else if (!m.matches()) {
                    throw new IllegalStateException("RECBENCH: " + line);
                }
            }
        }
        out.printf("%d records/s%n", 2L * records * 1000 / Math.max(1, written + read));
    }

    private static String await(LinkedBlockingQueue<String> lines, String prefix) throws InterruptedException {
        while (true) {
            String line = lines.poll(120, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("CMS did not answer within 120 s");
            }
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }
}
