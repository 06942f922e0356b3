package vm370.system.cms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cms.nucleus.Cms;
import vm370.cms.nucleus.CmsBatch;
import vm370.cp.security.AccountingFile;
import vm370.s370.text.Ebcdic;
import vm370.spool.device.CloseOptions;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualPunch;
import vm370.spool.file.FileRecords;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.system.boot.RunningSystem;

/**
 * The CMS Batch Facility: CMSBATCH, IPLed with PARM BATCH, runs the jobs punched to it one after
 * another and prints each job's output and console log for the /JOB user as CMSBATCH jobname, charging
 * the job to that user in the accounting file.
 */
class CmsBatchTest {

    private static final String CONFIG = """
            SYSTEM_IDENTIFIER BATCHVM
            STORAGE 32M
            VOLUME BAT001 3350 20
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
             MDISK 191 3350 1 5 BAT001 MR
            """;

    @TempDir
    Path dir;
    private AccountingFile accounting;

    private RunningSystem ipl() throws Exception {
        Files.writeString(dir.resolve("system.config"), CONFIG);
        Files.writeString(dir.resolve("user.direct"), DIRECT);
        RunningSystem system = RunningSystem.ipl(new RunningSystem.Options(dir.resolve("system.config"),
                dir.resolve("var"), dir.resolve("user.direct"), RunningSystem.Start.COLD,
                List.of(new Cms(table -> { }, new CmsBatch()))));
        accounting = AccountingFile.open(dir.resolve("var/accounting.log"));
        system.cp().useAccounting(accounting);
        return system;
    }

    @AfterEach
    void closeAccounting() throws Exception {
        accounting.close();
    }

    /** The accounting file's CHARGE record for {@code job}, charged to ALICE, once written (after its output). */
    private String charge(String job) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            Optional<String> record = Files.readAllLines(dir.resolve("var/accounting.log")).stream()
                    .filter(l -> l.startsWith("CHARGE  ALICE ") && l.contains(" dist=" + job + " ")).findFirst();
            if (record.isPresent()) {
                return record.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no accounting record for " + job);
    }

    /** A count of an accounting record, e.g. {@code vcpu} or {@code print}. */
    private static long count(String record, String field) {
        Matcher matcher = Pattern.compile(" " + field + "=(\\d+)").matcher(record);
        assertTrue(matcher.find(), record);
        return Long.parseLong(matcher.group(1));
    }

    /** Punches {@code cards} from ALICE to CMSBATCH's reader, as PUNCH (NOHEADER would. */
    private static void submit(RunningSystem system, String... cards) {
        VirtualPunch punch = new VirtualPunch(0x00D, "ALICE", system.spool().manager());
        punch.setTo("CMSBATCH");
        for (String card : cards) {
            byte[] record = Ebcdic.CP037.encode(String.format("%-80s", card));
            punch.write(UnitRecordCommand.PUNCH_STACKER_1, record);
        }
        punch.close(CloseOptions.PLAIN);
    }

    /** Waits for the printer file {@code CMSBATCH jobname} printed for ALICE and returns its lines. */
    private static List<String> output(RunningSystem system, String job) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < until) {
            Optional<SpoolFile> file = system.spool().manager().files(f -> f.owner().equals("ALICE")
                    && f.queue() == SpoolQueue.PRINTER && f.fileName().equals("CMSBATCH") && f.fileType().equals(job))
                    .stream().findFirst();
            if (file.isPresent()) {
                List<String> lines = new ArrayList<>();
                FileRecords.scan(system.spool().manager().store(), file.get().spoolId(),
                        (op, data) -> lines.add(Ebcdic.CP037.decode(data).stripTrailing()));
                return lines;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no output for job " + job);
    }

    @Test
    void jobsRunOneAfterAnotherWithInStreamDataAndAFailingJobDoesNotStopTheQueueEachChargedToItsUser() throws Exception {
        try (RunningSystem system = ipl()) {
            system.cp().logon("CMSBATCH");
            submit(system,
                    "/JOB ALICE 1234 FIRST",
                    "READCARD DATA FILE A",
                    "HELLO FROM THE CARD",
                    "/*",
                    "TYPE DATA FILE A",
                    "PRINT DATA FILE A",
                    "/*",
                    "/JOB ALICE 1234 LOOPER",
                    "/SET TIME 1",
                    "READCARD LOOP EXEC A",
                    " /* REXX */",
                    "DO FOREVER; NOP; END",
                    "/*",
                    "EXEC LOOP",
                    "TYPE DATA FILE A",
                    "/*");
            List<String> first = output(system, "FIRST");
            assertTrue(first.contains("HELLO FROM THE CARD"), first.toString());
            assertTrue(first.contains("TYPE DATA FILE A"), "the console log follows: " + first);
            assertTrue(first.contains("JOB 'FIRST' ENDED"), first.toString());
            List<String> looper = output(system, "LOOPER");
            assertTrue(looper.stream().anyMatch(l -> l.contains("CANCELLED: TIME LIMIT OF 1 SECONDS EXCEEDED")),
                    looper.toString());
            assertTrue(looper.stream().noneMatch(l -> l.equals("TYPE DATA FILE A")),
                    "nothing runs after the cancel: " + looper);
            submit(system, "/JOB NOBODY 1 GHOST", "TYPE DATA FILE A", "/*",
                    "/JOB ALICE 1234 THIRD", "STATE DATA FILE A", "/*");
            List<String> third = output(system, "THIRD");
            assertTrue(third.stream().anyMatch(l -> l.startsWith("Ready(00028)")),
                    "the first job's file is gone from the work disk: " + third);
            assertEquals("JOB 'THIRD' ENDED", third.getLast());
            String firstCharge = charge("FIRST");
            assertTrue(firstCharge.contains(" account=1234 dist=FIRST by=CMSBATCH "), firstCharge);
            assertTrue(count(firstCharge, "print") >= 3, "its data and console log are printed at its charge: " + firstCharge);
            assertTrue(count(charge("LOOPER"), "vcpu") >= 1000, "the loop's CPU second is the job's: " + charge("LOOPER"));
            assertTrue(count(charge("THIRD"), "vcpu") < count(charge("LOOPER"), "vcpu"), charge("THIRD"));
            assertTrue(Files.readAllLines(dir.resolve("var/accounting.log")).stream()
                    .noneMatch(l -> l.startsWith("CHARGE  NOBODY")), "a /JOB user CP does not know is charged nothing");
        }
    }
}
