package vm370.cp.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vm370.cp.command.CommandResponse;
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.vm.VirtualMachine;

/**
 * The CP commands that belong to the terminal: TERMINAL (also as SET TERMINAL; LINEND, LINEDEL,
 * CHARDEL, ESCAPE, MORE, HOLD) and QUERY TERMINAL; the operator's ENABLE and DISABLE of the
 * terminals, SET LOGMSG, and SEND (a line or a CP command to a disconnected user's console).
 * @vm370 DMKCFT
 */
final class ConsoleCommands {

    private final ConsoleSessions sessions;

    ConsoleCommands(ConsoleSessions sessions) {
        this.sessions = sessions;
    }

    void register(CpCommandProcessor commands) {
        commands.extend("TERMinal", "G", this::terminal);
        commands.extendSet("TERMinal", "G", this::terminal);
        commands.extendQuery("TERMinal", "G", (machine, verb, operands) -> terminal(machine, verb, ""));
        commands.extendSet("LOGmsg", "AB", (machine, verb, operands) -> logmsg(operands));
        commands.extend("SEND", "A", this::send);
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

    /** SET LOGMSG NULL clears the log message; SET LOGMSG nn text sets its line nn (1-20). */
    private CommandResponse logmsg(String operands) {
        String[] words = operands.strip().split("\\s+", 2);
        if (words[0].equalsIgnoreCase("NULL")) {
            sessions.cp().setLogonMessage(List.of());
            return CommandResponse.ok();
        }
        if (!words[0].matches("\\d{1,2}") || Integer.parseInt(words[0]) < 1 || Integer.parseInt(words[0]) > 20) {
            return words[0].isEmpty() ? CommandResponse.failed("DMKCFS026E OPERAND MISSING OR INVALID", 26)
                    : CommandResponse.failed("DMKCFS002E INVALID OPERAND - " + words[0].toUpperCase(Locale.ROOT), 2);
        }
        int line = Integer.parseInt(words[0]);
        List<String> lines = new java.util.ArrayList<>(sessions.cp().logonMessage());
        while (lines.size() < line) {
            lines.add("");
        }
        lines.set(line - 1, words.length > 1 ? words[1] : "");
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        sessions.cp().setLogonMessage(lines);
        return CommandResponse.ok();
    }

    /**
     * SEND [CP] userid text: the text goes to a disconnected user's machine as if typed at its
     * console, or with CP, runs as that user's CP command (its answer goes to that console).
     */
    private CommandResponse send(VirtualMachine issuer, String verb, String operands) {
        boolean cp = operands.strip().toUpperCase(Locale.ROOT).startsWith("CP ");
        int at = cp ? 1 : 0;
        String[] words = operands.strip().split("\\s+", at + 2);
        if (words.length <= at || words[at].isEmpty()) {
            return CommandResponse.failed("DMKCPV020E USERID MISSING OR INVALID", 20);
        }
        String userid = words[at].toUpperCase(Locale.ROOT);
        VirtualMachine target = sessions.cp().machine(userid).orElse(null);
        if (target == null) {
            return CommandResponse.failed("DMKCPV045E " + userid + " NOT LOGGED ON", 45);
        }
        if (target.connected()) {
            return CommandResponse.failed("DMKCPV057W " + userid + " NOT RECEIVING; CONNECTED", 57);
        }
        String text = words.length > at + 1 ? words[at + 1] : "";
        if (cp) {
            Thread.ofVirtual().name("send-" + userid).start(() -> target.call(() -> {
                sessions.commands().execute(target, text).lines().forEach(target::consoleLine);
                return null;
            }));
        } else {
            target.typed(text);
        }
        return CommandResponse.ok();
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
