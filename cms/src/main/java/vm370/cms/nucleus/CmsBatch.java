package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CMS Batch Facility's monitor: CMSBATCH's CMS, IPLed with {@code PARM BATCH}, takes job decks
 * from its reader one after another. A job is {@code /JOB userid account [jobname]}, then CMS
 * commands and EXECs (with in-stream data that READCARD reads up to a {@code /*} card), then a
 * {@code /*} card; {@code /SET TIME|PRINT|PUNCH n} limits the job from that card on.
 *
 * <p>For each job the monitor spools the printer and punch for the /JOB user (the real printer and
 * punch, the files owned by that user), tells the user {@code JOB 'name' STARTED} and {@code ENDED}
 * (by CP MSG), keeps the console log and prints it after the job's own output, so that the user gets
 * one printer file {@code CMSBATCH jobname}. A deck that came from another node (RSCS tags it with
 * the origin node and userid) sends its output back there: to the RSCS machine, with that tag.
 * A job whose command abends, or that passes a limit, is cancelled with a message in its log.
 * From its /JOB card to its output the machine's use is charged to the /JOB user and account (DIAGNOSE
 * X'4C', with the jobname as distribution code), so CP's accounting file gets one record per job.
 * Between jobs nothing is left behind: spool devices are closed and reset, tags cleared, devices
 * the job linked detached, the batch machine's A-disk (its work disk) formatted afresh, and the
 * next job gets a fresh CMS. With an empty reader the machine waits for a file in an enabled wait.
 * @vm370 DMSBTP
 */
public final class CmsBatch implements BatchMonitor {

    /** VM/370's installation maximum for each /SET limit (BATLIMIT). */
    static final int MAX_LIMIT = 32_767;

    private static final int IO_NEW_PSW = 0x78;
    private static final int IO_OLD_PSW = 0x38;
    /** An enabled wait for channel 0 (the reader at 00C), BC mode. */
    private static final long WAIT_FOR_READER = 0x8002_0000_0000_0000L;
    private static final long DISABLED_WAIT = 0x0002_0000_0000_0000L;
    private static final int WORK_DISK = 0x191;
    /** The tag RSCS gives a file it delivers from another node: the origin node and userid. */
    private static final Pattern NETWORK_ORIGIN = Pattern.compile("[A-Z0-9@#$]{1,8} [A-Z0-9@#$]{1,8}");
    /** DIAGNOSE X'4C' condition code: the /JOB userid is not in CP's directory. */
    private static final int NOT_IN_DIRECTORY = 2;

    /** A job from its /JOB card to its end: who gets its output, its name, its limits. */
    private static final class Job {
        final String userid;
        final String name;
        int timeSeconds = MAX_LIMIT;
        long printLines = MAX_LIMIT;
        long punchCards = MAX_LIMIT;
        final List<String> log = new ArrayList<>();
        String cancelled;
        /** The machine's use is charged to the /JOB user (DIAGNOSE X'4C'), until the job's end. */
        boolean charged;

        Job(String userid, String name) {
            this.userid = userid;
            this.name = name;
        }
    }

    @Override
    public void run(CmsSession first) {
        CmsSession cms = first;
        Set<Integer> ownDevices = devices(cms);
        formatWorkDisk(cms, false);
        while (true) {
            UnitRecord.Header deck = cms.unitRecord().nextFile();
            if (deck == null) {
                waitForReaderFile(cms);
                continue;
            }
            cms = runDeck(cms, deck, ownDevices);
        }
    }

    /** Runs the jobs of one reader file; returns the CMS the next file starts with. */
    private CmsSession runDeck(CmsSession cms, UnitRecord.Header deck, Set<Integer> ownDevices) {
        UnitRecord units = cms.unitRecord();
        units.holdInStream(deck);
        Job job = null;
        byte[] card = new byte[256];
        while (true) {
            int n = units.readRecord(card);
            if (n < 0) {
                boolean endCard = units.takeInStreamEnd();
                if (job != null) {
                    cms = endJob(cms, job, ownDevices);
                    job = null;
                    units = cms.unitRecord();
                    units.holdInStream(deck);
                }
                if (!endCard) {
                    break;
                }
                continue;
            }
            String text = Supervisor.EBCDIC.decode(card, 0, Math.min(n, 80)).stripTrailing();
            if (text.startsWith("/JOB")) {
                if (job != null) {
                    cms = endJob(cms, job, ownDevices);
                    units = cms.unitRecord();
                    units.holdInStream(deck);
                }
                job = startJob(cms, text, deck);
            } else if (job == null) {
                continue;
            } else if (text.startsWith("/SET")) {
                setLimit(cms, job, text);
            } else if (job.cancelled == null && !text.isBlank()) {
                runCommand(cms, job, text);
            }
        }
        units.holdInStream(null);
        return cms;
    }

    private static Job startJob(CmsSession cms, String card, UnitRecord.Header deck) {
        String[] words = card.substring(4).strip().split("\\s+");
        String userid = words.length > 0 && !words[0].isEmpty() ? words[0].toUpperCase(Locale.ROOT) : "";
        String name = words.length > 2 ? words[2].toUpperCase(Locale.ROOT) : "NONAME";
        Job job = new Job(userid, name.length() > 8 ? name.substring(0, 8) : name);
        cms.console().keepLog(job.log::add);
        cms.console().line(card);
        if (userid.isEmpty() || words.length < 2) {
            job.cancelled = "DMSBTP101E /JOB CARD FORMAT INVALID";
            cms.console().message(job.cancelled);
            return job;
        }
        int charge = cms.supervisor().charge(userid, words[1].toUpperCase(Locale.ROOT), job.name);
        if (charge == NOT_IN_DIRECTORY) {
            job.cancelled = "DMSBTP103E /JOB USERID '" + userid + "' NOT IN CP DIRECTORY";
            cms.console().message(job.cancelled);
            return job;
        }
        job.charged = charge == 0;
        if (NETWORK_ORIGIN.matcher(deck.tag()).matches()) {
            for (String device : List.of("PRINTER", "PUNCH")) {
                cms.cp("SPOOL " + device + " TO " + deck.origin() + " CLASS A NOHOLD");
                cms.cp("TAG DEV " + device + " " + deck.tag());
            }
        } else {
            cms.cp("SPOOL PRINTER FOR " + userid + " CLASS A NOHOLD");
            cms.cp("SPOOL PUNCH FOR " + userid + " CLASS A NOHOLD");
        }
        cms.cp("MSG " + userid + " JOB '" + job.name + "' STARTED");
        cms.console().limitCpu(cms.cpuMicros() + job.timeSeconds * 1_000_000L);
        return job;
    }

    /** /SET TIME|PRINT|PUNCH n: from here on; a value over the installation maximum is refused. */
    private static void setLimit(CmsSession cms, Job job, String card) {
        cms.console().line(card);
        String[] words = card.substring(4).strip().toUpperCase(Locale.ROOT).split("\\s+");
        if (words.length != 2 || !words[1].matches("\\d{1,5}") || Integer.parseInt(words[1]) > MAX_LIMIT) {
            cms.console().message("DMSBTP102E /SET CARD INVALID: " + card.strip());
            return;
        }
        int value = Integer.parseInt(words[1]);
        UnitRecord units = cms.unitRecord();
        switch (words[0]) {
            case "TIME" -> {
                job.timeSeconds = value;
                cms.console().limitCpu(cms.cpuMicros() + value * 1_000_000L);
            }
            case "PRINT" -> job.printLines = units.printed() + value;
            case "PUNCH" -> job.punchCards = units.punched() + value;
            default -> cms.console().message("DMSBTP102E /SET CARD INVALID: " + card.strip());
        }
    }

    /** One command of the job, with its ready line in the log; an abend or a passed limit cancels the job. */
    private static void runCommand(CmsSession cms, Job job, String line) {
        cms.console().line(line);
        int logged = job.log.size();
        long before = cms.cpuMicros();
        int rc;
        try {
            rc = cms.execute(line);
        } catch (Console.HaltExecution halt) {
            rc = CommandLoop.ABEND;
        } catch (RuntimeException e) {
            cms.console().message("DMSABN148T SYSTEM ABEND IN COMMAND '" + CommandLine.parse(line).verb() + "'");
            rc = CommandLoop.ABEND;
        } finally {
            cms.commandEnded();
        }
        cms.console().line(cms.readyLine(rc, before));
        UnitRecord units = cms.unitRecord();
        if (cms.console().cpuLimitExceeded()) {
            job.cancelled = "DMSBTP105E JOB '" + job.name + "' CANCELLED: TIME LIMIT OF " + job.timeSeconds
                    + " SECONDS EXCEEDED";
        } else if (units.printed() > job.printLines) {
            job.cancelled = "DMSBTP106E JOB '" + job.name + "' CANCELLED: PRINT LIMIT EXCEEDED";
        } else if (units.punched() > job.punchCards) {
            job.cancelled = "DMSBTP107E JOB '" + job.name + "' CANCELLED: PUNCH LIMIT EXCEEDED";
        } else if (rc == CommandLoop.ABEND || abended(job.log.subList(logged, job.log.size()))) {
            job.cancelled = "DMSBTP108E JOB '" + job.name + "' CANCELLED: SYSTEM ABEND";
        }
        if (job.cancelled != null) {
            cms.console().message(job.cancelled);
        }
    }

    /**
     * A user program's abend comes back as its completion code, a return code like any other; its
     * DMSABN message is what tells the monitor (in VM/370, DMSABN gave control to the batch monitor).
     */
    private static boolean abended(List<String> lines) {
        return lines.stream().anyMatch(l -> l.startsWith("DMSABN148T") || l.startsWith("DMSABN155T"));
    }

    /**
     * The job's end: its console log printed after its output, the printer and punch closed to the
     * user as {@code CMSBATCH jobname}, the user told, then the housekeeping and a fresh CMS.
     */
    private static CmsSession endJob(CmsSession cms, Job job, Set<Integer> ownDevices) {
        Console console = cms.console();
        console.limitCpu(Long.MAX_VALUE);
        console.line("JOB '" + job.name + "' " + (job.cancelled == null ? "ENDED" : "CANCELLED"));
        console.keepLog(null);
        if (!job.userid.isEmpty() && job.log.size() > 1) {
            UnitRecord units = cms.unitRecord();
            units.control(UnitRecord.PRINTER, UnitRecord.SKIP_TO_1_IMMEDIATE);
            for (String line : job.log) {
                byte[] bytes = Supervisor.EBCDIC.encode(line.isEmpty() ? " " : line);
                units.write(UnitRecord.PRINTER, UnitRecord.WRITE_SPACE_1, bytes, 0, Math.min(bytes.length, 132));
            }
            cms.cp("CLOSE PRINTER NAME CMSBATCH " + job.name);
            cms.cp("CLOSE PUNCH NAME CMSBATCH " + job.name);
            cms.cp("MSG " + job.userid + " JOB '" + job.name + "' " + (job.cancelled == null ? "ENDED" : "CANCELLED"));
        }
        if (job.charged) {
            cms.supervisor().charge(null, null, null);
        }
        cms.cp("SPOOL PRINTER OFF");
        cms.cp("SPOOL PUNCH OFF");
        cms.cp("TAG DEV PRINTER");
        cms.cp("TAG DEV PUNCH");
        for (int vaddr : devices(cms)) {
            if (!ownDevices.contains(vaddr)) {
                cms.cp(String.format("DETACH %03X", vaddr));
            }
        }
        formatWorkDisk(cms, true);
        CmsSession fresh = new CmsSession(cms.machine(), cms.commands());
        Cms.initialize(fresh);
        return fresh;
    }

    /**
     * The batch machine's 191 is its work disk: jobs write their files there and leave none behind,
     * so it is formatted after every job ({@code always}), and at start when it is not a CMS disk yet.
     */
    private static void formatWorkDisk(CmsSession cms, boolean always) {
        if ((always || cms.disks().get('A').isEmpty()) && cms.supervisor().deviceType(WORK_DISK) != -1) {
            cms.stack().queue("YES");
            cms.stack().queue("BATWRK");
            cms.execute(String.format("FORMAT %03X A", WORK_DISK));
        }
    }

    /** The machine's virtual devices now, by address, from CP's QUERY VIRTUAL. */
    private static Set<Integer> devices(CmsSession cms) {
        Set<Integer> found = new HashSet<>();
        for (String line : cms.cp("QUERY VIRTUAL").lines()) {
            String[] words = line.strip().split("\\s+");
            if (words.length > 1 && words[1].matches("[0-9A-F]{3,4}")) {
                found.add(Integer.parseInt(words[1], 16));
            }
        }
        return found;
    }

    /**
     * An empty reader (DIAGNOSE 14 found no file, so CP presents device end when one arrives): the
     * machine sits in an enabled wait until the reader interrupts.
     */
    private static void waitForReaderFile(CmsSession cms) {
        var machine = cms.machine();
        byte[] saved = new byte[8];
        byte[] old = new byte[8];
        machine.read(IO_NEW_PSW, saved, 0, 8);
        try {
            do {
                writeDoubleword(machine, IO_NEW_PSW, DISABLED_WAIT);
                machine.loadPsw(WAIT_FOR_READER);
                machine.runUntilDisabledWait();
                machine.read(IO_OLD_PSW, old, 0, 8);
            } while (((old[2] & 0xFF) << 8 | old[3] & 0xFF) != UnitRecord.READER);
        } finally {
            machine.write(IO_NEW_PSW, saved, 0, 8);
        }
    }

    private static void writeDoubleword(vm370.cp.guest.GuestMachine machine, int address, long value) {
        byte[] bytes = new byte[8];
        for (int i = 0; i < 8; i++) {
            bytes[i] = (byte) (value >>> (56 - 8 * i));
        }
        machine.write(address, bytes, 0, 8);
    }
}
