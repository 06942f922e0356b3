package vm370.cms.xedit;

/**
 * CHANGE /string1/string2/ [target [n [p]]]: in each line of the target's range, changes n
 * occurrences ({@code *}: all) of string1 in the zone, starting with the p-th, to string2. Any
 * character that is not a letter, digit or blank may delimit the strings.
 */
final class Change {

    /** CHANGE's two strings, as the file's case and hex settings made them. */
    record Replacement(String from, String to) { }

    private Change() {
    }

    static int change(Editor e, String operands) {
        EditFile f = e.file();
        String s = operands.strip();
        if (s.isEmpty()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        char delimiter = s.charAt(0);
        if (Character.isLetterOrDigit(delimiter)) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, s);
        }
        int second = s.indexOf(delimiter, 1);
        if (second < 0) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        int third = s.indexOf(delimiter, second + 1);
        String from = s.substring(1, second);
        String to = third < 0 ? s.substring(second + 1) : s.substring(second + 1, third);
        if (f.settings.hex) {
            from = Strings.hexOrText(from);
            to = Strings.hexOrText(to);
            if (from == null || to == null) {
                return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, s);
            }
        }
        if (!f.settings.hex) {
            from = e.caseOf(f, from);
            to = e.caseOf(f, to);
        }
        e.rememberChange(new Replacement(from, to));
        String[] words = third < 0 ? new String[0] : s.substring(third + 1).strip().split("\\s+");
        LineRange range = LineRange.of(e, f, words.length > 0 && !words[0].isEmpty() ? words[0] : "");
        if (range == null) {
            return Editor.RC_INVALID;
        }
        Integer occurrences = words.length > 1 ? Navigation.count(e, words[1], 1) : Integer.valueOf(1);
        Integer start = words.length > 2 ? Navigation.count(e, words[2], 1) : Integer.valueOf(1);
        if (occurrences == null || start == null) {
            return Editor.RC_INVALID;
        }
        if (words.length > 3) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, words[3]);
        }
        return apply(e, f, range, from, to, occurrences, Math.max(start, 1));
    }

    private static int apply(Editor e, EditFile f, LineRange range, String from, String to, int occurrences, int start) {
        int changes = 0;
        int lines = 0;
        boolean truncated = false;
        int last = f.current();
        boolean ignore = !f.settings.caseRespect;
        int zoneLeft = f.settings.zoneLeft - 1;
        int limit = FileSettings.column(f.settings.trunc, f.lrecl());
        StringBuilder out = new StringBuilder();
        for (int i = range.first(); i <= range.last(); i++) {
            if (!f.inScope(i)) {
                continue;
            }
            String text = f.text(i);
            int zoneRight = Math.min(text.length(), FileSettings.column(f.settings.zoneRight, Integer.MAX_VALUE - 1));
            int n = changeLine(text, from, to, zoneLeft, zoneRight, occurrences, start, ignore, out);
            if (n > 0) {
                String changed = out.toString();
                truncated |= EditFile.stripTrailing(changed).length() > limit;
                f.replace(i, changed);
                e.alter(f);
                changes += n;
                lines++;
                last = i;
            }
        }
        if (!f.settings.stay && !range.empty()) {
            f.setCurrent(range.backward() ? range.first() : range.last());
        }
        if (changes == 0) {
            return e.fail(Editor.RC_NO_CHANGE, XeditMessage.NOT_FOUND);
        }
        if (truncated) {
            e.fail(3, XeditMessage.TRUNCATED);
        }
        if (range.count() > 1) {
            e.message(XeditMessage.CHANGED.format(changes, lines));
        }
        return truncated ? 3 : Editor.RC_OK;
    }

    /**
     * SCHANGE n, the selective change (XEDIT's PF5 is SCHANGE 6, n naming the key that retrieves the
     * CHANGE; here the last CHANGE is remembered, so n is only checked). With the cursor on an
     * occurrence of the last CHANGE's string1, that occurrence is changed; either way the next one
     * after the cursor becomes current with the cursor on it: press the key again to change it, or
     * move the cursor past it to skip it.
     */
    static int selective(Editor e, String operands) {
        String n = operands.strip();
        if (!n.isEmpty() && !(n.chars().allMatch(Character::isDigit) && n.length() <= 2
                && Integer.parseInt(n) >= 1 && Integer.parseInt(n) <= 24)) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, n);
        }
        Replacement last = e.lastChange();
        if (last == null || last.from().isEmpty()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.NO_PREVIOUS);
        }
        EditFile f = e.file();
        boolean ignore = !f.settings.caseRespect;
        int line = e.cursorLine();
        int after;
        if (line >= 1 && line <= f.size() && f.inScope(line)
                && f.text(line).regionMatches(ignore, e.cursorColumn() - 1, last.from(), 0, last.from().length())) {
            int at = e.cursorColumn() - 1;
            String text = f.text(line);
            f.replace(line, text.substring(0, at) + last.to() + text.substring(at + last.from().length()));
            e.alter(f);
            after = at + last.to().length();
        } else if (line >= 1 && line <= f.size()) {
            after = e.cursorColumn();
        } else {
            line = f.current();
            after = f.settings.zoneLeft - 1;
        }
        int zoneLeft = f.settings.zoneLeft - 1;
        for (int i = Math.max(line, 1), from = Math.max(after, zoneLeft); i <= f.size(); i++, from = zoneLeft) {
            if (!f.inScope(i)) {
                continue;
            }
            int zoneRight = Math.min(f.text(i).length(), FileSettings.column(f.settings.zoneRight, Integer.MAX_VALUE - 1));
            int hit = Strings.indexOf(f.text(i), last.from(), from, zoneRight, ignore);
            if (hit >= 0) {
                f.setCurrent(i);
                e.requestCursor(i, hit + 1);
                return Editor.RC_OK;
            }
        }
        return e.fail(Editor.RC_NOT_FOUND, XeditMessage.NOT_FOUND);
    }

    /** Changes occurrences in one line into {@code out}; returns how many (0: {@code out} is meaningless). */
    private static int changeLine(String text, String from, String to, int zoneLeft, int zoneRight, int occurrences,
            int start, boolean ignore, StringBuilder out) {
        if (from.isEmpty()) {
            if (zoneLeft > text.length()) {
                return 0;
            }
            out.setLength(0);
            out.append(text, 0, zoneLeft).append(to).append(text, zoneLeft, text.length());
            return 1;
        }
        int found = 0;
        int changed = 0;
        int at = zoneLeft;
        int copied = 0;
        out.setLength(0);
        while (changed < occurrences) {
            int hit = Strings.indexOf(text, from, at, zoneRight, ignore);
            if (hit < 0) {
                break;
            }
            found++;
            if (found >= start) {
                out.append(text, copied, hit).append(to);
                copied = hit + from.length();
                changed++;
            }
            at = hit + from.length();
        }
        if (changed > 0) {
            out.append(text, copied, text.length());
        }
        return changed;
    }
}
