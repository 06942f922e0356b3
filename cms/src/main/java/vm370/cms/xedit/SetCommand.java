package vm370.cms.xedit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** SET and QUERY: change or show a {@link Setting}, or a PF key (SET PFn text, QUERY PFn). */
final class SetCommand {

    private SetCommand() {
    }

    static int set(Editor e, String operands) {
        String s = operands.strip();
        if (s.isEmpty()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        String[] parts = s.split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1] : "";
        int pf = pfNumber(parts[0]);
        if (pf > 0) {
            e.setPfKey(pf, rest);
            return Editor.RC_OK;
        }
        Optional<Setting> setting = Setting.lookup(parts[0]);
        if (setting.isEmpty() || !setting.get().settable()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_SET, parts[0].toUpperCase(Locale.ROOT));
        }
        return setting.get().set(e, e.file(), rest);
    }

    static int query(Editor e, String operands) {
        String s = operands.strip();
        if (s.isEmpty()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        for (String word : s.split("\\s+")) {
            List<String> values = values(e, word);
            if (values == null) {
                return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_SET, word.toUpperCase(Locale.ROOT));
            }
            e.message(name(word) + " " + String.join(" ", values));
        }
        return Editor.RC_OK;
    }

    /** The values of a setting or PF key as EXTRACT and QUERY give them; null when the word names none. */
    static List<String> values(Editor e, String word) {
        int pf = pfNumber(word);
        if (pf > 0) {
            String text = e.pfKey(pf);
            return List.of(text == null ? "" : text);
        }
        return Setting.lookup(word).map(s -> s.values(e, e.file())).orElse(null);
    }

    /** The name QUERY shows and EXTRACT's stem: the full setting name, or PFn. */
    static String name(String word) {
        int pf = pfNumber(word);
        return pf > 0 ? "PF" + pf : Setting.lookup(word).map(Setting::fullName).orElse(word.toUpperCase(Locale.ROOT));
    }

    /** The key number of {@code PFn} (1-24), or 0. */
    static int pfNumber(String word) {
        String w = word.toUpperCase(Locale.ROOT);
        if (!w.startsWith("PF") || w.length() < 3 || w.length() > 4 || !w.substring(2).chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int n = Integer.parseInt(w.substring(2));
        return n >= 1 && n <= 24 ? n : 0;
    }
}
