package vm370.cms.xedit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.cms.rexx.ProgramStack;
import vm370.cms.rexx.RexxHost;
import vm370.cms.rexx.VariablePool;

/**
 * The REXX host a macro runs on: ADDRESS XEDIT (its initial environment) goes to the editor,
 * EXTRACT sets the macro's variables, SAY goes to the message lines; other environments, the
 * stack, external routines and host functions go to CMS's host when there is one.
 */
final class MacroHost implements RexxHost {

    private final Editor editor;
    private final RexxHost outer;
    private final ProgramStack stack;

    MacroHost(Editor editor, RexxHost outer) {
        this.editor = editor;
        this.outer = outer;
        this.stack = outer != null ? outer.stack() : new ProgramStack();
    }

    @Override
    public void say(String line) {
        editor.message(line);
    }

    @Override
    public void traceOutput(String line) {
        editor.message(line);
    }

    @Override
    public String readTerminal() {
        return outer != null ? outer.readTerminal() : null;
    }

    @Override
    public ProgramStack stack() {
        return stack;
    }

    @Override
    public int command(String environment, String command, VariablePool variables) {
        if (!environment.equalsIgnoreCase("XEDIT")) {
            return outer != null ? outer.command(environment, command, variables) : COMMAND_NOT_FOUND;
        }
        if (editor.finished()) {
            return COMMAND_NOT_FOUND;
        }
        String c = command.strip();
        String word = c.split("\\s+|/", 2)[0].toUpperCase(Locale.ROOT);
        if (word.length() >= 3 && "EXTRACT".startsWith(word)) {
            return Macros.extract(editor, c.substring(word.length()), variables);
        }
        return editor.run(c);
    }

    @Override
    public String initialEnvironment() {
        return "XEDIT";
    }

    @Override
    public Optional<ExternalProgram> findExternal(String name, String callerName) {
        return outer != null ? outer.findExternal(name, callerName) : Optional.empty();
    }

    @Override
    public Optional<String> callFunction(String name, List<String> arguments) {
        return outer != null ? outer.callFunction(name, arguments) : Optional.empty();
    }

    @Override
    public String userId() {
        return outer != null ? outer.userId() : RexxHost.super.userId();
    }

    @Override
    public boolean haltRequested() {
        return outer != null && outer.haltRequested();
    }
}
