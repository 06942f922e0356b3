package vm370.system.cms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cms.nucleus.Cms;
import vm370.cms.nucleus.CmsBatch;
import vm370.s370.text.Ebcdic;
import vm370.spool.file.SpoolFile;
import vm370.system.boot.NamedSystemsCatalog;
import vm370.system.boot.OnlineSystem;
import vm370.system.boot.RunningSystem;
import vm370.system.rscs.NetworkNode;

/**
 * The batch facility end to end. The sample system (its configuration and directory, a fresh state
 * folder) reads the sample decks dropped in its hopper: the assembler job's output and listing, the
 * REXX job's and the carriage-control report's come out of the real printer as text and PDF; the
 * failing and the looping jobs are cancelled and the queue goes on; each job is charged to its user.
 * And a deck punched on another node travels by RSCS to CMSBATCH, and its output comes back there.
 */
@Tag("system")
class SampleBatchTest {

    private static final Path HOME = Path.of(System.getProperty("user.dir")).getParent();

    @TempDir
    Path dir;

    @Test
    void sampleDecksInTheHopperPrintAsTextAndPdfAndFailingOrLoopingJobsDoNotStopTheQueue() throws Exception {
        Path samples = HOME.resolve("samples");
        // The socket reader's port 3505 may be taken where tests run; the hopper folder is what is tested.
        Files.writeString(dir.resolve("system.config"),
                Files.readString(samples.resolve("system.config")).replace(" SOCKET 3505", ""));
        RunningSystem.Options options = new RunningSystem.Options(dir.resolve("system.config"), dir.resolve("var"),
                samples.resolve("user.direct"), RunningSystem.Start.WARM, NamedSystemsCatalog.all());
        List<String> console = new CopyOnWriteArrayList<>();
        OnlineSystem online = OnlineSystem.ipl(OnlineSystem.Options.of(options, console::add).withPort(OptionalInt.of(0)));
        try {
            Path hopper = Files.createDirectories(dir.resolve("var/hopper"));
            for (String deck : List.of("asm", "rexx", "report", "fail", "loop")) {
                Files.copy(samples.resolve("decks/" + deck + ".job"), hopper.resolve(deck + ".job"));
            }
            Path printer = dir.resolve("var/printer");
            assertTrue(printed(printer, "REXXJOB", console).contains("HELLO FROM A BATCH JOB"));
            String report = printed(printer, "REPORT", console);
            assertTrue(report.contains("QUARTERLY SALES REPORT\r" + " ".repeat(22) + "_".repeat(22) + "\n\n REGION"),
                    "the title overprinted with its underline, then a blank line: " + report);
            assertTrue(report.contains("\n\n\n NORTH"), "two blank lines before NORTH: " + report);
            assertTrue(report.contains("\f" + " ".repeat(22) + "NOTES (A NEW PAGE)"), "a new page: " + report);
            assertTrue(pdf(printer, "REPORT"), "the report's PDF");
            String failed = printed(printer, "FAILJOB", console);
            assertTrue(failed.contains("DMSBTP108E JOB 'FAILJOB' CANCELLED: SYSTEM ABEND"), failed);
            assertTrue(!failed.contains("TYPE BOOM LISTING\n"), "nothing runs after the cancel: " + failed);
            assertTrue(printed(printer, "AFTER", console).contains("THE JOB AFTER A FAILED ONE RUNS"));
            assertTrue(printed(printer, "LOOPER", console).contains("CANCELLED: TIME LIMIT OF 2 SECONDS EXCEEDED"));
            for (String job : List.of("ASMJOB", "REXXJOB", "REPORT", "FAILJOB", "AFTER", "LOOPER")) {
                Path accounting = dir.resolve("var/accounting.log");
                assertTrue(NetworkNode.await(() -> charged(accounting, job), 30_000), job + " charged to USER1 1234");
            }
            String asm = printed(printer, "ASMJOB", console);
            assertTrue(asm.contains("SQUARES PRINTED"), asm);
            assertTrue(asm.matches("(?s).*\\n\\s+12\\s+144\\s*\\n.*"), "the program's table: " + asm);
            assertTrue(asm.contains("SQUARES  CSECT"), "its listing: " + asm);
            assertTrue(asm.contains("JOB 'ASMJOB' ENDED"), asm);
            assertTrue(pdf(printer, "ASMJOB"), "the assembler job's PDF");
        } finally {
            online.shutdown();
        }
    }

    @Test
    void aJobPunchedOnAnotherNodeRunsOnTheBatchNodeAndItsOutputComesBack() throws Exception {
        int batchPort = NetworkNode.freePort();
        int userPort = NetworkNode.freePort();
        String users = """
                USER RSCS RSCS 4M 16M G
                 CONSOLE 009 3215
                 SPOOL 00C 2540 READER *
                 SPOOL 00D 2540 PUNCH A
                 SPOOL 00E 1403 A
                 MDISK 191 3370 64 2000 VMFBA1 MR
                USER ALICE ALICE 4M 16M G
                 CONSOLE 009 3215
                 SPOOL 00C 2540 READER *
                 SPOOL 00D 2540 PUNCH A
                 SPOOL 00E 1403 A
                """;
        String batch = users + """
                USER CMSBATCH BATCH 8M 8M BG
                 ACCOUNT 13 SYSTEM
                 OPTION ACCT
                 IPL CMS PARM BATCH
                 CONSOLE 009 3215
                 SPOOL 00C 2540 READER *
                 SPOOL 00D 2540 PUNCH A
                 SPOOL 00E 1403 A
                 MDISK 191 3350 1 2 VMSYS1 MR
                """;
        try (NetworkNode batchNode = NetworkNode.start(dir.resolve("batch"), "BATCHND", batch,
                "LOCAL BATCHND %d\nLINK USERND 127.0.0.1 %d\nRETRY 0.1 0.5\n".formatted(batchPort, userPort), true,
                List.of(new Cms(table -> { }, new CmsBatch())));
             NetworkNode userNode = NetworkNode.start(dir.resolve("user"), "USERND", users,
                     "LOCAL USERND %d\nLINK BATCHND 127.0.0.1 %d\nRETRY 0.1 0.5\n".formatted(userPort, batchPort))) {
            batchNode.logon("CMSBATCH");
            userNode.sendFile("ALICE", "BATCHND", "CMSBATCH", "REMOTE", "JOB", Stream.of(
                    "/JOB ALICE 1234 REMOTE", "READCARD DATA FILE A", "RUN AT THE BATCH NODE", "/*",
                    "PRINT DATA FILE A", "/*").map(card -> Ebcdic.CP037.encodePadded(card, 80)).toList());
            assertTrue(NetworkNode.await(() -> output(userNode).isPresent(), 120_000),
                    () -> "no output back on USERND; CMSBATCH: " + batchNode.console("CMSBATCH") + "\nRSCS: "
                            + batchNode.console("RSCS"));
            SpoolFile back = output(userNode).orElseThrow();
            assertTrue(back.tag().startsWith("BATCHND "), "tagged with the batch node as origin: " + back.tag());
            List<String> lines = userNode.records(back).stream().map(r -> Ebcdic.CP037.decode(r).stripTrailing()).toList();
            assertTrue(lines.contains("RUN AT THE BATCH NODE"), lines.toString());
            assertTrue(lines.contains("JOB 'REMOTE' ENDED"), lines.toString());
        }
    }

    /** Whether the accounting file has the job's CHARGE record (written just after its output). */
    private static boolean charged(Path accounting, String job) {
        try {
            return Files.readAllLines(accounting).stream().anyMatch(l -> l.startsWith("CHARGE  USER1    account=1234 ")
                    && l.contains(" dist=" + job + " "));
        } catch (IOException e) {
            return false;
        }
    }

    /** ALICE's reader file CMSBATCH REMOTE on the submitting node, once it is there. */
    private static Optional<SpoolFile> output(NetworkNode node) {
        return node.reader("ALICE").stream()
                .filter(f -> f.fileName().equals("CMSBATCH") && f.fileType().equals("REMOTE")).findFirst();
    }

    /** The text the real printer wrote for the job {@code CMSBATCH job}, waiting up to 3 minutes for it. */
    private static String printed(Path printer, String job, List<String> console) throws Exception {
        Optional<Path> text = await(printer, job, ".txt");
        assertTrue(text.isPresent(), () -> "no printed output of " + job + "; operator: " + String.join("\n", console));
        return Files.readString(text.get());
    }

    private static boolean pdf(Path printer, String job) throws Exception {
        Optional<Path> pdf = await(printer, job, ".pdf");
        return pdf.isPresent() && new String(Files.readAllBytes(pdf.get()), 0, 5).equals("%PDF-");
    }

    private static Optional<Path> await(Path printer, String job, String suffix) throws Exception {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < until) {
            Optional<Path> found = find(printer, "-CMSBATCH-" + job + suffix);
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    private static Optional<Path> find(Path folder, String ending) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(ending)).findFirst();
        }
    }
}
