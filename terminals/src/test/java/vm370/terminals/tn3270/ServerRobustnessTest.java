package vm370.terminals.tn3270;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import vm370.s370.text.Ebcdic;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.bench.EchoApplication;
import vm370.terminals.datastream.Aid;
import vm370.terminals.screen.Screen;
import vm370.terminals.screen.TerminalType;
import vm370.terminals.testing.Await;
import vm370.terminals.testing.RawPeer;

/** Garbage, half-open, slow and stalled peers are dropped; limits and timeouts hold; other sessions carry on. */
@Timeout(90)
class ServerRobustnessTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private TerminalServer server;
    private Tn3270Client good;

    private void start(TerminalServerConfig config) throws Exception {
        server = TerminalServer.start(config, new EchoApplication());
        good = Tn3270Client.connect("127.0.0.1", server.port(), Tn3270Client.Options.of(TerminalType.of(2, true, true)));
        assertTrue(good.awaitUnlocked(WAIT));
    }

    private static TerminalServerConfig quick() {
        return TerminalServerConfig.defaults().withPort(0)
                .withTimeouts(Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(1));
    }

    @AfterEach
    void stop() {
        if (good != null) {
            good.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** The well-behaved session still echoes what it types. */
    private void goodSessionStillWorks(String text) throws Exception {
        good.withScreen(k -> {
            k.eraseInput();
            return k.type(text);
        });
        long seen = good.updates();
        assertTrue(good.press(Aid.ENTER));
        assertTrue(good.awaitUpdate(seen, WAIT) && good.awaitUnlocked(WAIT));
        String row = good.withScreen(k -> {
            Screen s = k.screen();
            return s.text(s.address(5, 0), 80, Ebcdic.CP037, true);
        });
        assertTrue(row.contains("YOU TYPED:  " + text), row);
    }

    @Test
    void garbageDuringNegotiationIsDroppedWithoutHurtingOthers() throws Exception {
        start(quick());
        try (RawPeer garbage = new RawPeer(server.port())) {
            garbage.sendHex("fffb28fffa2802ff01ff0203");
            assertTrue(garbage.awaitClosed(WAIT));
        }
        goodSessionStillWorks("after garbage");
    }

    @Test
    void malformed3270RecordAfterNegotiationIsDropped() throws Exception {
        start(quick());
        try (RawPeer peer = new RawPeer(server.port())) {
            peer.send(RawPeer.TN3270_NEGOTIATION);
            assertTrue(peer.awaitBytes("ffef", WAIT), "the echo screen arrives");
            peer.sendHex("0011c1ffef");
            assertTrue(peer.awaitClosed(WAIT));
        }
        goodSessionStillWorks("after bad record");
    }

    @Test
    void halfOpenPeerIsDroppedAtTheNegotiationTimeout() throws Exception {
        start(quick());
        try (RawPeer silent = new RawPeer(server.port())) {
            goodSessionStillWorks("while one is silent");
            assertTrue(silent.awaitClosed(WAIT));
        }
        assertTrue(Await.until(() -> server.connectionCount() == 1, WAIT));
    }

    @Test
    void slowDripNegotiationIsDroppedAtTheDeadline() throws Exception {
        start(quick());
        try (RawPeer slow = new RawPeer(server.port())) {
            boolean closed = false;
            for (int i = 0; i < RawPeer.TN3270_NEGOTIATION.length && !closed; i++) {
                try {
                    slow.send(new byte[] {RawPeer.TN3270_NEGOTIATION[i]});
                } catch (IOException e) {
                    closed = true;
                }
                closed |= slow.awaitClosed(Duration.ofMillis(300));
            }
            assertTrue(closed, "a peer taking longer than the negotiation timeout is dropped");
        }
        goodSessionStillWorks("after slow peer");
    }

    @Test
    void peerThatStopsReadingIsDroppedAndOthersCarryOn() throws Exception {
        start(quick());
        try (RawPeer stalled = new RawPeer(server.port(), 2048)) {
            stalled.send(RawPeer.TN3270_NEGOTIATION);
            assertTrue(stalled.awaitBytes("ffef", WAIT));
            Thread flood = Thread.ofVirtual().start(() -> {
                try {
                    for (int i = 0; i < 200_000; i++) {
                        stalled.sendHex("7d4040ffef");
                    }
                } catch (IOException e) {
                    // the server dropped us: what the test waits for
                }
            });
            assertTrue(Await.until(() -> server.connectionCount() == 1, Duration.ofSeconds(30)), "stalled peer dropped");
            goodSessionStillWorks("after stalled peer");
            flood.join(Duration.ofSeconds(30));
        }
    }

    @Test
    void connectionsBeyondThePerAddressLimitAreRefused() throws Exception {
        start(quick().withLimits(100, 2));
        try (Tn3270Client second = Tn3270Client.connect("127.0.0.1", server.port(), Tn3270Client.Options.of(TerminalType.of(2, true, true)));
             RawPeer third = new RawPeer(server.port())) {
            assertTrue(second.awaitUnlocked(WAIT));
            assertTrue(third.awaitClosed(WAIT), "third connection from one address is refused");
        }
        goodSessionStillWorks("within the limit");
    }

    @Test
    void idleTerminalIsDisconnectedAfterTheIdleTimeout() throws Exception {
        start(quick().withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(5)));
        assertTrue(good.awaitClosed(WAIT));
        assertEquals("disconnected by the host", good.closeReason());
    }

    @Test
    void watchdogDropsAPeerWhoseOutputStalls() throws Exception {
        java.util.concurrent.CompletableFuture<String> reason = new java.util.concurrent.CompletableFuture<>();
        server = TerminalServer.start(quick(), t -> {
            t.setListener(new vm370.terminals.TerminalListener() {
                @Override
                public void disconnected(vm370.terminals.Terminal terminal, String why) {
                    reason.complete(why);
                }
            });
            var display = (vm370.terminals.Display3270Terminal) t;
            var screen = vm370.terminals.datastream.WriteBuilder.eraseWrite(80).at(0, 0).text("X".repeat(1900)).build();
            for (int i = 0; i < 1_000_000 && display.write(screen); i++) {
                // keep writing until the stalled peer is dropped
            }
        });
        try (RawPeer stalled = new RawPeer(server.port(), 1024)) {
            stalled.send(RawPeer.TN3270_NEGOTIATION);
            assertTrue(reason.get(30, java.util.concurrent.TimeUnit.SECONDS).startsWith("output stalled"), reason.get());
        }
    }
}
