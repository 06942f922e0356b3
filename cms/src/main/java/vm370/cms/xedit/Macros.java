package vm370.cms.xedit;

import java.util.List;
import java.util.Locale;
import vm370.cms.rexx.Rexx;

/**
 * XEDIT macros: REXX EXECs of filetype XEDIT, run with ADDRESS XEDIT as their initial environment
 * (through {@link MacroHost}), found when a word is not a subcommand (or through MACRO); the
 * PROFILE XEDIT macro at start; COMMAND (a subcommand, never a macro); EXTRACT for macros.
 */
final class Macros {

    /** Macros calling macros deeper than this are stopped: a macro calling itself would never end. */
    private static final int MAX_DEPTH = 32;

    private Macros() {
    }

    /** COMMAND subcommand: runs it as a subcommand even when a macro has the same name. */
    static int command(Editor e, String operands) {
        String c = operands.strip();
        if (c.isEmpty()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        return e.run(c);
    }

    /** MACRO name [arguments]: runs a macro even when a subcommand has the same name. */
    static int macro(Editor e, String operands) {
        String[] parts = operands.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        Integer rc = run(e, parts[0], parts.length > 1 ? parts[1] : "");
        return rc != null ? rc : e.fail(Editor.RC_UNKNOWN, XeditMessage.MACRO_NOT_FOUND, parts[0].toUpperCase(Locale.ROOT));
    }

    /** A word that is no subcommand: a macro if there is one, else a CMS command (IMPCMSCP), else unknown. */
    static int userMacroOrCms(Editor e, String word, String arguments, String whole) {
        Integer rc = run(e, word, arguments);
        if (rc != null) {
            return rc;
        }
        int cms = e.host().cmsCommand(whole);
        if (cms != vm370.cms.rexx.RexxHost.COMMAND_NOT_FOUND) {
            return cms;
        }
        return e.fail(Editor.RC_UNKNOWN, XeditMessage.UNKNOWN_COMMAND, word.toUpperCase(Locale.ROOT));
    }

    /** Runs PROFILE XEDIT when a disk has it. */
    static void profile(Editor e) {
        run(e, "PROFILE", "");
    }

    /** Runs macro {@code name XEDIT}; its return code, or null when there is no such macro. */
    private static Integer run(Editor e, String name, String arguments) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.length() > 8 || !vm370.cms.fs.FileId.valid(upper)) {
            return null;
        }
        if (!(e.files().read(new FileRef(upper, "XEDIT", "*")) instanceof FileStore.Read.Found found)) {
            return null;
        }
        String source = String.join("\n", found.lines());
        if (!Rexx.isRexx(source)) {
            return e.fail(Editor.RC_UNKNOWN, XeditMessage.NOT_REXX, upper);
        }
        if (e.macroDepth() >= MAX_DEPTH) {
            return e.fail(Editor.RC_UNKNOWN, XeditMessage.INVALID_OPERAND, "macros nested too deep");
        }
        e.enterMacro();
        try {
            Rexx.Outcome outcome = Rexx.run(new MacroHost(e, e.host().rexx()), upper, source, List.of(arguments));
            return switch (outcome) {
                case Rexx.Outcome.Completed c -> returnCode(c.value());
                case Rexx.Outcome.Failed f -> -f.error();
            };
        } finally {
            e.leaveMacro();
        }
    }

    private static int returnCode(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notNumeric) {
            return 0;
        }
    }

    static int extractOutsideMacro(Editor e, String operands) {
        return e.fail(Editor.RC_INVALID, XeditMessage.MACRO_ONLY);
    }

    /**
     * EXTRACT /name/name.../: sets {@code name.0} to the number of values and {@code name.1}... to
     * them, for each setting named; the delimiter is the first character.
     */
    static int extract(Editor e, String operands, vm370.cms.rexx.VariablePool variables) {
        String s = operands.strip();
        if (s.length() < 2) {
            return e.fail(Editor.RC_INVALID, XeditMessage.MISSING_OPERAND);
        }
        char delimiter = s.charAt(0);
        for (String word : s.substring(1).split(java.util.regex.Pattern.quote(String.valueOf(delimiter)))) {
            if (word.isBlank()) {
                continue;
            }
            List<String> values = SetCommand.values(e, word.strip());
            if (values == null) {
                return e.fail(Editor.RC_INVALID, XeditMessage.INVALID_SET, word.strip().toUpperCase(Locale.ROOT));
            }
            String stem = SetCommand.name(word.strip());
            variables.set(stem + ".0", Integer.toString(values.size()));
            for (int i = 0; i < values.size(); i++) {
                variables.set(stem + "." + (i + 1), values.get(i));
            }
        }
        return Editor.RC_OK;
    }
}
