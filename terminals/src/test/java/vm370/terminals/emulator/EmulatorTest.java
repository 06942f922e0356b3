package vm370.terminals.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.bench.EchoApplication;
import vm370.terminals.screen.TerminalType;
import vm370.terminals.tn3270.Tn3270Client;

/** The Lanterna emulator on Lanterna's virtual terminal, against the real server. */
@Timeout(60)
class EmulatorTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private TerminalServer server;
    private Tn3270Client client;
    private DefaultVirtualTerminal terminal;
    private TerminalScreen screen;
    private Emulator emulator;

    @BeforeEach
    void connect() throws Exception {
        server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), new EchoApplication());
        client = Tn3270Client.connect("127.0.0.1", server.port(), Tn3270Client.Options.of(TerminalType.of(2, true, true)));
        terminal = new DefaultVirtualTerminal(new TerminalSize(80, 26));
        screen = new TerminalScreen(terminal);
        screen.startScreen();
        emulator = new Emulator(client, screen);
        assertTrue(client.awaitUnlocked(WAIT));
        emulator.render();
    }

    @AfterEach
    void close() throws Exception {
        screen.stopScreen();
        client.close();
        server.close();
    }

    private String row(int row) {
        StringBuilder out = new StringBuilder();
        for (int column = 0; column < 80; column++) {
            out.append(terminal.getCharacter(column, row).getCharacterString());
        }
        return out.toString();
    }

    private void keys(String text) {
        for (char c : text.toCharArray()) {
            emulator.handle(new KeyStroke(c, false, false));
        }
    }

    private void pressAndRender(KeyStroke stroke) throws Exception {
        long seen = client.updates();
        emulator.handle(stroke);
        assertTrue(client.awaitUpdate(seen, WAIT));
        assertTrue(client.awaitUnlocked(WAIT));
        emulator.render();
    }

    @Test
    void showsTheHostScreenWithColorsStatusAndHelpLines() throws Exception {
        assertTrue(row(0).startsWith(" VM/370 TERMINAL ECHO"));
        assertEquals(TextColor.ANSI.WHITE_BRIGHT, terminal.getCharacter(1, 0).getForegroundColor());
        assertTrue(terminal.getCharacter(1, 0).isBold(), "intensified field is bold");
        assertEquals(TextColor.ANSI.BLUE_BRIGHT, terminal.getCharacter(1, 2).getForegroundColor(), "protected field default color");
        assertTrue(row(24).contains("TN3270E") && row(24).contains("IBM-3279-2-E") && row(24).contains("003/014"), row(24));
        assertTrue(row(25).contains("Esc CLEAR") && row(25).contains("PgUp PA1") && row(25).contains("^Q QUIT"), row(25));
        assertEquals(13, terminal.getCursorBufferPosition().getColumn());
    }

    @Test
    void screenDumpMatchesTheGolden() {
        StringBuilder dump = new StringBuilder();
        for (int r = 0; r < 8; r++) {
            dump.append(row(r).stripTrailing()).append('\n');
        }
        assertEquals("""
                 VM/370 TERMINAL ECHO

                 TEXT:
                 HIDDEN:

                 YOU TYPED:
                 HIDDEN LENGTH: 0  KEY: NONE  SCREENS: 0
                 TERMINAL: VMT00001 IBM-3279-2-E 24X80 TN3270E
                """, dump.toString());
    }

    @Test
    void typedTextGoesToTheHostAndHiddenFieldsStayBlank() throws Exception {
        keys("hello");
        emulator.render();
        assertTrue(row(2).contains("hello"));
        assertTrue(terminal.getCharacter(13, 2).getModifiers().contains(SGR.UNDERLINE), "underscored input field");
        emulator.handle(new KeyStroke(KeyType.Tab));
        keys("pw");
        emulator.render();
        assertFalse(row(3).contains("pw"), "hidden field shows blanks");
        pressAndRender(new KeyStroke(KeyType.Enter));
        assertTrue(row(5).contains("YOU TYPED:  hello"), row(5));
        assertTrue(row(6).contains("HIDDEN LENGTH: 2  KEY: ENTER"), row(6));
    }

    @Test
    void functionKeysShiftedKeysAndEscapeSendPfKeysAndClear() throws Exception {
        pressAndRender(new KeyStroke(KeyType.F5));
        assertTrue(row(6).contains("KEY: PF5"), row(6));
        pressAndRender(new KeyStroke(KeyType.F12, false, false, true));
        assertTrue(row(6).contains("KEY: PF24"), row(6));
        pressAndRender(new KeyStroke(KeyType.PageUp));
        assertTrue(row(6).contains("KEY: PA1"), row(6));
        pressAndRender(new KeyStroke(KeyType.Escape));
        assertTrue(row(6).contains("KEY: CLEAR"), row(6));
    }

    @Test
    void insertModeEraseEofBackTabAndProtectedFieldsBehaveLikeA3270() throws Exception {
        keys("world");
        emulator.handle(new KeyStroke(KeyType.Home));
        emulator.handle(new KeyStroke(KeyType.Insert));
        keys("hi ");
        emulator.render();
        assertTrue(row(2).contains("hi world"), row(2));
        assertTrue(row(24).contains("INSERT"), row(24));
        emulator.handle(new KeyStroke(KeyType.ArrowLeft));
        emulator.handle(new KeyStroke(KeyType.End));
        emulator.render();
        assertTrue(row(2).contains("hi") && !row(2).contains("world"), row(2));
        emulator.handle(new KeyStroke(KeyType.Tab));
        emulator.handle(new KeyStroke(KeyType.ReverseTab));
        emulator.render();
        assertTrue(row(24).contains("003/014"), "back-tab returns to the first input field: " + row(24));
        emulator.handle(new KeyStroke(KeyType.ArrowRight));
        emulator.handle(new KeyStroke(KeyType.ReverseTab));
        emulator.render();
        assertTrue(row(24).contains("003/014"), "back-tab in a field goes to its start: " + row(24));
        emulator.handle(new KeyStroke(KeyType.ReverseTab));
        emulator.render();
        assertTrue(row(24).contains("004/014"), "back-tab from the first field wraps to the last: " + row(24));
        emulator.handle(new KeyStroke(KeyType.Tab));
        emulator.handle(new KeyStroke(KeyType.ArrowUp));
        keys("x");
        emulator.render();
        assertTrue(row(24).contains("X -f"), "typing in a protected field is refused: " + row(24));
    }

    @Test
    void model4ShowsTheAlternateScreenWithStatusBelowRow43() throws Exception {
        DefaultVirtualTerminal big = new DefaultVirtualTerminal(new TerminalSize(80, 45));
        TerminalScreen bigScreen = new TerminalScreen(big);
        bigScreen.startScreen();
        try (Tn3270Client model4 = Tn3270Client.connect("127.0.0.1", server.port(),
                Tn3270Client.Options.of(TerminalType.of(4, true, true)).withTn3270e(false))) {
            Emulator four = new Emulator(model4, bigScreen);
            assertTrue(model4.awaitUnlocked(WAIT));
            four.render();
            StringBuilder last = new StringBuilder();
            StringBuilder status = new StringBuilder();
            for (int column = 0; column < 80; column++) {
                last.append(big.getCharacter(column, 42).getCharacterString());
                status.append(big.getCharacter(column, 43).getCharacterString());
            }
            assertTrue(last.toString().startsWith(" PF3=END"), last.toString());
            assertTrue(status.toString().contains("TN3270 ") && status.toString().contains("IBM-3279-4-E"), status.toString());
        } finally {
            bigScreen.stopScreen();
        }
    }
}
