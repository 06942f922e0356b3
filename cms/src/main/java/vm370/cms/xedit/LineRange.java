package vm370.cms.xedit;

/**
 * The lines a target reaches from the current line, as line-range subcommands (CHANGE, DELETE,
 * COPY, SORT, PUT...) use it: from the current line up to, not including, the target line
 * (or upward to just after it); Top and End of File are not lines. Empty when first > last.
 */
record LineRange(int first, int last, boolean backward, String rest) {

    int count() {
        return Math.max(0, last - first + 1);
    }

    boolean empty() {
        return first > last;
    }

    /** The range of the target at the start of {@code operands} (blank: the current line); null when reported bad. */
    static LineRange of(Editor e, EditFile f, String operands) {
        String s = operands.strip();
        Target target;
        String rest;
        if (s.isEmpty()) {
            target = new Target.Relative(1);
            rest = "";
        } else {
            Targets.Parsed p = Targets.parse(s, f.settings);
            if (p == null) {
                e.fail(Editor.RC_INVALID, XeditMessage.INVALID_OPERAND, s);
                return null;
            }
            target = p.target();
            rest = p.rest();
        }
        return of(e, f, target, rest);
    }

    static LineRange of(Editor e, EditFile f, Target target, String rest) {
        int from = f.current();
        if (target instanceof Target.Relative r) {
            if (r.count() == 0) {
                return new LineRange(1, 0, false, rest);
            }
            int to = f.step(from, r.count() > 0 ? r.count() - 1 : r.count() + 1);
            return r.count() > 0 ? clamp(f, from, to, false, rest) : clamp(f, to, from, true, rest);
        }
        int to = Targets.find(f, target, from);
        if (to == Targets.NOT_FOUND) {
            e.fail(Editor.RC_NOT_FOUND, XeditMessage.TARGET_NOT_FOUND);
            return null;
        }
        return to >= from ? clamp(f, from, to - 1, false, rest) : clamp(f, to + 1, from, true, rest);
    }

    private static LineRange clamp(EditFile f, int first, int last, boolean backward, String rest) {
        return new LineRange(Math.max(first, 1), Math.min(last, f.size()), backward, rest);
    }
}
