package vm370.cp.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vm370.cp.command.CommandResponse;
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.vm.VirtualMachine;

/**
 * The CP commands that belong to the terminal: TERMINAL (LINEND, LINEDEL, CHARDEL, ESCAPE, MORE,
 * HOLD) and its QUERY, and the operator's ENABLE and DISABLE of the terminals.
 * @vm370 DMKCFT
 */
final class ConsoleCommands {

    private final ConsoleSessions sessions;

    ConsoleCommands(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    void register(CpCommandProcessor commands) {
        commands.extend("TERMinal", "G", this::terminal);
        commands.extend("ENable", "AB", (machine, verb, operands) -> enable(operands, true));
        commands.extend("DISAble", "AB", (machine, verb, operands) -> enable(operands, false));
    }

    /** TERMINAL option value, or TERMINAL alone (or QUERY) for the settings now. */
    private CommandResponse terminal(VirtualMachine machine, String verb, String operands) {
        TerminalSession session = sessions.sessionOf(machine);
        List<String> words = operands.isBlank() ? List.of() : Arrays.asList(operands.strip().split("\\s+"));
        if (session == null) {
            return CommandResponse.ok();
        }
        if (words.isEmpty() || words.getFirst().equalsIgnoreCase("QUERY")) {
            return ConsoleSessions.ok(session.settings().query());
        }
        String wrong = session.settings().set(words);
        if (wrong == null) {
            return CommandResponse.ok();
        }
        return wrong.isEmpty() ? CommandResponse.failed("DMKCFT026E OPERAND MISSING OR INVALID", 26)
                : CommandResponse.failed("DMKCFT003E INVALID OPTION - " + wrong.toUpperCase(Locale.ROOT), 3);
    }

    /** ENABLE ALL / DISABLE ALL: whether terminals that connect now get the logo. */
    private CommandResponse enable(String operands, boolean on) {
        String what = operands.strip().toUpperCase(Locale.ROOT);
        if (!what.equals("ALL")) {
            return what.isEmpty() ? CommandResponse.failed("DMKCPV026E OPERAND MISSING OR INVALID", 26)
                    : CommandResponse.failed("DMKCPV002E INVALID OPERAND - " + what, 2);
        }
        sessions.setEnabled(on);
        return CommandResponse.ok();
    }
}
