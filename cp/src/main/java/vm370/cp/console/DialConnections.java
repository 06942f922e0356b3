package vm370.cp.console;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import vm370.cp.ControlProgram;
import vm370.cp.command.Tokens;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.device.display.Display3270;
import vm370.s370.device.line.TransmissionLine;

/**
 * DIAL: a terminal where no one is logged on connects to a virtual machine's display (DEFINE GRAF,
 * SPECIAL 3270; 3270 terminals only) or to its 2701/2702/2703 line (DEFINE LINE, SPECIAL 270x;
 * any terminal, in line mode) whose Enable waits for a call: the first free one, a display before
 * a line, or the one named. The user sees {@code DIALED TO userid vaddr}, the operator {@code GRAF
 * raddr DIALED TO userid DIALED = nnn} ({@code LINE raddr} from a line-mode terminal); at the end
 * {@code DROP FROM userid vaddr} and the terminal is CP's again.
 * @vm370 DMKDIA
 */
final class DialConnections {

    private static final String MODULE = "DMKDIA";

    private final ControlProgram cp;
    private final ConsoleSessions sessions;
    private final Set<DialedConnection> active = ConcurrentHashMap.newKeySet();

    DialConnections(ControlProgram cp, ConsoleSessions sessions) {
        this.cp = cp;
        this.sessions = sessions;
    }

    /** How many terminals are dialed now (QUERY USERS). */
    int count() {
        return active.size();
    }

    /**
     * DIAL userid [vaddr] from {@code session}'s terminal: null when connected ({@code DIALED TO} is
     * shown, then the guest has the terminal), or CP's refusal for the terminal.
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
        GraphicConsole graphic = session.device() instanceof GraphicConsole g ? g : null;
        return machine.call(() -> {
            Integer at = vaddr >= 0 ? Integer.valueOf(vaddr) : firstFree(machine, graphic != null);
            if (at == null) {
                return MODULE + "094E LINE(S) NOT AVAILABLE ON " + user;
            }
            ChannelDevice device = machine.devices().get(at);
            if (device == null) {
                return String.format("%s040E DEV %03X DOES NOT EXIST", MODULE, at);
            }
            return switch (device) {
                case Display3270 display when graphic != null && !display.attached() -> {
                    connect(graphic, machine, at, display, session);
                    yield null;
                }
                case TransmissionLine line when line.awaitingCall() -> {
                    connect(session, machine, at, line);
                    yield null;
                }
                case TransmissionLine line when !line.attached() ->
                        String.format("%s095E DEV %03X NOT ENABLED", MODULE, at);
                default -> String.format("%s093E DEV %03X NOT AVAILABLE", MODULE, at);
            };
        });
    }

    /** A 3270 to a display: the guest draws and reads the screen. On the machine's thread. */
    private void connect(GraphicConsole graphic, VirtualMachine machine, int at, Display3270 display, TerminalSession session) {
        DialedDisplay[] made = new DialedDisplay[1];
        made[0] = new DialedDisplay(graphic.terminal(), machine, at, display, () -> dropped(session, made[0], graphic::undial));
        dialed(session, made[0]);
        graphic.dial(made[0]);
        display.attach(made[0]);
    }

    /** Any terminal to a line whose Enable waits: the Enable ends, lines go to and fro. On the machine's thread. */
    private void connect(TerminalSession session, VirtualMachine machine, int at, TransmissionLine line) {
        DialedLine[] made = new DialedLine[1];
        made[0] = new DialedLine(session.device(), machine, at, line, () -> dropped(session, made[0], session::undialLine));
        session.dialLine(made[0]);
        dialed(session, made[0]);
        line.attach(made[0]);
    }

    /** The first display nobody has dialed (for a 3270), else the first line waiting for a call; on the machine's thread. */
    private static Integer firstFree(VirtualMachine machine, boolean display) {
        Integer line = null;
        for (var entry : machine.devices().entrySet()) {
            if (display && entry.getValue() instanceof Display3270 d && !d.attached()) {
                return entry.getKey();
            }
            if (line == null && entry.getValue() instanceof TransmissionLine l && l.awaitingCall()) {
                line = entry.getKey();
            }
        }
        return line;
    }

    /**
     * The user and the operator are told before the device has its terminal, so that nothing the
     * guest then does (write, or drop at once) can come before them.
     */
    private void dialed(TerminalSession session, DialedConnection connection) {
        active.add(connection);
        ConsoleDevice terminal = session.device();
        String userid = connection.machine().userid();
        terminal.line(String.format("DIALED TO %s %03X", userid, connection.address()));
        sessions.operatorMessage(String.format("%s %s DIALED TO %-8s DIALED = %03d", terminal.kind(), terminal.address(),
                userid, count()));
    }

    private void dropped(TerminalSession session, DialedConnection connection, Consumer<String> backToCp) {
        active.remove(connection);
        String userid = connection.machine().userid();
        backToCp.accept(String.format("DROP FROM %s %03X", userid, connection.address()));
        ConsoleDevice terminal = session.device();
        sessions.operatorMessage(String.format("%s %s DROP FROM %-8s DIALED = %03d", terminal.kind(), terminal.address(),
                userid, count()));
    }
}
