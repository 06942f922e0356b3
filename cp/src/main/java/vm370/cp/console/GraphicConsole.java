package vm370.cp.console;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.vm.FullScreenConsole;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.text.Ebcdic;
import vm370.terminals.Display3270Terminal;
import vm370.terminals.DisplayInput;
import vm370.terminals.datastream.Aid;
import vm370.terminals.datastream.Command;
import vm370.terminals.datastream.FieldAttribute;
import vm370.terminals.datastream.Order;
import vm370.terminals.datastream.Wcc;
import vm370.terminals.datastream.WriteBuilder;

/**
 * The user's 3270 as VM/370's DMKGRF draws it: output lines top-down on rows 1-22, the input
 * area on rows 23-24 (non-display for a password), and the status area at row 24 column 61. When
 * the output area is full, MORE... waits (the alarm after MORE's first time, the next page after
 * its second) and CLEAR or PA2 shows the next page at once; ENTER on MORE... holds the screen
 * (HOLDING), and so does a message from another user with TERMINAL HOLD ON.
 * @vm370 DMKGRF
 */
final class GraphicConsole implements ConsoleDevice {

    /** What the output area is doing. */
    private enum Paging { NORMAL, MORE, HOLDING }

    /** One output row, and whether it came from a message (which holds a full screen). */
    private record Row(String text, boolean message) { }

    private static final Ebcdic CODE_PAGE = Ebcdic.CP037;
    private static final FieldAttribute INPUT = new FieldAttribute(false, false, FieldAttribute.Display.NORMAL, true);
    private static final FieldAttribute HIDDEN_INPUT = new FieldAttribute(false, false, FieldAttribute.Display.HIDDEN, true);
    private static final int STATUS_COLUMN = 60;
    private static final int STATUS_WIDTH = 19;

    private final Display3270Terminal terminal;
    private final String address;
    private final String systemName;
    private final ScheduledExecutorService timers;
    private final CpCommandProcessor commands;
    private final GraphicFullScreen fullScreen;
    /** The virtual machine's display this terminal is DIALed to, or null: it owns the screen and the keys. */
    private volatile DialedDisplay dialed;
    private final int columns;
    private final int outputRows;
    /**
     * Buffer addresses of the attributes of the input field, the status area, and the output area
     * (the last cell: the output area's field wraps to row 1 column 1).
     */
    private final int inputAttribute;
    private final int statusAttribute;
    private final int outputAttribute;
    private TerminalSession session;

    // Guarded by this.
    private final String[] shown;
    private final ArrayDeque<Row> pending = new ArrayDeque<>();
    private int nextRow;
    private Paging paging = Paging.NORMAL;
    private boolean logoShown;
    private boolean hidden;
    /** The last line was not accepted; the status says so until the next key. */
    private boolean notAccepted;
    /**
     * CP is acting on a line just entered: its writes leave the keyboard locked, so that nothing
     * can be typed into an input area that CP is about to redraw (the password prompt hides it).
     */
    private boolean entering;
    private int timerGeneration;
    private ConsoleStatus shownStatus;

    GraphicConsole(Display3270Terminal terminal, String address, String systemName, ScheduledExecutorService timers,
                   CpCommandProcessor commands) {
        this.terminal = terminal;
        this.address = address;
        this.systemName = systemName;
        this.timers = timers;
        this.commands = commands;
        this.columns = terminal.type().columns();
        int rows = terminal.type().rows();
        this.outputRows = rows - 2;
        this.inputAttribute = outputRows * columns - 1;
        this.statusAttribute = (rows - 1) * columns + STATUS_COLUMN - 1;
        this.outputAttribute = rows * columns - 1;
        this.shown = new String[outputRows];
        Arrays.fill(shown, "");
        this.fullScreen = new GraphicFullScreen(terminal, this);
    }

    void attach(TerminalSession terminalSession) {
        this.session = terminalSession;
    }

    /** The terminal's loop: keys in, until the terminal goes away. */
    void serve() throws InterruptedException {
        while (true) {
            switch (terminal.read()) {
                case DisplayInput.Disconnected d -> {
                    fullScreen.disconnected();
                    DialedDisplay line = dialed;
                    if (line != null) {
                        line.terminalGone();
                    }
                    return;
                }
                case DisplayInput.TimedOut t -> {
                }
                case DisplayInput.Attention a -> {
                    DialedDisplay line = dialed;
                    if (line != null) {
                        line.attention(a);
                    } else if (fullScreen.owns()) {
                        fullScreen.attention(a);
                    } else {
                        key(a.aid());
                    }
                }
            }
        }
    }

    @Override
    public String address() {
        return address;
    }

    @Override
    public String kind() {
        return "GRAF";
    }

    @Override
    public FullScreenConsole fullScreen() {
        return fullScreen;
    }

    @Override
    public boolean switched() {
        return false;
    }

    @Override
    public void hangUp() {
        terminal.close();
    }

    private void key(Aid aid) {
        synchronized (this) {
            notAccepted = false;
            if (logoShown) {
                logoShown = false;
                Arrays.fill(shown, "");
                nextRow = 0;
                pending.clear();
                shown[nextRow++] = "";
                paging = Paging.NORMAL;
                format();
                session.enter("");
                refreshStatus();
                return;
            }
        }
        switch (aid) {
            case CLEAR, CLEAR_PARTITION -> nextPage(true);
            case PA2 -> nextPage(false);
            case PA1 -> session.attention();
            case PA3 -> refreshStatus();
            default -> entered(aid);
        }
    }

    /**
     * ENTER or a PF key: the input area's text goes to the session, echoed into the output area.
     * A key SET PFnn IMMED defined runs its CP commands at once; DELAYED puts them in the input area.
     */
    private void entered(Aid aid) {
        String text = input();
        int pf = functionKeyNumber(aid);
        VirtualMachine machine = session.machine();
        var key = pf > 0 && machine != null ? commands.functionKey(machine, pf).orElse(null) : null;
        if (key != null && !key.immediate()) {
            putInInput(key.text());
            return;
        }
        synchronized (this) {
            if (key == null && !session.accepts(text)) {
                notAccepted = true;
                send(List.of(), false);
                return;
            }
            if (key == null && paging != Paging.NORMAL && text.isEmpty()) {
                paging = paging == Paging.MORE ? Paging.HOLDING : Paging.MORE;
                if (paging == Paging.MORE) {
                    startTimer();
                }
                send(List.of(), true);
                return;
            }
            hidden = false;
            entering = true;
            append(key != null ? key.text() : session.echo(text), false, true);
        }
        try {
            if (key != null) {
                session.functionKey(key.text());
            } else {
                session.enter(text);
            }
        } finally {
            unlockKeyboard();
        }
    }

    /** CP is done with the line: one write restores the keyboard, unless the logo or a guest owns the screen. */
    private synchronized void unlockKeyboard() {
        entering = false;
        if (!logoShown && !screenTaken()) {
            send(List.of(), false);
        }
    }

    private static int functionKeyNumber(Aid aid) {
        for (int n = 1; n <= 24; n++) {
            if (Aid.pf(n) == aid) {
                return n;
            }
        }
        return 0;
    }

    /** What the user typed in the input area, without trailing blanks. */
    private String input() {
        String text = terminal.screen().text(inputAttribute + 1, statusAttribute - inputAttribute - 1, CODE_PAGE, false);
        return text.stripTrailing();
    }

    private synchronized void putInInput(String text) {
        WriteBuilder write = new WriteBuilder(Command.WRITE, new Wcc(false, false, false, true, false), columns, CODE_PAGE);
        write.order(new Order.SetBufferAddress(inputAttribute))
                .field(hidden ? HIDDEN_INPUT : INPUT).text(text).insertCursor()
                .eraseUnprotectedTo(statusAttribute / columns, statusAttribute % columns);
        terminal.write(write.build());
    }

    // ---- output, from any thread ----

    @Override
    public void line(String text) {
        synchronized (this) {
            if (!screenTaken()) {
                append(text, isMessage(text), false);
            } else {
                for (String row : wrap(text)) {
                    pending.add(new Row(row, isMessage(text)));
                }
            }
        }
    }

    /** A message from another user or the operator holds a full screen (TERMINAL HOLD ON). */
    private static boolean isMessage(String text) {
        return text.startsWith("MSG FROM ") || text.startsWith("WNG FROM ");
    }

    /** Puts a line's rows on the screen, or in the queue when the output area is full. */
    private void append(String text, boolean message, boolean eraseInput) {
        List<Integer> changed = new ArrayList<>();
        for (String row : wrap(text)) {
            if (pending.isEmpty() && nextRow < outputRows && paging == Paging.NORMAL) {
                shown[nextRow] = row;
                changed.add(nextRow++);
            } else {
                pending.add(new Row(row, message));
            }
        }
        if (!pending.isEmpty()) {
            boolean hold = session.settings().hold() && pending.stream().anyMatch(Row::message);
            if (hold && paging != Paging.HOLDING) {
                paging = Paging.HOLDING;
                timerGeneration++;
            } else if (paging == Paging.NORMAL) {
                paging = Paging.MORE;
                startTimer();
            }
        }
        send(changed, eraseInput);
    }

    private List<String> wrap(String text) {
        int width = columns - 1;
        if (text.length() <= width) {
            return List.of(text);
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            rows.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return rows;
    }

    /** MORE...: the alarm after the first time, the next page after the second. */
    private void startTimer() {
        int generation = ++timerGeneration;
        TerminalSettings settings = session.settings();
        timers.schedule(() -> {
            synchronized (this) {
                if (generation != timerGeneration || paging != Paging.MORE) {
                    return;
                }
                terminal.write(new WriteBuilder(Command.WRITE, new Wcc(false, false, true, true, false), columns, CODE_PAGE).build());
            }
            timers.schedule(() -> {
                synchronized (this) {
                    if (generation == timerGeneration && paging == Paging.MORE) {
                        nextPage(false);
                    }
                }
            }, settings.clearSeconds(), TimeUnit.SECONDS);
        }, settings.moreSeconds(), TimeUnit.SECONDS);
    }

    /** Clears the output area and shows what waits; after CLEAR the whole screen is formatted again. */
    private synchronized void nextPage(boolean format) {
        timerGeneration++;
        paging = Paging.NORMAL;
        Arrays.fill(shown, "");
        nextRow = 0;
        while (!pending.isEmpty() && nextRow < outputRows) {
            shown[nextRow++] = pending.poll().text();
        }
        if (!pending.isEmpty()) {
            boolean hold = session.settings().hold() && pending.stream().anyMatch(Row::message);
            paging = hold ? Paging.HOLDING : Paging.MORE;
            if (!hold) {
                startTimer();
            }
        }
        if (format) {
            format();
        } else {
            List<Integer> all = new ArrayList<>();
            for (int r = 0; r < outputRows; r++) {
                all.add(r);
            }
            send(all, false);
        }
    }

    @Override
    public synchronized void refreshStatus() {
        if (!logoShown && !screenTaken() && status() != shownStatus) {
            send(List.of(), false);
        }
    }

    @Override
    public synchronized void hideNextInput() {
        hidden = true;
        send(List.of(), true);
    }

    private ConsoleStatus status() {
        if (notAccepted) {
            return ConsoleStatus.NOT_ACCEPTED;
        }
        return switch (paging) {
            case MORE -> ConsoleStatus.MORE;
            case HOLDING -> ConsoleStatus.HOLDING;
            case NORMAL -> session == null ? ConsoleStatus.RUNNING : session.readState();
        };
    }

    /** A Write of the changed rows, the input field (erased when {@code eraseInput}) and the status. */
    private void send(List<Integer> rows, boolean eraseInput) {
        WriteBuilder write = new WriteBuilder(Command.WRITE, new Wcc(false, false, false, !entering, eraseInput), columns, CODE_PAGE);
        for (int row : rows) {
            write.at(row, 0).text(pad(shown[row], columns - 1));
        }
        finish(write, eraseInput);
    }

    /** Erase/Write of the whole console: output area, input area, status area. */
    private void format() {
        WriteBuilder write = new WriteBuilder(Command.ERASE_WRITE, Wcc.RESTORE, columns, CODE_PAGE);
        write.order(new Order.SetBufferAddress(outputAttribute)).field(FieldAttribute.PROTECTED);
        for (int row = 0; row < outputRows; row++) {
            if (!shown[row].isEmpty()) {
                write.at(row, 0).text(shown[row]);
            }
        }
        finish(write, true);
    }

    private void finish(WriteBuilder write, boolean eraseInput) {
        if (eraseInput) {
            write.order(new Order.SetBufferAddress(inputAttribute))
                    .field(hidden ? HIDDEN_INPUT : INPUT).insertCursor()
                    .eraseUnprotectedTo(statusAttribute / columns, statusAttribute % columns);
        }
        ConsoleStatus status = status();
        shownStatus = status;
        write.order(new Order.SetBufferAddress(statusAttribute))
                .field(FieldAttribute.PROTECTED).text(pad(status.word(), STATUS_WIDTH));
        terminal.write(write.build());
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text.substring(0, width) : text + " ".repeat(width - text.length());
    }

    @Override
    public synchronized void logo() {
        logoShown = true;
        hidden = false;
        paging = Paging.NORMAL;
        timerGeneration++;
        pending.clear();
        Arrays.fill(shown, "");
        nextRow = 0;
        int middle = outputRows / 2;
        WriteBuilder write = new WriteBuilder(Command.ERASE_WRITE, Wcc.RESTORE, columns, CODE_PAGE)
                .order(new Order.SetBufferAddress(outputAttribute))
                .field(FieldAttribute.PROTECTED_INTENSIFIED).text(pad("VM/370 ONLINE", 20))
                .field(FieldAttribute.PROTECTED)
                .at(middle, Math.max(0, (columns - systemName.length()) / 2) - 1)
                .field(FieldAttribute.PROTECTED_INTENSIFIED).text(systemName).field(FieldAttribute.PROTECTED)
                .order(new Order.SetBufferAddress(inputAttribute))
                .field(INPUT).insertCursor()
                .order(new Order.SetBufferAddress(statusAttribute))
                .field(FieldAttribute.PROTECTED).text(pad(ConsoleStatus.RUNNING.word(), STATUS_WIDTH));
        shownStatus = ConsoleStatus.RUNNING;
        terminal.write(write.build());
    }

    /** PA1 from full-screen mode: CP mode on the redrawn console. */
    void pa1() {
        session.attention();
    }

    /** The 3270 itself, for a machine's display to drive when the user DIALs. */
    Display3270Terminal terminal() {
        return terminal;
    }

    /** True while a full-screen guest or a dialed machine owns the screen: CP draws nothing. */
    private boolean screenTaken() {
        return fullScreen.owns() || dialed != null;
    }

    /** The terminal is DIALed to a machine's display: from now on the guest draws and reads the screen. */
    void dial(DialedDisplay display) {
        dialed = display;
    }

    /** The dialed connection ended: CP's console is drawn again, showing why (CP READ follows). */
    synchronized void undial(String why) {
        dialed = null;
        for (String row : wrap(why)) {
            pending.add(new Row(row, false));
        }
        nextPage(true);
    }

    /** The full-screen guest gave the screen back: CP's console is drawn again, with what waited. */
    synchronized void redrawAfterFullScreen() {
        nextPage(true);
    }
}
