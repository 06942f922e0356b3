package vm370.system.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.system.console.ConsoleFixture.exchange;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.terminals.testing.RawPeer;

/** The same session on a line-mode telnet terminal (a raw socket that refuses the 3270 options). */
@Timeout(120)
class LineModeConsoleTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private ConsoleFixture fixture;

    @BeforeEach
    void ipl() throws Exception {
        fixture = new ConsoleFixture(dir);
    }

    @AfterEach
    void shutdown() throws Exception {
        fixture.close();
    }

    @Test
    void aTelnetUserLogsOnTalksToTheMachineAndCpAndLogsOff() throws Exception {
        try (RawPeer peer = fixture.telnet()) {
            exchange(peer, "LOGON NOBODY", "DMKLOG053E NOBODY NOT IN CP DIRECTORY\r\n");
            exchange(peer, "QUERY NAMES", "DMKCFC001E ?CP: QUERY\r\n");
            exchange(peer, "LOGON ALICE", "ENTER PASSWORD:\r\n");
            assertTrue(peer.awaitBytes("fffb01", WAIT), "WILL ECHO: the client stops echoing the password");
            peer.sendHex("fffd01");
            exchange(peer, "NOTRIGHT", "DMKLOG050E PASSWORD INCORRECT - REINITIATE LOGON PROCEDURE\r\n");
            exchange(peer, "LOGON ALICE", "ENTER PASSWORD:\r\n");
            exchange(peer, "ALICEPW", "ECHO READY\r\n");
            assertTrue(peer.awaitBytes("fffc01", WAIT), "WONT ECHO: the client echoes again");
            assertFalse(peer.awaitText("ALICEPW", Duration.ofMillis(1)), "the host never echoes the password");
            exchange(peer, "line one", "ECHO 1: line one\r\n");
            exchange(peer, "#CP QUERY NAMES", "ALICE    - 020");
            exchange(peer, "two#three", "ECHO 3: three\r\n");
            peer.clear();
            peer.sendHex("fff3");
            exchange(peer, "QUERY USERS", "001 USERS, 000 DIALED\r\n");
            exchange(peer, "BEGIN", "");
            exchange(peer, "four", "ECHO 4: four\r\n");
            exchange(peer, "#CP LOGOFF HOLD", "LOGOFF AT ");
            assertTrue(peer.awaitText("VM/370 ONLINE\r\n", WAIT), "HOLD keeps the line: the greeting again");
            exchange(peer, "LOGON BOB", "ENTER PASSWORD:\r\n");
            exchange(peer, "BOBPW", "ECHO READY\r\n");
            exchange(peer, "#CP LOGOFF", "LOGOFF AT ");
            assertTrue(peer.awaitClosed(WAIT), "without HOLD the switched line is dropped");
        }
        assertFalse(fixture.system.cp().machine("ALICE").isPresent() && fixture.system.cp().machine("ALICE").get().connected());
    }

    @Test
    void disconnectHoldGivesTheGreetingAndPlainDisconnectDropsTheLine() throws Exception {
        try (RawPeer peer = fixture.telnet()) {
            exchange(peer, "LOGON BOB", "ENTER PASSWORD:\r\n");
            exchange(peer, "BOBPW", "ECHO READY\r\n");
            exchange(peer, "#CP DISC HOLD", "DISCONNECT AT ");
            assertTrue(peer.awaitText("VM/370 ONLINE\r\n", WAIT), "the line kept");
            exchange(peer, "LOGON BOB", "ENTER PASSWORD:\r\n");
            exchange(peer, "BOBPW", "RECONNECTED AT ");
            exchange(peer, "DISCONN", "DISCONNECT AT ");
            assertTrue(peer.awaitClosed(WAIT), "the line dropped");
        }
        assertTrue(fixture.system.cp().machine("BOB").isPresent(), "the machine runs on, disconnected");
    }

    @Test
    void aTerminalWhereNoOneIsLoggedOnCanMessageAUser() throws Exception {
        try (RawPeer alice = fixture.telnet(); RawPeer other = fixture.telnet()) {
            exchange(alice, "LOGON ALICE", "ENTER PASSWORD:\r\n");
            exchange(alice, "ALICEPW", "ECHO READY\r\n");
            alice.clear();
            exchange(other, "MSG ALICE Where is the printer?", "");
            assertTrue(alice.awaitText("MSG FROM LOGON021:  Where is the printer?\r\n", WAIT));
            exchange(other, "MSG BOB hello", "DMKMSG045E BOB NOT LOGGED ON\r\n");
        }
    }

    @Test
    void droppingTheLineDisconnectsTheUserWhoseMachineRunsOn() throws Exception {
        try (RawPeer peer = fixture.telnet()) {
            exchange(peer, "LOGON BOB", "ENTER PASSWORD:\r\n");
            exchange(peer, "BOBPW", "ECHO READY\r\n");
            exchange(peer, "before", "ECHO 1: before\r\n");
        }
        assertTrue(vm370.terminals.testing.Await.until(
                () -> !fixture.system.cp().machine("BOB").orElseThrow().connected(), WAIT));
        try (RawPeer peer = fixture.telnet()) {
            exchange(peer, "LOGON BOB", "ENTER PASSWORD:\r\n");
            exchange(peer, "BOBPW", "RECONNECTED AT ");
            exchange(peer, "BEGIN", "");
            exchange(peer, "after", "ECHO 2: after\r\n");
        }
    }
}
