package vm370.system.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import vm370.cp.security.AccountingFile;
import vm370.s370.text.Ebcdic;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualPunch;
import vm370.spool.file.SpoolQueue;
import vm370.system.boot.NamedSystemsCatalog;
import vm370.system.boot.RunningSystem;

/**
 * {@code vm370 bench batch}: a system in a scratch folder with CMSBATCH (OPTION ACCT, a work disk)
 * and one user who punches N small jobs to it, one reader file each, as {@code PUNCH ... (NOHEADER}
 * would. Each job reads an in-stream file, types it and prints it; the figure is jobs per minute from
 * the first punch to the last job's output printed for the user, each job charged to her.
 */
public final class BatchBenchmark {

    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(120);
    private static final String CONFIG = """
            SYSTEM_IDENTIFIER BENCHVM
            STORAGE 64M
            PROCESSORS 2
            VOLUME BATCH1 3350 20
            """;
    private static final String DIRECT = """
            USER ALICE ALICE 4M 16M G
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
            USER CMSBATCH BATCH 8M 8M BG
             ACCOUNT 13 SYSTEM
             OPTION ACCT
             IPL CMS PARM BATCH
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
             SPOOL 00E 1403 A
             MDISK 191 3350 1 2 BATCH1 MR
            """;

    /** What a run measured. */
    public record Result(int jobs, Duration elapsed) {

        public double jobsPerMinute() {
            return jobs * 60e9 / Math.max(1, elapsed.toNanos());
        }

        /** The benchmark's last line. */
        public String figure() {
            return String.format("batch: %d jobs, %.0f jobs/min", jobs, jobsPerMinute());
        }
    }

    private BatchBenchmark() {
    }

    /** Runs {@code jobs} jobs after one to warm up; progress lines go to {@code out}. */
    public static Result run(int jobs, PrintStream out) throws Exception {
        Path folder = Files.createTempDirectory("vm370-bench-batch");
        try {
            Files.writeString(folder.resolve("system.config"), CONFIG);
            Files.writeString(folder.resolve("user.direct"), DIRECT);
            RunningSystem.Options options = new RunningSystem.Options(folder.resolve("system.config"),
                    folder.resolve("var"), folder.resolve("user.direct"), RunningSystem.Start.COLD,
                    NamedSystemsCatalog.all());
            try (RunningSystem system = RunningSystem.ipl(options);
                 AccountingFile accounting = AccountingFile.open(folder.resolve("var/accounting.log"))) {
                system.cp().useAccounting(accounting);
                Result result = measure(system, jobs, out);
                out.printf("  %d accounting records charged to ALICE%n",
                        charged(folder.resolve("var/accounting.log"), jobs + 1));
                return result;
            }
        } finally {
            PathUtils.deleteDirectory(folder);
        }
    }

    private static Result measure(RunningSystem system, int jobs, PrintStream out) throws InterruptedException {
        Semaphore outputs = new Semaphore(0);
        system.spool().manager().onArrival(file -> {
            if (file.queue() == SpoolQueue.PRINTER && file.owner().equals("ALICE") && file.fileName().equals("CMSBATCH")) {
                outputs.release();
            }
        });
        system.cp().logon("CMSBATCH");
        submit(system, "WARMUP");
        await(outputs, 1);
        out.printf("CMSBATCH: %d jobs punched by ALICE, one reader file each; each reads, types and prints a file%n",
                jobs);
        long start = System.nanoTime();
        for (int job = 1; job <= jobs; job++) {
            submit(system, String.format("JOB%05d", job));
        }
        await(outputs, jobs);
        Result result = new Result(jobs, Duration.ofNanos(System.nanoTime() - start));
        out.printf("  %d jobs in %d ms%n", jobs, result.elapsed().toMillis());
        return result;
    }

    /** ALICE punches one job to CMSBATCH and closes the punch, as SPOOL PUNCH TO CMSBATCH and PUNCH would. */
    private static void submit(RunningSystem system, String name) {
        VirtualPunch punch = new VirtualPunch(0x00D, "ALICE", system.spool().manager());
        punch.setTo("CMSBATCH");
        for (String card : new String[] {"/JOB ALICE 1234 " + name, "READCARD DATA FILE A", "DATA OF " + name,
                "/*", "TYPE DATA FILE A", "PRINT DATA FILE A", "/*"}) {
            byte[] record = Ebcdic.CP037.encode(String.format("%-80s", card));
            punch.write(UnitRecordCommand.PUNCH_STACKER_1, record);
        }
        punch.close(CloseOptions.PLAIN);
    }

    /** ALICE's CHARGE records, once there are {@code expected} (the last is written just after its output) or 10 s passed. */
    private static long charged(Path file, int expected) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long charged;
        do {
            charged = Files.readAllLines(file).stream().filter(line -> line.startsWith("CHARGE  ALICE ")).count();
            Thread.sleep(charged < expected ? 20 : 0);
        } while (charged < expected && System.nanoTime() < until);
        return charged;
    }

    private static void await(Semaphore outputs, int count) throws InterruptedException {
        if (!outputs.tryAcquire(count, JOB_TIMEOUT.toSeconds() * count, TimeUnit.SECONDS)) {
            throw new IllegalStateException("CMSBATCH did not finish " + count + " jobs in time");
        }
    }
}
