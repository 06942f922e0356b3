package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.RecordFormat;

/**
 * EDIT fn ft [fm]: the line-mode context editor. Edit mode takes subcommands (INPUT, TOP, BOTTOM,
 * NEXT, UP, TYPE, LOCATE, CHANGE, DELETE, REPLACE, INSERT, SAVE, FILE, QUIT); a null line or INPUT
 * enters input mode, where lines are added after the current line until a null line. New files are
 * RECFM F LRECL 80, existing ones keep their format.
 * @vm370 DMSEDI
 */
final class Editor {

    private final CmsSession cms;
    private final List<String> lines;
    private String fileName;
    private String fileType;
    private String mode;
    private RecordFormat format;
    private int lrecl;
    /** The current line, 1-origin; 0 is the top of file (before the first line). */
    private int current;

    private Editor(CmsSession cms, List<String> lines, String fileName, String fileType, String mode,
            RecordFormat format, int lrecl) {
        this.cms = cms;
        this.lines = lines;
        this.fileName = fileName;
        this.fileType = fileType;
        this.mode = mode;
        this.format = format;
        this.lrecl = lrecl;
    }

    static int run(CmsSession cms, CommandLine line) {
        if (line.operands().size() < 2) {
            return cms.fail(24, "DMSEDI054E INCOMPLETE FILEID SPECIFIED");
        }
        String fn = line.operands().get(0);
        String ft = line.operands().get(1);
        String mode = line.operand(2, "A1");
        if (!FileIo.validMode(mode) || FileId.parse(fn, ft, 1).isEmpty()) {
            return cms.fail(24, "DMSEDI048E INVALID MODE '" + mode + "'");
        }
        Optional<Disks.Found> found = cms.disks().find(fn, ft, mode.charAt(0) == '*' ? "*" : mode);
        Editor editor;
        if (found.isPresent()) {
            Optional<List<String>> text = FileIo.readLines(found.get());
            if (text.isEmpty()) {
                return cms.fail(100, "DMSEDI104S ERROR READING FILE '" + fn + " " + ft + " " + mode + "' FROM DISK");
            }
            List<String> lines = new ArrayList<>();
            text.get().forEach(l -> lines.add(l.stripTrailing()));
            editor = new Editor(cms, lines, fn, ft, String.valueOf(found.get().disk().mode())
                    + found.get().file().modeNumber(), found.get().file().format(), found.get().file().lrecl());
        } else {
            cms.console().line("NEW FILE:");
            editor = new Editor(cms, new ArrayList<>(), fn, ft, mode.charAt(0) == '*' ? "A1" : mode,
                    RecordFormat.F, 80);
        }
        return editor.edit();
    }

    private int edit() {
        cms.console().line("EDIT:");
        while (true) {
            String input = cms.nextInputLine();
            if (input == null) {
                return 0;
            }
            if (input.isEmpty()) {
                input();
                continue;
            }
            Integer result = subcommand(input);
            if (result != null) {
                return result;
            }
        }
    }

    /** One edit-mode subcommand; the command's return code when it ends the edit session, else null. */
    private Integer subcommand(String input) {
        String text = input.strip();
        int blank = text.indexOf(' ');
        String verb = (blank < 0 ? text : text.substring(0, blank)).toUpperCase(Locale.ROOT);
        String operand = blank < 0 ? "" : text.substring(blank + 1);
        switch (verb) {
            case "INPUT", "I" -> {
                if (operand.isEmpty()) {
                    input();
                } else {
                    insert(operand);
                }
            }
            case "TOP", "T" -> {
                current = 0;
                cms.console().line("TOF:");
            }
            case "BOTTOM", "B" -> {
                current = lines.size();
                show();
            }
            case "NEXT", "N", "DOWN", "D" -> move(count(operand, 1));
            case "UP", "U" -> move(-count(operand, 1));
            case "TYPE", "P", "PRINT" -> type(count(operand, 1));
            case "LOCATE", "L" -> locate(operand);
            case "CHANGE", "C" -> change(operand);
            case "DELETE", "DEL" -> delete(count(operand, 1));
            case "REPLACE", "R" -> replace(operand);
            case "SAVE" -> {
                return save(operand) ? null : 0;
            }
            case "FILE", "FF" -> {
                return save(operand) ? 0 : null;
            }
            case "QUIT", "QQUIT", "Q", "QQ" -> {
                return 0;
            }
            default -> cms.console().line("?EDIT: " + text);
        }
        return null;
    }

    private void input() {
        cms.console().line("INPUT:");
        while (true) {
            String line = cms.nextInputLine();
            if (line == null || line.isEmpty()) {
                cms.console().line("EDIT:");
                return;
            }
            insert(line);
        }
    }

    private void insert(String line) {
        lines.add(current, line);
        current++;
    }

    private static int count(String operand, int fallback) {
        String o = operand.strip();
        if (o.equals("*")) {
            return Integer.MAX_VALUE / 2;
        }
        int n = FileCommands.number(o);
        return n < 0 ? fallback : n;
    }

    private void move(int by) {
        long target = (long) current + by;
        if (target > lines.size()) {
            current = lines.size();
            cms.console().line("EOF:");
            return;
        }
        current = (int) Math.max(0, target);
        show();
    }

    private void show() {
        cms.console().line(current == 0 ? "TOF:" : lines.get(current - 1));
    }

    private void type(int n) {
        if (current == 0) {
            cms.console().line("TOF:");
            current = lines.isEmpty() ? 0 : 1;
            n--;
        }
        for (int i = 0; i < n && current <= lines.size() && current > 0; i++) {
            cms.console().line(lines.get(current - 1));
            if (i + 1 < n) {
                if (current == lines.size()) {
                    cms.console().line("EOF:");
                    return;
                }
                current++;
            }
        }
    }

    private void locate(String operand) {
        String target = delimited(operand).orElse(operand);
        for (int i = current; i < lines.size(); i++) {
            if (lines.get(i).contains(target)) {
                current = i + 1;
                show();
                return;
            }
        }
        cms.console().line("DMSEDI546E TARGET NOT FOUND");
        cms.console().line("EOF:");
        current = lines.size();
    }

    /** The string between the first delimiter and the next one: /abc/ gives abc. */
    private static Optional<String> delimited(String operand) {
        String o = operand.strip();
        if (o.length() < 2) {
            return Optional.empty();
        }
        int end = o.indexOf(o.charAt(0), 1);
        return Optional.of(end < 0 ? o.substring(1) : o.substring(1, end));
    }

    /** CHANGE /old/new/ [n|*]: in n lines from the current one. */
    private void change(String operand) {
        String o = operand.strip();
        if (o.length() < 3 || current == 0) {
            cms.console().line("DMSEDI545E MISSING OPERAND(S)");
            return;
        }
        char d = o.charAt(0);
        String[] parts = o.substring(1).split(java.util.regex.Pattern.quote(String.valueOf(d)), -1);
        if (parts.length < 2) {
            cms.console().line("DMSEDI545E MISSING OPERAND(S)");
            return;
        }
        int n = parts.length > 2 ? count(parts[2], 1) : 1;
        boolean any = false;
        for (int i = current - 1; i < lines.size() && i < current - 1 + n; i++) {
            String before = lines.get(i);
            String after = n > 1 ? before.replace(parts[0], parts[1]) : before.replaceFirst(
                    java.util.regex.Pattern.quote(parts[0]), java.util.regex.Matcher.quoteReplacement(parts[1]));
            if (!after.equals(before)) {
                lines.set(i, after);
                cms.console().line(after);
                any = true;
            }
        }
        if (!any) {
            cms.console().line("DMSEDI546E TARGET NOT FOUND");
        }
    }

    private void delete(int n) {
        if (current == 0) {
            current = 1;
        }
        for (int i = 0; i < n && current <= lines.size(); i++) {
            lines.remove(current - 1);
        }
        if (current > lines.size()) {
            current = lines.size();
            cms.console().line("EOF:");
        }
    }

    private void replace(String text) {
        if (current == 0) {
            insert(text);
            return;
        }
        lines.set(current - 1, text);
    }

    /** SAVE / FILE [fn [ft [fm]]]: writes the file; false (after the message) when it could not be written. */
    private boolean save(String operand) {
        CommandLine ids = new CommandLine("FILE", operand);
        fileName = ids.operand(0, fileName);
        fileType = ids.operand(1, fileType);
        mode = ids.operand(2, mode);
        CmsResult<AccessedDisk> target = FileIo.writableDisk(cms, "DMSEDI", mode);
        if (!(target instanceof CmsResult.Done<AccessedDisk>(AccessedDisk disk))) {
            cms.console().message(target.failure().message());
            return false;
        }
        Optional<FileId> id = FileId.parse(fileName, fileType, FileIo.modeNumber(mode, 1));
        if (id.isEmpty()) {
            cms.console().message("DMSEDI070E INVALID PARAMETER '" + fileName + " " + fileType + "'");
            return false;
        }
        FsCode code = FileIo.writeLines(disk, id.get(), format, lrecl, lines);
        if (code != FsCode.OK) {
            cms.console().message(FileIo.writeError("DMSEDI", code, fileName + " " + fileType + " " + mode,
                    disk.mode()));
            return false;
        }
        return true;
    }
}
