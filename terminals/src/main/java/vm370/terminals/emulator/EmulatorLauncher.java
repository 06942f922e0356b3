package vm370.terminals.emulator;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import java.awt.HeadlessException;
import java.io.IOException;
import java.io.PrintStream;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.bench.EchoApplication;
import vm370.terminals.screen.TerminalType;
import vm370.terminals.tn3270.Tn3270Client;

/**
 * What {@code vm370 terminal [HOST[:PORT]] [--window]} does: connects a {@link Tn3270Client}
 * and runs the {@link Emulator} in the user's text terminal or in a Swing window.
 */
public final class EmulatorLauncher {

    /** The port a bare host name means. */
    public static final int DEFAULT_PORT = 3270;

    /** Where to connect and as what. */
    public record Options(String host, int port, int model, boolean tn3270e, String luName, boolean window) {
    }

    private EmulatorLauncher() {
    }

    /** Parses {@code HOST[:PORT]}; null or blank means localhost. */
    public static Options options(String hostPort, int model, boolean tn3270e, String luName, boolean window) {
        String host = hostPort == null || hostPort.isBlank() ? "localhost" : hostPort;
        int port = DEFAULT_PORT;
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            String digits = host.substring(colon + 1);
            if (!digits.matches("\\d{1,5}") || Integer.parseInt(digits) > 65535) {
                throw new IllegalArgumentException("port: " + digits + " (expected: 1-65535)");
            }
            port = Integer.parseInt(digits);
            host = host.substring(0, colon);
        }
        return new Options(host, port, model, tn3270e, luName, window);
    }

    /**
     * Runs the emulator against a built-in echo host on a free loopback port: a way to try the
     * emulator before any system is running.
     */
    public static int runDemo(Options options, PrintStream err) {
        try (TerminalServer demo = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), new EchoApplication())) {
            return run(new Options("127.0.0.1", demo.port(), options.model(), options.tn3270e(), options.luName(), options.window()), err);
        } catch (IOException e) {
            err.println("vm370 terminal: cannot start the demo host: " + e.getMessage());
            return 1;
        }
    }

    /** Runs the emulator until the operator quits or the host disconnects; the exit code. */
    public static int run(Options options, PrintStream err) {
        TerminalType type = TerminalType.of(options.model(), true, true);
        Tn3270Client client;
        try {
            client = Tn3270Client.connect(options.host(), options.port(),
                    Tn3270Client.Options.of(type).withTn3270e(options.tn3270e()).withLuName(options.luName()));
        } catch (IOException e) {
            err.println("vm370 terminal: cannot connect to " + options.host() + ":" + options.port() + ": " + e.getMessage());
            return 1;
        }
        try (client) {
            DefaultTerminalFactory factory = new DefaultTerminalFactory()
                    .setInitialTerminalSize(new TerminalSize(type.alternateColumns(), type.alternateRows() + 2));
            Terminal terminal = options.window() ? factory.createTerminalEmulator() : factory.createTerminal();
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            try {
                new Emulator(client, screen).run();
            } finally {
                screen.stopScreen();
            }
            String reason = client.closeReason();
            if (reason != null) {
                err.println("vm370 terminal: " + reason);
            }
            return 0;
        } catch (HeadlessException e) {
            err.println("vm370 terminal: no display for --window; run without it to use this text terminal");
            return 1;
        } catch (IOException e) {
            err.println("vm370 terminal: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }
}
