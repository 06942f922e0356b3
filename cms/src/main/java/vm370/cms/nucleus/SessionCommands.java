package vm370.cms.nucleus;

import java.util.Optional;

/**
 * The commands about the session itself: EXEC, CP, SET and QUERY (IMPEX, IMPCP, DISK, SEARCH; other
 * operands go to CP as CMS passes them), and the stack commands MAKEBUF, DROPBUF, DESBUF, SENTRIES.
 * @vm370 DMSQRY, DMSSET, DMSEXT
 */
final class SessionCommands {

    private SessionCommands() {
    }

    /** EXEC fn [arguments]: runs fn EXEC from the search order. */
    static int exec(CmsSession cms, CommandLine line) {
        if (line.operands().isEmpty()) {
            return cms.fail(24, "DMSEXT054E NO FILENAME SPECIFIED");
        }
        String name = line.operands().getFirst();
        Optional<Disks.Found> found = cms.disks().find(name, "EXEC", "*");
        if (found.isEmpty()) {
            return cms.fail(28, "DMSEXT001E FILE '" + name + " EXEC' NOT FOUND");
        }
        String text = line.text().strip();
        int blank = text.indexOf(' ');
        return cms.runExec(found.get(), blank < 0 ? "" : text.substring(blank + 1));
    }

    /** CP command: DIAGNOSE 08, the response on the terminal, CP's return code. */
    static int cp(CmsSession cms, CommandLine line) {
        if (line.text().isBlank()) {
            return cms.fail(24, "DMSCPF054E NO CP COMMAND SPECIFIED");
        }
        CpResponse result = cms.cp(line.text());
        result.lines().forEach(cms.console()::line);
        return result.returnCode();
    }

    /** SET IMPEX|IMPCP ON|OFF. */
    static int set(CmsSession cms, CommandLine line) {
        String what = line.operand(0, "");
        String value = line.operand(1, "");
        if (!value.equals("ON") && !value.equals("OFF")) {
            return cms.fail(24, "DMSSET070E INVALID PARAMETER '" + value + "'");
        }
        switch (what) {
            case "IMPEX" -> cms.setImpliedExec(value.equals("ON"));
            case "IMPCP" -> cms.setImpliedCp(value.equals("ON"));
            default -> {
                return cms.fail(24, "DMSSET014E INVALID FUNCTION '" + what + "'");
            }
        }
        return 0;
    }

    /** QUERY DISK, SEARCH, IMPEX, IMPCP, CMSLEVEL; any other operand is CP's QUERY. */
    static int query(CmsSession cms, CommandLine line) {
        String what = line.operand(0, "");
        switch (what) {
            case "DISK" -> {
                String which = line.operand(1, "A");
                return DiskCommands.queryDisk(cms, which.equals("MAX") ? "*" : which);
            }
            case "SEARCH" -> {
                return DiskCommands.querySearch(cms);
            }
            case "IMPEX" -> cms.console().line("IMPEX = " + (cms.impliedExec() ? "ON" : "OFF"));
            case "IMPCP" -> cms.console().line("IMPCP = " + (cms.impliedCp() ? "ON" : "OFF"));
            case "CMSLEVEL" -> cms.console().line(Cms.VERSION);
            case "" -> {
                return cms.fail(24, "DMSQRY054E NO FUNCTION SPECIFIED");
            }
            default -> {
                CpResponse result = cms.cp("QUERY " + line.text());
                result.lines().forEach(cms.console()::line);
                return result.returnCode();
            }
        }
        return 0;
    }

    /** MAKEBUF: a new buffer on the stack; the return code is its number. */
    static int makeBuffer(CmsSession cms, CommandLine line) {
        return cms.stack().makeBuffer();
    }

    /** DROPBUF [n]: buffer n and newer ones go, with their lines. */
    static int dropBuffer(CmsSession cms, CommandLine line) {
        int n = line.operands().isEmpty() ? 0 : FileCommands.number(line.operands().getFirst());
        if (n < 0) {
            return cms.fail(24, "DMSDBF070E INVALID PARAMETER '" + line.operands().getFirst() + "'");
        }
        cms.stack().dropBuffer(n);
        return 0;
    }

    /** DESBUF: clears the program stack and every buffer. */
    static int dropAllBuffers(CmsSession cms, CommandLine line) {
        cms.stack().dropBuffer(1);
        while (cms.stack().pull() != null) {
            // the lines below the first buffer go too
        }
        return 0;
    }

    /** SENTRIES: the return code is the number of lines on the stack. */
    static int stackEntries(CmsSession cms, CommandLine line) {
        return cms.stack().queued();
    }
}
