package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.DiskLayout;
import vm370.cms.fs.DiskUsage;
import vm370.cms.fs.FilePattern;
import vm370.cms.fs.FsResult;

/**
 * ACCESS, RELEASE, FORMAT and QUERY DISK / QUERY SEARCH, with VM/370's messages and return codes.
 * @vm370 DMSACC, DMSARE, DMSFOR, DMSQRY
 */
final class DiskCommands {

    private static final String QUERY_DISK_HEADER =
            "LABEL  CUU M  STAT  CYL TYPE BLKSIZE  FILES  BLKS USED-(%) BLKS LEFT  BLK TOTAL";

    private DiskCommands() {
    }

    /** A virtual address operand: 1-4 hex digits; -1 when it is not one. */
    static int address(String operand) {
        return operand.matches("[0-9A-F]{1,4}") ? Integer.parseInt(operand, 16) : -1;
    }

    private static boolean modeLetter(String operand) {
        return operand.length() == 1 && operand.charAt(0) >= 'A' && operand.charAt(0) <= 'Z';
    }

    /** ACCESS [cuu [mode[/ext] [fn [ft]]]] [(NOPROF]: defaults 191 A. */
    static int access(CmsSession cms, CommandLine line) {
        for (String option : line.options()) {
            if (!CommandLine.abbreviates(option, "NOPROF", 6) && !CommandLine.abbreviates(option, "ERASE", 5)) {
                return cms.fail(24, "DMSACC003E INVALID OPTION '" + option + "'");
            }
        }
        int address = address(line.operand(0, "191"));
        if (address < 0) {
            return cms.fail(24, "DMSACC070E INVALID PARAMETER '" + line.operand(0, "") + "'");
        }
        String target = line.operand(1, "A");
        String[] parts = target.split("/", -1);
        if (!modeLetter(parts[0]) || parts.length > 2 || (parts.length == 2 && !modeLetter(parts[1]))) {
            return cms.fail(24, "DMSACC048E INVALID MODE '" + target + "'");
        }
        char parent = parts.length == 2 ? parts[1].charAt(0) : ' ';
        FilePattern filter = line.operands().size() > 2
                ? FilePattern.of(line.operands().get(2), line.operand(3, "*")) : null;
        int rc = cms.disks().access(address, parts[0].charAt(0), parent, filter, true);
        if (rc == 0 && line.hasOption("ERASE", 5)) {
            AccessedDisk disk = cms.disks().get(parts[0].charAt(0)).orElseThrow();
            if (!disk.readOnly() && !disk.list(FilePattern.ALL).isEmpty()) {
                disk.disk().erase(FilePattern.ALL);
            }
        }
        return rc;
    }

    /** RELEASE mode|cuu [(DET]. */
    static int release(CmsSession cms, CommandLine line) {
        if (line.operands().isEmpty()) {
            return cms.fail(24, "DMSARE017E NO DEVICE SPECIFIED");
        }
        String operand = line.operands().getFirst();
        Optional<AccessedDisk> disk = modeLetter(operand) ? cms.disks().get(operand.charAt(0))
                : address(operand) >= 0 ? cms.disks().at(address(operand)) : Optional.empty();
        if (disk.isEmpty()) {
            return cms.fail(36, "DMSARE069E DISK '" + operand + "' NOT ACCESSED");
        }
        cms.disks().release(disk.get().mode());
        if (line.hasOption("DET", 3)) {
            cms.cp("DETACH " + disk.get().cuu()).lines().forEach(cms.console()::line);
        }
        return 0;
    }

    /** FORMAT cuu mode [(BLKSIZE n]: the 603R and 605R dialogue, then an empty EDF disk. */
    static int format(CmsSession cms, CommandLine line) {
        if (line.operands().size() < 2) {
            return cms.fail(24, "DMSFOR017E NO DEVICE SPECIFIED");
        }
        int address = address(line.operands().get(0));
        if (address < 0) {
            return cms.fail(24, "DMSFOR070E INVALID PARAMETER '" + line.operands().get(0) + "'");
        }
        String modeText = line.operands().get(1);
        if (!modeLetter(modeText) || "ABCDEFGYZ".indexOf(modeText.charAt(0)) < 0) {
            return cms.fail(24, "DMSFOR048E INVALID MODE '" + modeText + "'");
        }
        int blockSize = blockSize(line.optionValue("BLKSIZE", 3));
        if (blockSize < 0) {
            return cms.fail(24, "DMSFOR070E INVALID PARAMETER '" + line.optionValue("BLKSIZE", 3) + "'");
        }
        char mode = modeText.charAt(0);
        String cuu = String.format("%03X", address);
        Minidisks minidisks = cms.disks().minidisks();
        if (!(minidisks.probe(address) instanceof Minidisks.Probe.Dasd dasd)) {
            return cms.fail(100, String.format("DMSFOR113S %c (%s) NOT ATTACHED", mode, cuu));
        }
        if (dasd.readOnly()) {
            return cms.fail(36, "DMSFOR037E DISK '" + mode + "' IS READ/ONLY");
        }
        cms.console().message(String.format(
                "DMSFOR603R FORMAT WILL ERASE ALL FILES ON DISK '%c(%s)'.  DO YOU WISH TO CONTINUE? (YES|NO):",
                mode, cuu));
        String answer = cms.nextInputLine();
        if (answer == null || !answer.strip().equalsIgnoreCase("YES")) {
            cms.console().message("DMSFOR705I DISK REMAINS UNCHANGED");
            return 0;
        }
        cms.console().message("DMSFOR605R ENTER DISK LABEL:");
        String label = Optional.ofNullable(cms.nextInputLine()).orElse("").strip().toUpperCase(Locale.ROOT);
        label = label.length() > 6 ? label.substring(0, 6) : label;
        cms.console().message("DMSFOR733I FORMATTING DISK '" + mode + "'");
        cms.disks().flush();
        cms.disks().release(mode);
        cms.disks().at(address).ifPresent(d -> cms.disks().release(d.mode()));
        DiagnoseBlockDevice device = minidisks.prepare(address, dasd, blockSize);
        if (device == null) {
            return cms.fail(100, String.format("DMSFOR112S %c (%s) DEVICE ERROR", mode, cuu));
        }
        FsResult<CmsDisk> formatted = CmsDisk.format(device, label, 0, mode, cms.clock());
        if (!(formatted instanceof FsResult.Done<CmsDisk>(CmsDisk disk))) {
            return cms.fail(100, String.format("DMSFOR112S %c (%s) DEVICE ERROR", mode, cuu));
        }
        cms.disks().put(new AccessedDisk(mode, address, device, disk, ' ', null), false);
        String size = dasd.layout() == DiskLayout.CKD ? "'" + dasd.cylinders() + "' CYLINDERS"
                : "'" + (long) device.blockCount() * device.blockSize() / 512 + "' BLOCKS";
        cms.console().message(String.format("DMSFOR732I %s FORMATTED ON DISK '%c(%s)'", size, mode, cuu));
        return 0;
    }

    /** BLKSIZE operand: 512, 1024/1K, 2048/2K, 4096/4K; 4096 when absent; -1 when invalid. */
    private static int blockSize(String value) {
        if (value == null) {
            return 4096;
        }
        return switch (value) {
            case "512" -> 512;
            case "1024", "1K" -> 1024;
            case "2048", "2K" -> 2048;
            case "4096", "4K" -> 4096;
            default -> -1;
        };
    }

    /** QUERY DISK [mode|*]: VM/SP's columns. */
    static int queryDisk(CmsSession cms, String which) {
        List<AccessedDisk> disks = new ArrayList<>();
        if (which.equals("*")) {
            disks.addAll(cms.disks().searchOrder());
        } else {
            Optional<AccessedDisk> one = cms.disks().get(which.charAt(0));
            if (one.isEmpty()) {
                return cms.fail(36, "DMSQRY069E DISK '" + which + "' NOT ACCESSED");
            }
            disks.add(one.get());
        }
        cms.console().line(QUERY_DISK_HEADER);
        for (AccessedDisk d : disks) {
            cms.console().line(diskLine(cms, d));
        }
        return 0;
    }

    private static String diskLine(CmsSession cms, AccessedDisk d) {
        DiskUsage u = d.disk().usage();
        String mode = d.parent() == ' ' ? String.valueOf(d.mode()) : d.mode() + "/" + d.parent();
        String type = typeName(cms, d);
        // Each number ends under the end of its heading, so that the line fits the 3270's 79 columns.
        return String.format("%-6s %s %-3s %-3s%5d %-4s%8d%7d%12d-%02d%10d%11d", u.volser(), d.cuu(), mode,
                d.readOnly() ? "R/O" : "R/W", u.cylinders(), type, u.blockSize(), u.files(), u.blocksUsed(),
                u.percentFull(), u.blocksLeft(), u.blocksTotal());
    }

    private static String typeName(CmsSession cms, AccessedDisk d) {
        Minidisks.Probe probe = cms.disks().minidisks().probeType(d.address());
        return probe instanceof Minidisks.Probe.Dasd dasd && dasd.geometry() != null
                ? dasd.geometry().typeName() : "????";
    }

    /** QUERY SEARCH: the disks in search order. */
    static int querySearch(CmsSession cms) {
        for (AccessedDisk d : cms.disks().searchOrder()) {
            String mode = d.parent() == ' ' ? String.valueOf(d.mode()) : d.mode() + "/" + d.parent();
            cms.console().line(String.format("%-6s %s %-3s %s", d.disk().label().volser(), d.cuu(), mode,
                    d.readOnly() ? "R/O" : "R/W"));
        }
        return 0;
    }
}
