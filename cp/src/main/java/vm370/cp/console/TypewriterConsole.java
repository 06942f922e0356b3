package vm370.cp.console;

import java.util.function.Consumer;
import vm370.cp.vm.FullScreenConsole;
import vm370.terminals.LineInput;
import vm370.terminals.LineTerminal;

/**
 * A line-mode console in the manner of a 3215 or a teletypewriter: output lines are typed out,
 * a line typed in is a read, BREAK is the attention key; for the password read a telnet client's
 * local echo is turned off. Serves telnet line-mode terminals and the system operator's console.
 */
final class TypewriterConsole implements ConsoleDevice {

    private final String address;
    private final Consumer<String> printer;
    private final Runnable hangUp;
    /** The telnet terminal, or null for the operator's console (which never reads a password). */
    private final LineTerminal terminal;
    private TerminalSession session;
    /** The client's echo is off for a password; owned by the terminal's thread. */
    private volatile boolean hidden;

    TypewriterConsole(String address, Consumer<String> printer, Runnable hangUp) {
        this.address = address;
        this.printer = printer;
        this.hangUp = hangUp;
        this.terminal = null;
    }

    TypewriterConsole(String address, LineTerminal terminal) {
        this.address = address;
        this.printer = terminal::writeLine;
        this.hangUp = terminal::close;
        this.terminal = terminal;
    }

    void attach(TerminalSession terminalSession) {
        this.session = terminalSession;
    }

    /** A telnet terminal's loop: lines and BREAK in, until it goes away. */
    void serve() throws InterruptedException {
        while (true) {
            switch (terminal.read()) {
                case LineInput.Disconnected d -> {
                    return;
                }
                case LineInput.TimedOut t -> {
                }
                case LineInput.Attention a -> session.attention();
                case LineInput.Line line -> {
                    if (hidden) {
                        hidden = false;
                        terminal.hideInput(false);
                        terminal.writeLine("");
                    }
                    session.enter(line.text());
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
        return "LINE";
    }

    @Override
    public void line(String text) {
        printer.accept(text);
    }

    @Override
    public void refreshStatus() {
        // A typewriter has no status area: the unlocked keyboard is the read.
    }

    @Override
    public void hideNextInput() {
        if (terminal != null) {
            hidden = true;
            terminal.hideInput(true);
        }
    }

    @Override
    public void logo() {
        printer.accept("VM/370 ONLINE");
    }

    @Override
    public FullScreenConsole fullScreen() {
        return FullScreenConsole.NONE;
    }

    @Override
    public boolean switched() {
        return terminal != null;
    }

    @Override
    public void hangUp() {
        hangUp.run();
    }
}
