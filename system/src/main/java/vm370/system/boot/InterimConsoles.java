package vm370.system.boot;

import vm370.cp.ControlProgram;
import vm370.cp.command.CommandResponse;
import vm370.cp.command.CpCommands;
import vm370.cp.vm.ConsoleOutput;
import vm370.cp.vm.VirtualMachine;
import vm370.terminals.TerminalHandler;

/**
 * The consoles until CP's terminal side (logo, logon, the 3270 console) is wired in: the operator's
 * line-mode console (the operator logged on, each line a CP command) and a terminal handler that
 * turns terminals away.
 */
final class InterimConsoles {

    private final ControlProgram cp;
    private final CpCommands commands;

    InterimConsoles(ControlProgram cp, CpCommands commands) {
        this.cp = cp;
        this.commands = commands;
    }

    TerminalHandler handler() {
        return terminal -> { };
    }

    /** Logs the configured operator on with its console on {@code out}. */
    OperatorConsole operatorConsole(ConsoleOutput out) {
        VirtualMachine machine = switch (cp.logon(cp.config().operator())) {
            case ControlProgram.Logon.Created created -> created.machine();
            case ControlProgram.Logon.AlreadyLoggedOn already -> already.machine();
            case ControlProgram.Logon.NotInDirectory missing ->
                    throw new IllegalStateException("operator: " + missing.userid() + " (expected: in the CP directory)");
        };
        machine.connectConsole(out);
        return new OperatorConsole(machine, commands, out);
    }

    /** The operator's console: every line entered is a CP command, answered on the console. */
    static final class OperatorConsole {
        private final VirtualMachine machine;
        private final CpCommands commands;
        private final ConsoleOutput out;

        OperatorConsole(VirtualMachine machine, CpCommands commands, ConsoleOutput out) {
            this.machine = machine;
            this.commands = commands;
            this.out = out;
        }

        void enter(String line) {
            out.line(line);
            CommandResponse response = commands.execute(machine, line);
            response.lines().forEach(out::line);
        }

        void attention() {
            out.line("CP READ");
        }
    }
}
