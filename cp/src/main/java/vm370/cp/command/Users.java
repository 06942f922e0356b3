package vm370.cp.command;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vm370.cp.ControlProgram;
import vm370.cp.vm.VirtualMachine;

/**
 * The logged-on users as commands see them: a machine by userid (with {@code *} for oneself and
 * OPERATOR's synonyms), its SET options and the terminal it is on.
 */
final class Users {

    private final ControlProgram cp;
    private final Function<VirtualMachine, UserSettings> settings;
    private final Function<VirtualMachine, String> terminal;
    final TimeFormat time;

    Users(ControlProgram cp, Function<VirtualMachine, UserSettings> settings,
          Function<VirtualMachine, String> terminal, TimeFormat time) {
        this.cp = cp;
        this.settings = settings;
        this.terminal = terminal;
        this.time = time;
    }

    /** The userid a command operand names: {@code *} is the issuer, {@code OP}/{@code OPERATOR} the system operator. */
    String resolve(String operand, VirtualMachine issuer) {
        return switch (operand) {
            case "*" -> issuer.userid();
            case "OP", "OPERATOR" -> cp.config().operator();
            default -> operand;
        };
    }

    Optional<VirtualMachine> machine(String userid) {
        return cp.machine(userid);
    }

    /** The logged-on machines in userid order. */
    List<VirtualMachine> all() {
        return cp.machines().stream().sorted(Comparator.comparing(VirtualMachine::userid)).toList();
    }

    UserSettings settings(VirtualMachine machine) {
        return settings.apply(machine);
    }

    /** The terminal address a user is on, or {@code DSC} when disconnected. */
    String terminal(VirtualMachine machine) {
        return terminal.apply(machine);
    }
}
