package vm370.terminals.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vm370.terminals.LineTerminal;
import vm370.terminals.Terminal;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.bench.EchoApplication;
import vm370.terminals.testing.RawPeer;

/** Plain telnet clients become line-mode (typewriter) terminals. */
@Timeout(60)
class LineModeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private TerminalServer server;

    @AfterEach
    void stop() {
        server.close();
    }

    /** Answers the server's offers as a plain telnet client named {@code type} would. */
    private static void negotiateAsPlainTelnet(RawPeer peer, String type) throws Exception {
        assertTrue(peer.awaitBytes("fffd28", WAIT), "server offers TN3270E");
        peer.sendHex("fffc28");
        assertTrue(peer.awaitBytes("fffd18", WAIT), "server asks for the terminal type");
        peer.sendHex("fffb18");
        assertTrue(peer.awaitBytes("fffa1801fff0", WAIT));
        peer.sendHex("fffa1800" + java.util.HexFormat.of().formatHex(type.getBytes()) + "fff0");
    }

    @Test
    void plainTelnetClientGetsLinesAndAttention() throws Exception {
        server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), new EchoApplication());
        try (RawPeer peer = new RawPeer(server.port())) {
            negotiateAsPlainTelnet(peer, "XTERM");
            assertTrue(peer.awaitText("VM/370 TERMINAL ECHO", WAIT));
            assertTrue(peer.awaitText("(XTERM); TYPE END TO FINISH\r\n", WAIT));
            peer.sendText("hello, \u00a2 world\r\n");
            assertTrue(peer.awaitText("YOU TYPED: hello, \u00c2\u00a2 world\r\n", WAIT), "UTF-8 line echoed");
            peer.sendText("typoo\u007f\u007f\r\0");
            assertTrue(peer.awaitText("YOU TYPED: typ\r\n", WAIT), "DEL erases in character mode, CR NUL ends a line");
            peer.sendHex("fff3");
            assertTrue(peer.awaitText("ATTENTION\r\n", WAIT), "BREAK is the attention key");
            peer.sendHex("fffb1f" + "fff6");
            assertTrue(peer.awaitBytes("fffe1f", WAIT), "unasked options are refused");
            assertTrue(peer.awaitText("[YES]\r\n", WAIT), "AYT is answered");
            peer.sendText("end\n");
            assertTrue(peer.awaitText("ENDED\r\n", WAIT));
            assertTrue(peer.awaitClosed(WAIT));
        }
    }

    @Test
    void clientRefusingTerminalTypeIsALineTerminalForTheHandler() throws Exception {
        BlockingQueue<Terminal> handed = new ArrayBlockingQueue<>(1);
        server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), t -> {
            handed.add(t);
            ((LineTerminal) t).writeLine("READY");
            ((LineTerminal) t).read();
        });
        try (RawPeer peer = new RawPeer(server.port())) {
            assertTrue(peer.awaitBytes("fffd28", WAIT));
            peer.sendHex("fffc28");
            assertTrue(peer.awaitBytes("fffd18", WAIT));
            peer.sendHex("fffc18");
            assertTrue(peer.awaitText("READY\r\n", WAIT));
            LineTerminal line = assertInstanceOf(LineTerminal.class, handed.poll(10, TimeUnit.SECONDS));
            assertEquals("NETWORK-VIRTUAL-TERMINAL", line.terminalType());
            assertTrue(line.name().startsWith("VMT"));
        }
    }
}
