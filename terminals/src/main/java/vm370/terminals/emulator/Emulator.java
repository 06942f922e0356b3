package vm370.terminals.emulator;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import vm370.s370.text.Ebcdic;
import vm370.terminals.screen.Keyboard;
import vm370.terminals.screen.Screen;
import vm370.terminals.tn3270.Tn3270Client;

/**
 * The Lanterna 3270 emulator: shows a {@link Tn3270Client}'s screen in a Lanterna screen (a text
 * terminal, a Swing window, or a virtual terminal in tests) with a status line like the 3270's
 * operator information area, and turns key strokes into 3270 keys through {@link KeyMap}.
 */
final class Emulator {

    private final Tn3270Client client;
    private final TerminalScreen target;
    private final ScreenPainter painter = new ScreenPainter(Ebcdic.CP037);
    private volatile boolean dirty = true;
    /** The operator error shown in the status line until RESET or the next accepted key. */
    private String operatorError = "";
    /** Rows painted last time: a smaller screen (EW after EWA) must not leave old rows behind. */
    private int paintedRows;

    public Emulator(Tn3270Client client, TerminalScreen target) {
        this.client = client;
        this.target = target;
        client.setOnChange(() -> dirty = true);
    }

    /** Runs until the operator quits or the host disconnects; the screen must be started. */
    public void run() throws IOException, InterruptedException {
        while (true) {
            if (dirty) {
                dirty = false;
                render();
            }
            KeyStroke stroke = target.pollInput();
            if (stroke != null) {
                if (!handle(stroke)) {
                    return;
                }
                dirty = true;
            } else if (client.closeReason() != null) {
                render();
                return;
            } else {
                Thread.sleep(10);
            }
        }
    }

    /** Handles one key stroke; false when it asks to quit. */
    public boolean handle(KeyStroke stroke) {
        EmulatorKey key = KeyMap.map(stroke);
        if (key == null) {
            return true;
        }
        switch (key) {
            case EmulatorKey.Quit q -> {
                return false;
            }
            case EmulatorKey.AidKey a -> operatorError = client.press(a.aid()) ? "" : "X SYSTEM";
            case EmulatorKey.Type t -> outcome(client.withScreen(k -> k.type(t.character())));
            case EmulatorKey.Edit e -> outcome(client.withScreen(k -> edit(k, e.key())));
        }
        return true;
    }

    private Keyboard.Outcome edit(Keyboard k, EmulatorKey.EditKey key) {
        switch (key) {
            case TAB -> k.tab();
            case BACK_TAB -> k.backTab();
            case HOME -> k.home();
            case NEW_LINE -> k.newLine();
            case LEFT -> k.left();
            case RIGHT -> k.right();
            case UP -> k.up();
            case DOWN -> k.down();
            case ERASE_EOF -> {
                return k.eraseEndOfField();
            }
            case ERASE_INPUT -> {
                return k.eraseInput();
            }
            case DELETE -> {
                return k.delete();
            }
            case BACKSPACE -> {
                return k.erase();
            }
            case INSERT -> k.toggleInsertMode();
            case RESET -> {
                operatorError = "";
                if (k.isInsertMode()) {
                    k.toggleInsertMode();
                }
            }
        }
        return Keyboard.Outcome.ACCEPTED;
    }

    private void outcome(Keyboard.Outcome outcome) {
        operatorError = switch (outcome) {
            case ACCEPTED -> "";
            case LOCKED -> "X SYSTEM";
            case PROTECTED -> "X -f";
            case NUMERIC -> "X NUM";
            case OVERFLOW -> "X >";
        };
    }

    /** Paints the current screen and status line and refreshes the terminal. */
    public void render() throws IOException {
        target.doResizeIfNecessary();
        boolean alarm = client.withScreen(k -> {
            Screen s = k.screen();
            if (s.rows() != paintedRows) {
                target.clear();
                paintedRows = s.rows();
            }
            painter.paint(s, target, status(k), KeyMap.HELP);
            return s.takeAlarm();
        });
        target.refresh();
        if (alarm) {
            target.getTerminal().bell();
        }
    }

    private String status(Keyboard k) {
        Screen s = k.screen();
        String closed = client.closeReason();
        if (closed != null) {
            return " 4B  DISCONNECTED: " + closed.toUpperCase();
        }
        String lock = !operatorError.isEmpty() ? operatorError : s.isKeyboardLocked() ? "X SYSTEM" : "";
        String lu = client.luName() == null ? "" : client.luName();
        int row = s.cursor() / s.columns() + 1;
        int column = s.cursor() % s.columns() + 1;
        return String.format(" 4B  %-7s %-8s %-14s %-9s %-6s %03d/%03d", client.isTn3270e() ? "TN3270E" : "TN3270",
                lu, client.type().name(), lock, k.isInsertMode() ? "INSERT" : "", row, column);
    }
}
