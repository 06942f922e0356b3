package vm370.cms.xedit;

import java.util.Locale;

/**
 * Subcommands that move the line and column pointers or change what is displayed: LOCATE and
 * bare targets, TOP, BOTTOM, UP, DOWN/NEXT, FORWARD, BACKWARD, LEFT, RIGHT, RGTLEFT, CLOCATE,
 * FIND, FINDUP and ALL.
 */
final class Navigation {

    private Navigation() {
    }

    /** LOCATE target [subcommand]: the target line becomes current; a subcommand after it then runs. */
    static int locate(Editor e, String operands) {
        EditFile f = e.file();
        if (operands.isBlank()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        Targets.Parsed p = Targets.parse(operands, f.settings);
        if (p == null) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, operands.strip());
        }
        int rc = moveTo(e, f, p.target());
        if (rc == Editor.RC_OK && !p.rest().isBlank()) {
            return e.run(p.rest());
        }
        return rc;
    }

    /** Makes the target's line current: rc 1 when a relative move stopped at Top or End of File, 2 not found. */
    static int moveTo(Editor e, EditFile f, Target target) {
        int to = Targets.find(f, target, f.current());
        if (to == Targets.NOT_FOUND) {
            return e.fail(Editor.RC_NOT_FOUND, XeditMessage.TARGET_NOT_FOUND);
        }
        f.setCurrent(to);
        boolean relative = target instanceof Target.Relative r && Math.abs(r.count()) != Integer.MAX_VALUE;
        return relative && (f.atTop() || f.atEnd()) ? Editor.RC_TOF_EOF : Editor.RC_OK;
    }

    static int top(Editor e, String operands) {
        if (!operands.isBlank()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, operands);
        }
        e.file().setCurrent(0);
        return Editor.RC_OK;
    }

    static int bottom(Editor e, String operands) {
        if (!operands.isBlank()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, operands);
        }
        EditFile f = e.file();
        f.setCurrent(f.size() == 0 ? 0 : f.step(f.size() + 1, -1));
        return Editor.RC_OK;
    }

    static int down(Editor e, String operands) {
        return relative(e, operands, 1);
    }

    static int up(Editor e, String operands) {
        return relative(e, operands, -1);
    }

    private static int relative(Editor e, String operands, int direction) {
        Integer n = count(e, operands, 1);
        if (n == null) {
            return Editor.RC_INVALID;
        }
        return moveTo(e, e.file(), new Target.Relative(n == Integer.MAX_VALUE ? direction * n : direction * n));
    }

    /** A count operand: blank gives {@code otherwise}, {@code *} the largest; null (reported) when invalid. */
    static Integer count(Editor e, String operands, int otherwise) {
        String s = operands.strip();
        if (s.isEmpty()) {
            return otherwise;
        }
        if (s.equals("*")) {
            return Integer.MAX_VALUE;
        }
        if (!s.chars().allMatch(Character::isDigit) || s.length() > 9) {
            e.fail(Editor.RC_INVALID, XeditMessage.INVALID_NUMBER, s);
            return null;
        }
        return Integer.parseInt(s);
    }

    /** FORWARD [n]: n screens down; from End of File it goes round to Top of File. */
    static int forward(Editor e, String operands) {
        return page(e, operands, 1);
    }

    /** BACKWARD [n]: n screens up; from Top of File it goes round to End of File. */
    static int backward(Editor e, String operands) {
        return page(e, operands, -1);
    }

    private static int page(Editor e, String operands, int direction) {
        Integer n = count(e, operands, 1);
        if (n == null) {
            return Editor.RC_INVALID;
        }
        EditFile f = e.file();
        if (direction > 0 && f.atEnd()) {
            f.setCurrent(0);
            return Editor.RC_OK;
        }
        if (direction < 0 && f.atTop()) {
            f.setCurrent(f.size() + 1);
            return Editor.RC_OK;
        }
        long lines = (long) n * Math.max(1, e.pageLines() - 2);
        f.setCurrent(f.step(f.current(), (int) Math.max(-Integer.MAX_VALUE, Math.min(Integer.MAX_VALUE, direction * lines))));
        return f.atTop() || f.atEnd() ? Editor.RC_TOF_EOF : Editor.RC_OK;
    }

    static int left(Editor e, String operands) {
        Integer n = count(e, operands, 1);
        if (n == null) {
            return Editor.RC_INVALID;
        }
        EditFile f = e.file();
        f.setFirstShown(f.firstShown() - Math.min(n, f.firstShown()));
        return Editor.RC_OK;
    }

    static int right(Editor e, String operands) {
        Integer n = count(e, operands, 1);
        if (n == null) {
            return Editor.RC_INVALID;
        }
        EditFile f = e.file();
        f.setFirstShown((int) Math.min(Math.max(f.lrecl(), 1), (long) f.firstShown() + n));
        return Editor.RC_OK;
    }

    /** RGTLEFT [n]: shows the columns to the right (3/4 of a screen by default), or back to column 1. */
    static int rightLeft(Editor e, String operands) {
        Integer n = count(e, operands, e.textColumns() * 3 / 4);
        if (n == null) {
            return Editor.RC_INVALID;
        }
        EditFile f = e.file();
        f.setFirstShown(f.firstShown() == 1 ? 1 + n : 1);
        return Editor.RC_OK;
    }

    /**
     * CLOCATE column-target: {@code :n} a column, {@code +n}/{@code -n} columns away, {@code /string/}
     * the next occurrence after the column pointer (in this line, then the lines after it).
     */
    static int clocate(Editor e, String operands) {
        EditFile f = e.file();
        String s = operands.strip();
        if (s.isEmpty()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        if (s.startsWith(":") || s.startsWith("+") || (s.startsWith("-") && s.length() > 1 && Character.isDigit(s.charAt(1)))) {
            boolean absolute = s.charAt(0) == ':';
            String digits = s.substring(1);
            if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 6) {
                return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, s);
            }
            int n = Integer.parseInt(digits);
            int column = absolute ? n : f.column() + (s.charAt(0) == '-' ? -n : n);
            if (column < 1 || column > Math.max(f.lrecl(), 1)) {
                return e.fail(Editor.RC_NOT_FOUND, XeditMessage.NOT_FOUND);
            }
            f.setColumn(column);
            return Editor.RC_OK;
        }
        boolean backward = s.startsWith("-");
        String body = backward ? s.substring(1) : s;
        if (body.length() < 2 || Character.isLetterOrDigit(body.charAt(0))) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, s);
        }
        char delimiter = body.charAt(0);
        int close = body.indexOf(delimiter, 1);
        String what = close < 0 ? body.substring(1) : body.substring(1, close);
        return backward ? clocateBackward(e, f, what) : clocateForward(e, f, what);
    }

    private static int clocateForward(Editor e, EditFile f, String what) {
        boolean ignore = !f.settings.caseRespect;
        int right = FileSettings.column(f.settings.zoneRight, Integer.MAX_VALUE - 1);
        for (int i = Math.max(f.current(), 1), from = f.atTop() ? 0 : f.column(); i <= f.size(); i++, from = f.settings.zoneLeft - 1) {
            int at = Strings.indexOf(f.text(i), what, Math.max(from, f.settings.zoneLeft - 1), right, ignore);
            if (at >= 0 && f.inScope(i)) {
                f.setCurrent(i);
                f.setColumn(at + 1);
                return Editor.RC_OK;
            }
        }
        return e.fail(Editor.RC_NOT_FOUND, XeditMessage.NOT_FOUND);
    }

    private static int clocateBackward(Editor e, EditFile f, String what) {
        boolean ignore = !f.settings.caseRespect;
        int right = FileSettings.column(f.settings.zoneRight, Integer.MAX_VALUE - 1);
        int before = f.column() - 1;
        for (int i = Math.min(f.current(), f.size()); i >= 1; i--, before = Integer.MAX_VALUE - 1) {
            int at = Strings.lastIndexOf(f.text(i), what, f.settings.zoneLeft - 1, right, before, ignore);
            if (at >= 0 && f.inScope(i)) {
                f.setCurrent(i);
                f.setColumn(at + 1);
                return Editor.RC_OK;
            }
        }
        return e.fail(Editor.RC_NOT_FOUND, XeditMessage.NOT_FOUND);
    }

    /** FIND text: the next line that begins with text (blank matches anything, underscore a blank). */
    static int find(Editor e, String operands) {
        return find(e, operands, 1);
    }

    static int findUp(Editor e, String operands) {
        return find(e, operands, -1);
    }

    private static int find(Editor e, String operands, int direction) {
        if (operands.isEmpty()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        EditFile f = e.file();
        boolean ignore = !f.settings.caseRespect;
        for (int i = f.current() + direction; i >= 1 && i <= f.size(); i += direction) {
            if (f.inScope(i) && begins(f.text(i), operands, f.settings.zoneLeft - 1, ignore)) {
                f.setCurrent(i);
                return Editor.RC_OK;
            }
        }
        return e.fail(Editor.RC_NOT_FOUND, XeditMessage.TARGET_NOT_FOUND);
    }

    private static boolean begins(String text, String pattern, int at, boolean ignore) {
        for (int k = 0; k < pattern.length(); k++) {
            char p = pattern.charAt(k);
            char t = at + k < text.length() ? text.charAt(at + k) : ' ';
            boolean ok = p == ' ' || (p == '_' ? t == ' ' : ignore ? Character.toUpperCase(p) == Character.toUpperCase(t) : p == t);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** ALL [target]: only the lines the string target matches stay displayed; ALL alone shows every line again. */
    static int all(Editor e, String operands) {
        EditFile f = e.file();
        if (operands.isBlank()) {
            for (int i = 1; i <= f.size(); i++) {
                f.exclude(i, false);
            }
            return Editor.RC_OK;
        }
        Targets.Parsed p = Targets.parse(operands, f.settings);
        if (p == null || !(p.target() instanceof Target.Search s) || !p.rest().isBlank()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, operands.strip().toUpperCase(Locale.ROOT));
        }
        int shown = 0;
        int first = f.size() + 1;
        for (int i = 1; i <= f.size(); i++) {
            boolean match = Targets.matches(f, s, f.text(i));
            f.exclude(i, !match);
            if (match) {
                shown++;
                first = Math.min(first, i);
            }
        }
        if (shown == 0) {
            for (int i = 1; i <= f.size(); i++) {
                f.exclude(i, false);
            }
            return e.fail(Editor.RC_NOT_FOUND, XeditMessage.TARGET_NOT_FOUND);
        }
        f.setCurrent(first);
        e.message(XeditMessage.NO_LINES_EXCLUDED.format(shown));
        return Editor.RC_OK;
    }
}
