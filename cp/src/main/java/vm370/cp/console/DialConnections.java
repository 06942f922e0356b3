package vm370.cp.console;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vm370.cp.ControlProgram;
import vm370.cp.command.Tokens;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.device.display.Display3270;

/**
 * DIAL: a terminal where no one is logged on connects to a display a virtual machine DEFINEd
 * (GRAF), the first free one or the one named. The user sees {@code DIALED TO userid vaddr}, the
 * operator {@code GRAF raddr DIALED TO userid DIALED = nnn}; at the end {@code DROP FROM userid
 * vaddr} and the terminal is CP's again (CP READ). Only a 3270 can dial: this CP has no
 * line-mode devices for a guest to take (LINE).
 * @vm370 DMKDIA
 */
final class DialConnections {

    private static final String MODULE = "DMKDIA";

    private final ControlProgram cp;
    private final ConsoleSessions sessions;
    private final Set<DialedDisplay> active = ConcurrentHashMap.newKeySet();

    DialConnections(ControlProgram cp, ConsoleSessions sessions) {
        this.cp = cp;
        this.sessions = sessions;
    }

    /** How many terminals are dialed now (QUERY USERS). */
    int count() {
        return active.size();
    }

    /**
     * DIAL userid [vaddr] from {@code session}'s terminal: null when connected ({@code DIALED TO} is on
     * the screen, then the guest has it), or CP's refusal for the terminal.
     */
    String dial(TerminalSession session, String userid, String vaddrWord) {
        if (userid == null || userid.length() > 8) {
            return MODULE + "020E USERID MISSING OR INVALID";
        }
        int vaddr = vaddrWord == null ? -1 : Tokens.address(vaddrWord);
        if (vaddrWord != null && vaddr < 0) {
            return MODULE + "022E VADDR MISSING OR INVALID";
        }
        String user = userid.toUpperCase(Locale.ROOT);
        VirtualMachine machine = cp.machine(user).orElse(null);
        if (machine == null) {
            return MODULE + "045E " + user + " NOT LOGGED ON";
        }
        if (!(session.device() instanceof GraphicConsole graphic)) {
            return MODULE + "094E LINE(S) NOT AVAILABLE ON " + user;
        }
        DialedDisplay[] made = new DialedDisplay[1];
        String refused = machine.call(() -> {
            Integer at = vaddr >= 0 ? Integer.valueOf(vaddr) : firstFree(machine);
            if (at == null) {
                return MODULE + "094E LINE(S) NOT AVAILABLE ON " + user;
            }
            ChannelDevice device = machine.devices().get(at);
            if (device == null) {
                return String.format("%s040E DEV %03X DOES NOT EXIST", MODULE, at);
            }
            if (!(device instanceof Display3270 display) || display.attached()) {
                return String.format("%s093E DEV %03X NOT AVAILABLE", MODULE, at);
            }
            made[0] = new DialedDisplay(graphic.terminal(), machine, at, display, () -> dropped(graphic, made[0]));
            active.add(made[0]);
            graphic.line(String.format("DIALED TO %s %03X", user, at));
            graphic.dial(made[0]);
            display.attach(made[0]);
            return null;
        });
        if (refused != null) {
            return refused;
        }
        sessions.operatorMessage(String.format("GRAF %s DIALED TO %-8s DIALED = %03d", graphic.address(), user, count()));
        return null;
    }

    /** The first display nobody has dialed, lowest address first; on the machine's thread. */
    private static Integer firstFree(VirtualMachine machine) {
        for (var entry : machine.devices().entrySet()) {
            if (entry.getValue() instanceof Display3270 display && !display.attached()) {
                return entry.getKey();
            }
        }
        return null;
    }

    private void dropped(GraphicConsole graphic, DialedDisplay display) {
        active.remove(display);
        String userid = display.machine().userid();
        graphic.undial(String.format("DROP FROM %s %03X", userid, display.address()));
        sessions.operatorMessage(String.format("GRAF %s DROP FROM %-8s DIALED = %03d", graphic.address(), userid, count()));
    }
}
