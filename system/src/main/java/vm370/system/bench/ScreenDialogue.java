package vm370.system.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import vm370.s370.text.Ebcdic;
import vm370.terminals.datastream.Aid;
import vm370.terminals.screen.Keyboard;
import vm370.terminals.screen.TerminalType;
import vm370.terminals.tn3270.Tn3270Client;

/**
 * A person at a 3270 as the benchmark plays one: types a line into the input area, presses ENTER
 * and waits for CP's answer to appear on the screen, with the texts VM/370 shows (the logo's
 * {@code VM/370 ONLINE}, {@code ENTER PASSWORD:}, {@code LOGON AT}, ...).
 */
final class ScreenDialogue implements AutoCloseable {

    private final Tn3270Client client;
    private final Duration timeout;

    private ScreenDialogue(Tn3270Client client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    /** Connects a 3278 model 2 over TN3270E and waits for the logo screen. */
    static ScreenDialogue connect(int port, Duration timeout) throws IOException, InterruptedException {
        Tn3270Client client = Tn3270Client.connect("127.0.0.1", port, Tn3270Client.Options.of(TerminalType.of(2, true, true)));
        ScreenDialogue dialogue = new ScreenDialogue(client, timeout);
        if (!dialogue.await("VM/370 ONLINE")) {
            dialogue.close();
            throw new IOException("no logo screen: " + dialogue.screenText().strip());
        }
        return dialogue;
    }

    /** Types {@code line} into the input area (cleared first), presses ENTER, and waits for one of {@code answers}. */
    boolean enter(String line, String... answers) throws InterruptedException {
        if (!client.awaitUnlocked(timeout)) {
            return false;
        }
        client.withScreen(k -> {
            k.eraseInput();
            return k.type(line);
        });
        return client.press(Aid.ENTER) && await(answers);
    }

    /** Waits until one of {@code texts} is on the screen (in any case); false on timeout or disconnection. */
    boolean await(String... texts) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = client.updates();
            String screen = screenText().toUpperCase(Locale.ROOT);
            for (String text : texts) {
                if (screen.contains(text.toUpperCase(Locale.ROOT))) {
                    return true;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0 || !client.awaitUpdate(seen, Duration.ofNanos(left))) {
                return false;
            }
        }
    }

    /** The whole screen as text, hidden fields blank. */
    String screenText() {
        return client.withScreen(ScreenDialogue::text);
    }

    private static String text(Keyboard k) {
        return k.screen().text(0, k.screen().size(), Ebcdic.CP037, true);
    }

    @Override
    public void close() {
        client.close();
    }
}
