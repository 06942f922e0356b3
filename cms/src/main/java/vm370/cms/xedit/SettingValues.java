package vm370.cms.xedit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.cms.fs.FileId;
import vm370.cms.fs.RecordFormat;

/** SET's setters for each {@link Setting}, and the values some settings compute. */
final class SettingValues {

    private SettingValues() {
    }

    private static String[] words(String operands) {
        String s = operands.strip().toUpperCase(Locale.ROOT);
        return s.isEmpty() ? new String[0] : s.split("\\s+");
    }

    private static int bad(Editor e, String operands) {
        return e.fail(Editor.RC_INVALID, operands.isBlank() ? XeditMessage.MISSING_OPERAND : XeditMessage.INVALID_OPERAND,
                operands.strip());
    }

    /** ON or OFF; null (reported) otherwise. */
    private static Boolean onOff(Editor e, String operands) {
        String[] w = words(operands);
        if (w.length == 1 && (w[0].equals("ON") || w[0].equals("OFF"))) {
            return w[0].equals("ON");
        }
        bad(e, operands);
        return null;
    }

    /** A column number or {@code *}; null when neither. */
    private static Integer column(String word) {
        if (word.equals("*")) {
            return FileSettings.STAR;
        }
        if (word.isEmpty() || word.length() > 5 || !word.chars().allMatch(Character::isDigit) || Integer.parseInt(word) < 1) {
            return null;
        }
        return Integer.parseInt(word);
    }

    static int caseSet(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        if (w.length < 1 || w.length > 2 || !("MIXED".startsWith(w[0]) || "UPPERCASE".startsWith(w[0]))
                || (w.length == 2 && !("RESPECT".startsWith(w[1]) || "IGNORE".startsWith(w[1])))) {
            return bad(e, operands);
        }
        f.settings.caseUpper = w[0].startsWith("U");
        if (w.length == 2) {
            f.settings.caseRespect = w[1].startsWith("R");
        }
        return Editor.RC_OK;
    }

    static int zone(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        Integer left = w.length == 2 ? column(w[0]) : null;
        Integer right = w.length == 2 ? column(w[1]) : null;
        if (left == null || right == null || left == FileSettings.STAR || right < left) {
            return bad(e, operands);
        }
        f.settings.zoneLeft = left;
        f.settings.zoneRight = right;
        return Editor.RC_OK;
    }

    static int trunc(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        Integer t = w.length == 1 ? column(w[0]) : null;
        if (t == null || (t != FileSettings.STAR && t > f.lrecl())) {
            return bad(e, operands);
        }
        f.settings.trunc = t;
        return Editor.RC_OK;
    }

    static int verify(Editor e, EditFile f, String operands) {
        List<String> w = new ArrayList<>(List.of(words(operands)));
        if (!w.isEmpty() && (w.get(0).equals("ON") || w.get(0).equals("OFF"))) {
            w.remove(0);
        }
        if (w.isEmpty()) {
            return Editor.RC_OK;
        }
        Integer left = w.size() == 2 ? column(w.get(0)) : null;
        Integer right = w.size() == 2 ? column(w.get(1)) : null;
        if (left == null || right == null || left == FileSettings.STAR || right < left) {
            return bad(e, operands);
        }
        f.settings.verifyLeft = left;
        f.settings.verifyRight = right;
        f.setFirstShown(left);
        return Editor.RC_OK;
    }

    static int number(Editor e, EditFile f, String operands) {
        Boolean on = onOff(e, operands);
        return on == null ? Editor.RC_INVALID : ok(() -> f.settings.number = on);
    }

    static int wrap(Editor e, EditFile f, String operands) {
        Boolean on = onOff(e, operands);
        return on == null ? Editor.RC_INVALID : ok(() -> f.settings.wrap = on);
    }

    static int hex(Editor e, EditFile f, String operands) {
        Boolean on = onOff(e, operands);
        return on == null ? Editor.RC_INVALID : ok(() -> f.settings.hex = on);
    }

    static int stay(Editor e, EditFile f, String operands) {
        Boolean on = onOff(e, operands);
        return on == null ? Editor.RC_INVALID : ok(() -> f.settings.stay = on);
    }

    /** SCOPE ALL or DISPLAY (abbreviated to one letter or more). */
    static int scope(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        if (w.length == 1 && "ALL".startsWith(w[0])) {
            return ok(() -> f.settings.scopeAll = true);
        }
        if (w.length == 1 && "DISPLAY".startsWith(w[0])) {
            return ok(() -> f.settings.scopeAll = false);
        }
        return bad(e, operands);
    }

    private static int ok(Runnable change) {
        change.run();
        return Editor.RC_OK;
    }

    static int prefix(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        if (w.length < 1 || w.length > 2 || !List.of("ON", "OFF", "NULLS").contains(w[0])
                || (w.length == 2 && !List.of("LEFT", "RIGHT").contains(w[1]))) {
            return bad(e, operands);
        }
        f.settings.prefix = w[0];
        if (w.length == 2) {
            f.settings.prefixRight = w[1].equals("RIGHT");
        }
        return Editor.RC_OK;
    }

    static int cmdline(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        if (w.length != 1 || !List.of("ON", "OFF", "TOP", "BOTTOM").contains(w[0])) {
            return bad(e, operands);
        }
        f.settings.cmdline = w[0].equals("ON") ? "BOTTOM" : w[0];
        return Editor.RC_OK;
    }

    /** CURLINE ON M | ON n | ON M+n | ON M-n: the screen row of the current line. */
    static int curline(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        String spec = w.length == 2 && w[0].equals("ON") ? w[1] : w.length == 1 ? w[0] : null;
        if (spec == null || !spec.matches("M|M[+-]\\d{1,2}|\\d{1,2}")) {
            return bad(e, operands);
        }
        f.settings.curline = spec;
        return Editor.RC_OK;
    }

    static int serial(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        if (w.length < 1 || w.length > 3) {
            return bad(e, operands);
        }
        if (w[0].equals("OFF")) {
            f.settings.serial = null;
            return Editor.RC_OK;
        }
        Integer increment = w.length > 1 ? column(w[1]) : Integer.valueOf(10);
        Integer start = w.length > 2 ? column(w[2]) : increment;
        if (increment == null || start == null || increment == FileSettings.STAR || start == FileSettings.STAR || w[0].length() > 4) {
            return bad(e, operands);
        }
        String id = w[0].equals("ON") ? f.ref().fileName().substring(0, Math.min(3, f.ref().fileName().length())) : w[0];
        f.settings.serial = id;
        f.settings.serialIncrement = increment;
        f.settings.serialStart = start;
        return Editor.RC_OK;
    }

    static int autosave(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        if (w.length == 1 && w[0].equals("OFF")) {
            f.settings.autosave = 0;
            return Editor.RC_OK;
        }
        Integer n = w.length == 1 ? column(w[0]) : null;
        if (n == null || n == FileSettings.STAR) {
            return bad(e, operands);
        }
        f.settings.autosave = n;
        return Editor.RC_OK;
    }

    static int lrecl(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        Integer n = w.length == 1 ? column(w[0]) : null;
        if (n == null || n == FileSettings.STAR || n > 65535) {
            return bad(e, operands);
        }
        f.setLrecl(n);
        return Editor.RC_OK;
    }

    static int recfm(Editor e, EditFile f, String operands) {
        String[] w = words(operands);
        RecordFormat format = w.length == 1 ? Setting.format(w[0]) : null;
        if (format == null) {
            return bad(e, operands);
        }
        f.setFormat(format);
        return Editor.RC_OK;
    }

    static int fname(Editor e, EditFile f, String operands) {
        return rename(e, f, operands, 0);
    }

    static int ftype(Editor e, EditFile f, String operands) {
        return rename(e, f, operands, 1);
    }

    static int fmode(Editor e, EditFile f, String operands) {
        return rename(e, f, operands, 2);
    }

    private static int rename(Editor e, EditFile f, String operands, int part) {
        String[] w = words(operands);
        String[] id = {f.ref().fileName(), f.ref().fileType(), f.ref().fileMode()};
        if (w.length != 1 || (part < 2 && !FileId.valid(w[0]))) {
            return bad(e, operands);
        }
        id[part] = w[0];
        Optional<FileRef> ref = FileRef.parse(String.join(" ", id), f.ref().fileMode());
        if (ref.isEmpty() || ref.get().modeLetter() == '*') {
            return bad(e, operands);
        }
        f.rename(ref.get());
        return Editor.RC_OK;
    }

    /** RING: how many files, then each one's ID line. */
    static List<String> ring(Editor e, EditFile current) {
        List<String> out = new ArrayList<>();
        out.add(Integer.toString(e.ring().size()));
        for (EditFile f : e.ring()) {
            out.add(idLine(f));
        }
        return out;
    }

    /** The ID line's words: fileid, RECFM, LRECL, truncation, size, line, column, ALT. */
    static String idLine(EditFile f) {
        return String.format(Locale.ROOT, "%-8s %-8s %-2s %s %d Trunc=%d Size=%d Line=%d Col=%d Alt=%d",
                f.ref().fileName(), f.ref().fileType(), f.ref().fileMode(), f.format().name(), f.lrecl(),
                FileSettings.column(f.settings.trunc, f.lrecl()), f.size(), f.current(), f.column(), f.alterations());
    }

    /** The text XEDIT shows for the Top or End of File line. */
    static String marker(EditFile f) {
        return f.atTop() ? "* * * Top of File * * *" : "* * * End of File * * *";
    }
}
