package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unit-record and spool commands: PUNCH, PRINT, READCARD, SENDFILE, RECEIVE, PEEK, RDRLIST (line
 * mode) and TELL. Files travel as card decks led by a {@code :READ fn ft fm} card, as VM/370's PUNCH
 * and READCARD agree; the reader is read with DIAGNOSE 14.
 * @vm370 DMSPNC, DMSPRT, DMSRDC
 */
final class SpoolCommands {

    private SpoolCommands() {
    }

    /** PUNCH fn ft [fm] [(NOHEADER]. */
    static int punch(CmsSession cms, CommandLine line) {
        Optional<Disks.Found> file = input(cms, "DMSPNC", line);
        if (file.isEmpty()) {
            return 28;
        }
        int rc = punchFile(cms, "DMSPNC", file.get(), !line.hasOption("NOHEADER", 3));
        if (rc != 0) {
            return rc;
        }
        return closeUnlessInBatchJob(cms, UnitRecord.PUNCH, file.get());
    }

    /**
     * PRINT's and PUNCH's close. In a batch job the device stays open: the monitor closes it at the
     * job's end, so that all the job printed and punched is one file, CMSBATCH jobname.
     */
    private static int closeUnlessInBatchJob(CmsSession cms, int device, Disks.Found file) {
        return cms.console().inBatchJob() ? 0 : close(cms, device, file, true);
    }

    /** The file named by the first two or three operands, or empty after the message. */
    private static Optional<Disks.Found> input(CmsSession cms, String module, CommandLine line) {
        if (line.operands().size() < 2) {
            cms.console().message(module + "054E INCOMPLETE FILEID SPECIFIED");
            return Optional.empty();
        }
        String fn = line.operands().get(0);
        String ft = line.operands().get(1);
        String mode = line.operand(2, "*");
        Optional<Disks.Found> found = FileIo.validMode(mode) ? cms.disks().find(fn, ft, mode) : Optional.empty();
        if (found.isEmpty()) {
            cms.console().message(module + "002E FILE '" + fn + " " + ft + " " + mode + "' NOT FOUND");
        }
        return found;
    }

    /** Punches a file's records (with the :READ card first when {@code header}). */
    private static int punchFile(CmsSession cms, String module, Disks.Found file, boolean header) {
        Optional<List<String>> lines = FileIo.readLines(file);
        if (lines.isEmpty()) {
            return cms.fail(100, module + "104S ERROR READING FILE '" + file.file().fileId() + "' FROM DISK");
        }
        String card = String.format(":READ  %-8s %-8s %c%d", file.file().fileName(), file.file().fileType(),
                file.disk().mode(), file.file().modeNumber());
        return punchLines(cms, module, header ? card : null, lines.get());
    }

    /** Punches lines as cards, after a control card when there is one. */
    static int punchLines(CmsSession cms, String module, String controlCard, List<String> lines) {
        UnitRecord units = cms.unitRecord();
        if (controlCard != null && !units.punch(Supervisor.EBCDIC.encode(controlCard), controlCard.length())) {
            return cms.fail(100, module + "113S PUNCH (00D) NOT ATTACHED");
        }
        for (String l : lines) {
            byte[] record = Supervisor.EBCDIC.encode(l);
            if (!units.punch(record, record.length)) {
                return cms.fail(100, module + "113S PUNCH (00D) NOT ATTACHED");
            }
        }
        return 0;
    }

    /** CLOSE the device with the file's name; CP's response (PUN FILE nnnn TO …) is shown when {@code show}. */
    private static int close(CmsSession cms, int device, Disks.Found file, boolean show) {
        CpResponse closed = cms.cp(String.format("CLOSE %03X NAME %s %s", device, file.file().fileName(),
                file.file().fileType()));
        if (show) {
            closed.lines().forEach(cms.console()::line);
        }
        return closed.returnCode();
    }

    /** PRINT fn ft [fm] [(CC HEADER]: CC takes column 1 as ASA carriage control. */
    static int print(CmsSession cms, CommandLine line) {
        Optional<Disks.Found> file = input(cms, "DMSPRT", line);
        if (file.isEmpty()) {
            return 28;
        }
        Optional<List<String>> lines = FileIo.readLines(file.get());
        if (lines.isEmpty()) {
            return cms.fail(100, "DMSPRT104S ERROR READING FILE '" + file.get().file().fileId() + "' FROM DISK");
        }
        UnitRecord units = cms.unitRecord();
        boolean carriageControl = line.hasOption("CC", 2);
        List<String> out = new ArrayList<>();
        if (line.hasOption("HEADER", 3)) {
            out.add((carriageControl ? "1" : "") + file.get().file().fileId());
        }
        out.addAll(lines.get());
        for (String l : out) {
            if (!printLine(units, l, carriageControl)) {
                return cms.fail(100, "DMSPRT113S PRINTER (00E) NOT ATTACHED");
            }
        }
        return closeUnlessInBatchJob(cms, UnitRecord.PRINTER, file.get());
    }

    /** One line; with (CC its first character is ASA carriage control. */
    private static boolean printLine(UnitRecord units, String text, boolean carriageControl) {
        byte[] bytes = Supervisor.EBCDIC.encode(text.length() < 2 ? text + "  " : text);
        int length = Math.min(bytes.length, carriageControl ? 133 : 132);
        return carriageControl ? units.printAsa(bytes[0], bytes, 1, length - 1)
                : units.write(UnitRecord.PRINTER, UnitRecord.WRITE_SPACE_1, bytes, 0, length);
    }

    /** READCARD fn ft [fm] | READCARD *: the next reader file onto disk. */
    static int readCard(CmsSession cms, CommandLine line) {
        String fn = line.operand(0, "*");
        if (!fn.equals("*") && line.operands().size() < 2) {
            return cms.fail(24, "DMSRDC054E INCOMPLETE FILEID SPECIFIED");
        }
        UnitRecord.Header header = cms.unitRecord().nextFile();
        if (header == null) {
            return cms.fail(8, "DMSRDC109E NO FILES IN READER");
        }
        String target = fn.equals("*") ? null : fn + " " + line.operands().get(1) + " " + line.operand(2, "A1");
        DeckReader deck = new DeckReader(cms, "DMSRDC", target, null, true);
        return deck.read();
    }

    /** RECEIVE [spoolid] [fn ft [fm]] [(REPLACE]: a file sent with SENDFILE or PUNCH onto disk. */
    static int receive(CmsSession cms, CommandLine line) {
        List<String> o = line.operands();
        int at = 0;
        UnitRecord units = cms.unitRecord();
        if (!o.isEmpty() && o.getFirst().matches("\\d{1,4}")) {
            if (!units.select(Integer.parseInt(o.getFirst()))) {
                return cms.fail(28, "DMSRCV002E SPOOL FILE " + o.getFirst() + " NOT IN YOUR READER");
            }
            at = 1;
        } else if (!o.isEmpty() && o.getFirst().equals("*")) {
            at = 1;
        }
        UnitRecord.Header header = units.nextFile();
        if (header == null) {
            return cms.fail(8, "DMSRCV109E NO FILES IN READER");
        }
        String target = o.size() > at + 1 ? o.get(at) + " " + o.get(at + 1) + " " + (o.size() > at + 2 ? o.get(at + 2)
                : "A1") : null;
        String named = target != null ? target : header.fileName().isEmpty() ? null
                : header.fileName() + " " + header.fileType() + " A1";
        if (named != null && !line.hasOption("REPLACE", 3)) {
            String[] p = named.split(" ");
            if (cms.disks().find(p[0], p[1], p[2].substring(0, 1)).isPresent()) {
                keep(cms, header.spoolId());
                return cms.fail(28, "DMSRCV024E FILE '" + named + "' ALREADY EXISTS -- SPECIFY 'REPLACE'");
            }
        }
        DeckReader deck = new DeckReader(cms, "DMSRCV", target, named, false);
        int rc = deck.read();
        for (String written : deck.written()) {
            cms.console().line("File " + written + " received from " + header.origin());
        }
        return rc;
    }

    /** Leaves a reader file as it was: closed with HOLD, then released again. */
    private static void keep(CmsSession cms, int spoolId) {
        cms.cp(String.format("CLOSE %03X HOLD", UnitRecord.READER));
        cms.cp(String.format("CHANGE READER %d NOHOLD", spoolId));
    }

    /** SENDFILE fn ft [fm] [TO] userid: punched to the user's reader with a :READ card. */
    static int sendFile(CmsSession cms, CommandLine line) {
        List<String> o = new ArrayList<>(line.operands());
        o.remove("TO");
        int at = o.indexOf("AT");
        int fileWords = at > 0 ? at - 1 : o.size() - 1;
        if (fileWords < 2) {
            return cms.fail(24, "DMSSND054E INCOMPLETE FILEID SPECIFIED");
        }
        Recipient recipient = Recipient.parse(o.subList(fileWords, o.size())).getFirst();
        String mode = fileWords > 2 ? o.get(2) : "*";
        Optional<Disks.Found> file = FileIo.validMode(mode) ? cms.disks().find(o.get(0), o.get(1), mode)
                : Optional.empty();
        if (file.isEmpty()) {
            return cms.fail(28, "DMSSND002E FILE '" + o.get(0) + " " + o.get(1) + " " + mode + "' NOT FOUND");
        }
        CpResponse spooled = recipient.spoolPunch(cms);
        if (spooled.returnCode() != 0) {
            spooled.lines().forEach(cms.console()::line);
            recipient.releasePunch(cms);
            return spooled.returnCode();
        }
        try {
            int rc = punchFile(cms, "DMSSND", file.get(), true);
            if (rc != 0) {
                cms.cp(String.format("CLOSE %03X PURGE", UnitRecord.PUNCH));
                return rc;
            }
            rc = close(cms, UnitRecord.PUNCH, file.get(), false);
            if (rc == 0) {
                cms.console().line("File '" + file.get().file().fileId() + "' sent to " + recipient);
            }
            return rc;
        } finally {
            recipient.releasePunch(cms);
        }
    }

    /** TELL userid [AT node] text: a message, through RSCS when the user is on another node. */
    static int tell(CmsSession cms, CommandLine line) {
        List<String> o = line.operands();
        if (o.isEmpty()) {
            return cms.fail(24, "DMSTLL054E NO USERID SPECIFIED");
        }
        boolean remote = o.size() > 2 && o.get(1).equalsIgnoreCase("AT");
        Recipient recipient = Recipient.parse(o.subList(0, remote ? 3 : 1)).getFirst();
        String[] words = line.text().strip().split("\\s+", remote ? 4 : 2);
        String text = words.length > (remote ? 3 : 1) ? words[remote ? 3 : 1] : "";
        CpResponse result = recipient.tell(cms, text);
        result.lines().forEach(cms.console()::line);
        return result.returnCode();
    }

    /** RDRLIST in line mode: CP's list of the reader's files. */
    static int readerList(CmsSession cms, CommandLine line) {
        CpResponse result = cms.cp("QUERY READER ALL");
        result.lines().forEach(cms.console()::line);
        return result.returnCode();
    }

    /** PEEK [spoolid] [(FOR n]: shows a reader file's first records and leaves it in the reader. */
    static int peek(CmsSession cms, CommandLine line) {
        UnitRecord units = cms.unitRecord();
        if (!line.operands().isEmpty() && !units.select(FileCommands.number(line.operands().getFirst()))) {
            return cms.fail(28, "DMSPEK002E SPOOL FILE " + line.operands().getFirst() + " NOT IN YOUR READER");
        }
        UnitRecord.Header header = units.nextFile();
        if (header == null) {
            return cms.fail(8, "DMSPEK109E NO FILES IN READER");
        }
        int limit = line.optionValue("FOR", 3) == null ? 200 : FileCommands.number(line.optionValue("FOR", 3));
        byte[] record = new byte[256];
        int shown = Math.min(Math.max(limit, 0), header.records() - 1);
        cms.console().line(String.format("SPOOL FILE %04d FROM %s: %s %s (%d RECORDS)", header.spoolId(),
                header.origin(), header.fileName(), header.fileType(), header.records()));
        for (int i = 0; i < shown; i++) {
            int n = units.readRecord(record);
            if (n < 0) {
                break;
            }
            cms.console().line(Supervisor.EBCDIC.decode(record, 0, Math.min(n, record.length)).stripTrailing());
        }
        keep(cms, header.spoolId());
        return 0;
    }
}
