package vm370.cms.nucleus;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FilePattern;
import vm370.cms.fs.FileStatus;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;

/**
 * LISTFILE, TYPE, ERASE, RENAME, STATE and ESTATE over the accessed disks, with CMS's file-id
 * defaults, patterns ({@code *}, {@code %}) and messages.
 * @vm370 DMSLST, DMSTYP, DMSERS, DMSRNM, DMSSTT
 */
final class FileCommands {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String LABEL_HEADER = "Filename Filetype Fm  Format    Recs Blocks    Date     Time   Label";
    private static final String DATE_HEADER = "Filename Filetype Fm  Format    Recs Blocks    Date     Time";

    private FileCommands() {
    }

    /** One file in the search order, with the disk it was found on. */
    record Listed(AccessedDisk disk, FileStatus file) {
    }

    /** Files matching {@code fn ft fm} on the disks the mode names (* for all), in search order. */
    static List<Listed> matching(CmsSession cms, String fileName, String fileType, String mode) {
        List<Listed> out = new ArrayList<>();
        int number = FileIo.modeNumber(mode, -1);
        FilePattern pattern = new FilePattern(fileName, fileType, number);
        for (AccessedDisk d : cms.disks().searchOrder()) {
            if (mode.charAt(0) == '*' || d.mode() == mode.charAt(0) || d.parent() == mode.charAt(0)) {
                for (FileStatus f : d.list(pattern)) {
                    out.add(new Listed(d, f));
                }
            }
        }
        return out;
    }

    /** LISTFILE [fn [ft [fm]]] [(LABEL|DATE|FORMAT|EXEC|STACK [FIFO|LIFO]|HEADER|NOHEADER]. */
    static int listFile(CmsSession cms, CommandLine line) {
        String mode = line.operand(2, "A");
        if (!FileIo.validMode(mode)) {
            return cms.fail(24, "DMSLST048E INVALID MODE '" + mode + "'");
        }
        if (mode.charAt(0) != '*' && cms.disks().get(mode.charAt(0)).isEmpty()) {
            return cms.fail(36, "DMSLST069E DISK '" + mode.charAt(0) + "' NOT ACCESSED");
        }
        List<Listed> files = matching(cms, line.operand(0, "*"), line.operand(1, "*"), mode);
        if (files.isEmpty()) {
            return cms.fail(28, "DMSLST002E FILE NOT FOUND");
        }
        boolean label = line.hasOption("LABEL", 3);
        boolean dated = label || line.hasOption("DATE", 1) || line.hasOption("FORMAT", 1);
        if (line.hasOption("EXEC", 1)) {
            return writeListExec(cms, files);
        }
        if (line.hasOption("STACK", 3)) {
            boolean lifo = line.hasOption("LIFO", 4);
            for (Listed l : files) {
                String entry = shortLine(l.file());
                if (lifo) {
                    cms.stack().push(entry);
                } else {
                    cms.stack().queue(entry);
                }
            }
            return 0;
        }
        if (dated && !line.hasOption("NOHEADER", 3)) {
            cms.console().line(label ? LABEL_HEADER : DATE_HEADER);
        }
        for (Listed l : files) {
            cms.console().line(dated ? longLine(l, label) : shortLine(l.file()));
        }
        return 0;
    }

    private static String shortLine(FileStatus f) {
        return String.format("%-8s %-8s %c%d", f.fileName(), f.fileType(), f.modeLetter(), f.modeNumber());
    }

    private static String longLine(Listed l, boolean label) {
        FileStatus f = l.file();
        String text = String.format("%-8s %-8s %c%d  %s%6d%7d%7d  %s   %s", f.fileName(), f.fileType(),
                f.modeLetter(), f.modeNumber(), f.format().name(), f.lrecl(), f.records(), f.dataBlocks(),
                DATE.format(f.written()), TIME.format(f.written()));
        return label ? text + "  " + l.disk().disk().label().volser() : text;
    }

    /** LISTFILE (EXEC: CMS EXEC A1 with one line {@code  &1 &2 fn ft fm} per file. */
    private static int writeListExec(CmsSession cms, List<Listed> files) {
        CmsResult<AccessedDisk> target = FileIo.writableDisk(cms, "DMSLST", "A");
        if (!(target instanceof CmsResult.Done<AccessedDisk>(AccessedDisk disk))) {
            return cms.fail(target.failure());
        }
        List<String> lines = new ArrayList<>();
        for (Listed l : files) {
            lines.add(String.format(" &1 &2 %s %s %c%d", l.file().fileName(), l.file().fileType(),
                    l.file().modeLetter(), l.file().modeNumber()));
        }
        FsCode code = FileIo.writeLines(disk, FileId.of("CMS", "EXEC"), RecordFormat.F, 80, lines);
        return code == FsCode.OK ? 0 : cms.fail(code.commandReturnCode(),
                FileIo.writeError("DMSLST", code, "CMS EXEC A1", 'A'));
    }

    /** TYPE fn ft [fm [first [last]]]: the file's records on the terminal. */
    static int type(CmsSession cms, CommandLine line) {
        if (line.operands().size() < 2) {
            return cms.fail(24, line.operands().isEmpty() ? "DMSTYP054E INCOMPLETE FILEID SPECIFIED"
                    : "DMSTYP054E INCOMPLETE FILEID SPECIFIED");
        }
        String fn = line.operands().get(0);
        String ft = line.operands().get(1);
        String mode = line.operand(2, "*");
        if (!FileIo.validMode(mode)) {
            return cms.fail(24, "DMSTYP048E INVALID MODE '" + mode + "'");
        }
        Optional<Disks.Found> found = cms.disks().find(fn, ft, mode);
        if (found.isEmpty()) {
            return cms.fail(28, "DMSTYP002E FILE '" + fn + " " + ft + " " + mode + "' NOT FOUND");
        }
        int first = number(line.operand(3, "1"));
        int last = line.operand(4, "*").equals("*") ? Integer.MAX_VALUE : number(line.operand(4, "*"));
        if (first < 1 || last < 1) {
            return cms.fail(24, "DMSTYP070E INVALID PARAMETER '" + line.operand(first < 1 ? 3 : 4, "") + "'");
        }
        FsResult<RecordReader> opened = found.get().disk().disk().openReader(fn, ft);
        if (!(opened instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
            return cms.fail(100, "DMSTYP104S ERROR '" + opened.code().readReturnCode() + "' READING FILE '" + fn
                    + " " + ft + " " + found.get().disk().mode() + "' FROM DISK");
        }
        byte[] record = new byte[Math.max(1, reader.status().lrecl())];
        int records = reader.status().records();
        for (int n = first; n <= Math.min(last, records); n++) {
            FsCode code = n == first ? reader.read(n, record) : reader.read(record);
            if (code != FsCode.OK) {
                return cms.fail(100, "DMSTYP104S ERROR '" + code.readReturnCode() + "' READING FILE '" + fn + " "
                        + ft + " " + found.get().disk().mode() + "' FROM DISK");
            }
            cms.console().line(Supervisor.EBCDIC.decode(record, 0, reader.length()).stripTrailing());
        }
        return 0;
    }

    static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** ERASE fn ft [fm]: patterns allowed; {@code * *} needs a mode letter and number. */
    static int erase(CmsSession cms, CommandLine line) {
        if (line.operands().size() < 2) {
            return cms.fail(24, "DMSERS054E INCOMPLETE FILEID SPECIFIED");
        }
        String fn = line.operands().get(0);
        String ft = line.operands().get(1);
        String mode = line.operand(2, "A");
        if (!FileIo.validMode(mode) || (fn.equals("*") && ft.equals("*") && (mode.length() < 2
                || mode.charAt(0) == '*'))) {
            return cms.fail(24, "DMSERS048E INVALID MODE '" + mode + "'");
        }
        List<Listed> victims = matching(cms, fn, ft, mode);
        if (victims.isEmpty()) {
            return cms.fail(28, "DMSERS002E FILE '" + fn + " " + ft + " " + mode + "' NOT FOUND");
        }
        for (Listed v : victims) {
            if (v.disk().readOnly()) {
                return cms.fail(36, "DMSERS037E DISK '" + v.disk().mode() + "' IS READ/ONLY");
            }
        }
        for (Listed v : victims) {
            FsResult<Integer> erased = v.disk().disk().erase(
                    new FilePattern(v.file().fileName(), v.file().fileType(), v.file().modeNumber()));
            if (erased instanceof FsResult.Failed<Integer> failed && failed.code() != FsCode.FILE_NOT_FOUND) {
                return cms.fail(failed.code().commandReturnCode(),
                        FileIo.writeError("DMSERS", failed.code(), v.file().fileId(), v.disk().mode()));
            }
        }
        return 0;
    }

    /** RENAME fn ft fm fn2 ft2 fm2: {@code =} keeps the old part; the disk stays the same. */
    static int rename(CmsSession cms, CommandLine line) {
        if (line.operands().size() < 6) {
            return cms.fail(24, "DMSRNM054E INCOMPLETE FILEID SPECIFIED");
        }
        List<String> o = line.operands();
        String fm = o.get(2);
        if (!FileIo.validMode(fm) || fm.charAt(0) == '*') {
            return cms.fail(24, "DMSRNM048E INVALID MODE '" + fm + "'");
        }
        String fn2 = o.get(3).equals("=") ? o.get(0) : o.get(3);
        String ft2 = o.get(4).equals("=") ? o.get(1) : o.get(4);
        String fm2 = o.get(5).equals("=") ? fm : o.get(5);
        if (!FileIo.validMode(fm2) || fm2.charAt(0) != fm.charAt(0)) {
            return cms.fail(24, "DMSRNM048E INVALID MODE '" + fm2 + "'");
        }
        Optional<Disks.Found> found = cms.disks().find(o.get(0), o.get(1), fm);
        if (found.isEmpty()) {
            return cms.fail(28, "DMSRNM002E FILE '" + o.get(0) + " " + o.get(1) + " " + fm + "' NOT FOUND");
        }
        Optional<FileId> to = FileId.parse(fn2, ft2, FileIo.modeNumber(fm2, found.get().file().modeNumber()));
        if (to.isEmpty()) {
            return cms.fail(24, "DMSRNM070E INVALID PARAMETER '" + fn2 + " " + ft2 + "'");
        }
        AccessedDisk disk = found.get().disk();
        FsCode code = disk.disk().rename(o.get(0), o.get(1), to.get());
        return switch (code) {
            case OK -> 0;
            case FILE_EXISTS -> cms.fail(28, "DMSRNM024E FILE '" + fn2 + " " + ft2 + " " + fm2 + "' ALREADY EXISTS");
            default -> cms.fail(code.commandReturnCode(), FileIo.writeError("DMSRNM", code,
                    fn2 + " " + ft2 + " " + fm2, disk.mode()));
        };
    }

    /** STATE / ESTATE fn ft [fm]: rc 0 when the file exists (patterns allowed). */
    static int state(CmsSession cms, CommandLine line) {
        if (line.operands().size() < 2) {
            return cms.fail(24, "DMSSTT054E INCOMPLETE FILEID SPECIFIED");
        }
        String mode = line.operand(2, "*");
        if (!FileIo.validMode(mode)) {
            return cms.fail(24, "DMSSTT048E INVALID MODE '" + mode + "'");
        }
        if (matching(cms, line.operands().get(0), line.operands().get(1), mode).isEmpty()) {
            return cms.fail(28, "DMSSTT002E FILE '" + line.operands().get(0) + " " + line.operands().get(1) + " "
                    + mode + "' NOT FOUND");
        }
        return 0;
    }
}
