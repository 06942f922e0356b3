package vm370.system.boot;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code vm370 ipl} at a text terminal: the system console on a Lanterna screen. The top rows are
 * a live panel of the real machine (processors and their utilization, MIPS, paging rate, users,
 * storage, spool), refreshed every second; below it the operator's console output, and the input
 * line at the bottom. ENTER sends the line to CP; ESC is the attention key (PA1). The screen
 * closes when SHUTDOWN completes.
 */
public final class OperatorScreen {

    private static final long REFRESH_NANOS = 1_000_000_000L;
    private static final String PROMPT = "==> ";
    private static final int PANEL_ROWS = 2;
    private static final String HINT = " ENTER: CP command   ESC: attention (PA1)   SHUTDOWN ends the system ";

    private final OnlineSystem online;
    private final ConsoleLog log;
    private final Screen screen;
    private final SystemMeter meter;
    private final StringBuilder input = new StringBuilder();
    private SystemLoad load;

    private OperatorScreen(OnlineSystem online, ConsoleLog log, Screen screen) {
        this.online = online;
        this.log = log;
        this.screen = screen;
        this.meter = new SystemMeter(online.system().cp(), online.system().spool());
    }

    /** IPLs with the operator at this text terminal, runs until SHUTDOWN, and returns the exit code. */
    public static int run(OnlineSystem.Options options, PrintStream err) throws IOException, InterruptedException {
        ConsoleLog log = new ConsoleLog();
        Screen screen = new TerminalScreen(new DefaultTerminalFactory().setForceTextTerminal(true).createTerminal());
        OnlineSystem online;
        screen.startScreen();
        try {
            screen.setCursorPosition(null);
            screen.newTextGraphics().putString(0, 0, "IPL in progress ...");
            screen.refresh();
            online = OnlineSystem.iplReporting(options.withOperatorTerminal(log), err);
            if (online != null) {
                OnlineSystem.shutdownWhenTheProcessEnds(online);
                new OperatorScreen(online, log, screen).serve();
            }
        } finally {
            screen.stopScreen();
        }
        if (online == null) {
            return OnlineSystem.IPL_FAILED;
        }
        online.awaitShutdown();
        log.last(3).forEach(err::println);
        return online.exitCode();
    }

    private void serve() throws IOException, InterruptedException {
        long drawnLines = -1;
        long nextSample = 0;
        while (!online.stopping()) {
            boolean dirty = screen.doResizeIfNecessary() != null;
            if (System.nanoTime() >= nextSample) {
                load = meter.sample();
                nextSample = System.nanoTime() + REFRESH_NANOS;
                dirty = true;
            }
            for (KeyStroke key; (key = screen.pollInput()) != null; ) {
                key(key);
                dirty = true;
            }
            if (dirty || log.written() != drawnLines) {
                drawnLines = log.written();
                draw();
            }
            Thread.sleep(30);
        }
    }

    private void key(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.Enter) {
            String line = input.toString();
            input.setLength(0);
            Thread.ofVirtual().name("operator-command").start(() -> online.operator().enter(line));
        } else if (type == KeyType.Escape) {
            Thread.ofVirtual().name("operator-attention").start(() -> online.operator().attention());
        } else if (type == KeyType.Backspace && !input.isEmpty()) {
            input.setLength(input.length() - 1);
        } else if (type == KeyType.Character && !key.isCtrlDown() && input.length() < 130) {
            input.append(key.getCharacter());
        }
    }

    private void draw() throws IOException {
        TerminalSize size = screen.getTerminalSize();
        int columns = size.getColumns();
        int rows = size.getRows();
        screen.clear();
        TextGraphics g = screen.newTextGraphics();
        g.setBackgroundColor(TextColor.ANSI.BLUE).setForegroundColor(TextColor.ANSI.WHITE_BRIGHT);
        List<String> panel = load == null ? List.of() : load.panel();
        for (int row = 0; row < PANEL_ROWS; row++) {
            g.putString(0, row, pad(row < panel.size() ? panel.get(row) : "", columns), SGR.BOLD);
        }
        g.setBackgroundColor(TextColor.ANSI.DEFAULT).setForegroundColor(TextColor.ANSI.GREEN_BRIGHT);
        int outputRows = Math.max(1, rows - PANEL_ROWS - 2);
        List<String> wrapped = wrap(log.last(outputRows), columns);
        int first = Math.max(0, wrapped.size() - outputRows);
        for (int i = first; i < wrapped.size(); i++) {
            g.putString(0, PANEL_ROWS + i - first, wrapped.get(i));
        }
        g.setForegroundColor(TextColor.ANSI.WHITE);
        g.putString(0, rows - 2, pad("----" + HINT + "-".repeat(columns), columns));
        String shown = PROMPT + input;
        g.setForegroundColor(TextColor.ANSI.WHITE_BRIGHT).putString(0, rows - 1,
                shown.length() > columns ? shown.substring(shown.length() - columns) : shown);
        screen.setCursorPosition(new TerminalPosition(Math.min(columns - 1, shown.length()), rows - 1));
        screen.refresh();
    }

    private static List<String> wrap(List<String> lines, int columns) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            for (int at = 0; at < line.length() || at == 0; at += columns) {
                wrapped.add(line.substring(at, Math.min(line.length(), at + columns)));
                if (line.isEmpty()) {
                    break;
                }
            }
        }
        return wrapped;
    }

    private static String pad(String text, int columns) {
        return text.length() >= columns ? text.substring(0, columns) : text + " ".repeat(columns - text.length());
    }
}
