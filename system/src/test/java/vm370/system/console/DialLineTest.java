package vm370.system.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.system.console.ConsoleFixture.awaitLine;
import static vm370.system.console.ConsoleFixture.awaitStatus;
import static vm370.system.console.ConsoleFixture.exchange;
import static vm370.system.console.ConsoleFixture.type;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.ControlProgram;
import vm370.cp.command.CommandResponse;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.device.line.TransmissionLine;
import vm370.terminals.testing.Await;
import vm370.terminals.testing.RawPeer;
import vm370.terminals.testing.S3270;

/**
 * DIAL to a line-mode guest: CAROL DEFINEs a 2703 line and runs a program that ENABLEs it, greets
 * the terminal that dials in, answers each line it reads (and BREAK), ENABLEs again when the
 * terminal hangs up, and DISABLEs the line when told BYE. The terminals are a telnet client on a real socket and s3270.
 */
@Timeout(180)
class DialLineTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private static final String GUEST = """
            LINETEST START X'2000'
                     BALR  12,0
                     USING *,12
                     MVC   X'78'(8),IONEW
            CALL     LA    1,ENABLE
                     BAL   10,SIO
                     LA    1,HELLOCCW
                     BAL   10,SIO
            NEXT     LA    1,READCCW
                     BAL   10,SIO
                     TM    X'44',X'02'
                     BO    CALL
                     TM    X'44',X'01'
                     BO    BROKEN
                     CLC   BUFFER(3),BYE
                     BE    GOODBYE
                     LH    2,X'46'
                     LA    3,80
                     SR    3,2
                     LA    3,10(3)
                     STH   3,REPLYCCW+6
                     MVC   REPLY+10(80),BUFFER
                     LA    1,REPLYCCW
                     BAL   10,SIO
                     B     NEXT
            BROKEN   LA    1,BREAKCCW
                     BAL   10,SIO
                     B     NEXT
            GOODBYE  LA    1,DISABLE
                     BAL   10,SIO
                     LPSW  ENDPSW
            SIO      ST    1,X'48'
                     SIO   X'020'
                     BCR   4,10
                     LPSW  WAITIO
            HANDLER  BR    10
                     DS    0D
            IONEW    DC    X'00000000',A(HANDLER)
            WAITIO   DC    X'80020000',A(0)
            ENDPSW   DC    X'0002000000000000'
            ENABLE   DC    X'27',AL3(0),X'20',X'00',AL2(1)
            HELLOCCW DC    X'01',AL3(HELLO),X'20',X'00',AL2(HELLOL)
            READCCW  DC    X'02',AL3(BUFFER),X'20',X'00',AL2(80)
            REPLYCCW DC    X'01',AL3(REPLY),X'20',X'00',AL2(0)
            DISABLE  DC    X'2F',AL3(0),X'20',X'00',AL2(1)
            BREAKCCW DC    X'01',AL3(BREAKMSG),X'20',X'00',AL2(5)
            BREAKMSG DC    C'BREAK'
            HELLO    DC    C'HELLO FROM CAROL'
            HELLOL   EQU   *-HELLO
            BYE      DC    C'BYE'
            REPLY    DC    C'YOU SAID: '
                     DS    CL80
            BUFFER   DS    CL80
                     END
            """;

    @TempDir
    Path dir;

    private ConsoleFixture fixture;
    private VirtualMachine carol;

    @BeforeEach
    void ipl() throws Exception {
        fixture = new ConsoleFixture(dir);
        ControlProgram cp = fixture.system.cp();
        carol = ((ControlProgram.Logon.Created) cp.logon("CAROL")).machine();
        assertEquals(List.of("LINE 020 DEFINED"), command("DEFINE LINE 020").lines());
        ConsoleFixture.load(carol, "LINETEST", GUEST);
        command("BEGIN 2000");
        assertTrue(Await.until(this::lineWaitsForACall, WAIT), "the guest's ENABLE waits for a call");
    }

    @AfterEach
    void shutdown() throws Exception {
        fixture.close();
    }

    private CommandResponse command(String line) {
        return carol.call(() -> fixture.system.commands().execute(carol, line));
    }

    private boolean lineWaitsForACall() {
        return carol.call(() -> ((TransmissionLine) carol.devices().get(0x020)).awaitingCall());
    }

    @Test
    void aTelnetTerminalTalksToTheGuestsLineUntilItHangsUpThenA3270DialsUntilTheGuestDisables() throws Exception {
        try (RawPeer peer = fixture.telnet()) {
            exchange(peer, "DIAL CAROL", "DIALED TO CAROL 020\r\n");
            assertTrue(peer.awaitText("HELLO FROM CAROL\r\n", WAIT), "the guest's Enable ended and it wrote");
            exchange(peer, "good morning", "YOU SAID: good morning\r\n");
            exchange(peer, "#CP QUERY NAMES", "YOU SAID: #CP QUERY NAMES\r\n");
            peer.clear();
            peer.sendHex("fff3");
            assertTrue(peer.awaitText("BREAK\r\n", WAIT), "BREAK ended the guest's read with unit exception");
            assertEquals(List.of("001 USERS, 001 DIALED"), command("QUERY USERS").lines());
        }
        assertTrue(Await.until(this::lineWaitsForACall, WAIT), "the hang-up ended the guest's read: it enables again");
        assertEquals(List.of("001 USERS, 000 DIALED"), command("QUERY USERS").lines());
        try (S3270 t = fixture.terminal()) {
            t.ok("Enter()");
            awaitStatus(t, "CP READ");
            type(t, "DIAL CAROL 020");
            awaitLine(t, "DIALED TO CAROL 020");
            awaitLine(t, "HELLO FROM CAROL");
            awaitStatus(t, "RUNNING");
            type(t, "on a 3270");
            awaitLine(t, "YOU SAID: on a 3270");
            type(t, "BYE");
            awaitLine(t, "DROP FROM CAROL 020");
            awaitStatus(t, "CP READ");
            type(t, "DIAL CAROL");
            awaitLine(t, "DMKDIA094E LINE(S) NOT AVAILABLE ON CAROL");
        }
    }

    @Test
    void dialNamesWhatIsWrongAndResetDropsTheTerminal() throws Exception {
        assertEquals(List.of("LINE 01F DEFINED"), command("DEFINE LINE 01F").lines());
        try (RawPeer peer = fixture.telnet(); RawPeer other = fixture.telnet()) {
            exchange(peer, "DIAL NOBODY", "DMKDIA045E NOBODY NOT LOGGED ON\r\n");
            exchange(peer, "DIAL CAROL 01F", "DMKDIA095E DEV 01F NOT ENABLED\r\n");
            exchange(peer, "DIAL CAROL 0C0", "DMKDIA040E DEV 0C0 DOES NOT EXIST\r\n");
            exchange(peer, "DIAL CAROL 009", "DMKDIA093E DEV 009 NOT AVAILABLE\r\n");
            exchange(peer, "DIAL CAROL", "HELLO FROM CAROL\r\n");
            exchange(other, "DIAL CAROL", "DMKDIA094E LINE(S) NOT AVAILABLE ON CAROL\r\n");
            exchange(other, "DIAL CAROL 020", "DMKDIA093E DEV 020 NOT AVAILABLE\r\n");
            peer.clear();
            assertEquals(List.of(), command("RESET 020").lines());
            assertTrue(peer.awaitText("DROP FROM CAROL 020\r\n", WAIT), "RESET drops the dialed terminal");
            assertEquals(List.of("001 USERS, 000 DIALED"), command("QUERY USERS").lines());
            exchange(peer, "LOGON NOBODY", "DMKLOG053E NOBODY NOT IN CP DIRECTORY\r\n");
            assertEquals(List.of("LINE 01F DETACHED"), command("DETACH 01F").lines());
        }
    }

    @Test
    void theMachinesLogoffDropsTheDialedTerminalAndTheOperatorHearsOfBoth() throws Exception {
        List<String> operator = new CopyOnWriteArrayList<>();
        fixture.sessions.operatorConsole(operator::add);
        try (RawPeer peer = fixture.telnet()) {
            exchange(peer, "DIAL CAROL 20", "HELLO FROM CAROL\r\n");
            peer.clear();
            fixture.system.cp().logoff("CAROL");
            assertTrue(peer.awaitText("DROP FROM CAROL 020\r\n", WAIT), "the logoff dropped the terminal");
            exchange(peer, "DIAL CAROL", "DMKDIA045E CAROL NOT LOGGED ON\r\n");
        }
        assertTrue(Await.until(() -> operator.stream().anyMatch(l -> l.matches(".* LINE \\w{3} DROP FROM CAROL    DIALED = 000")),
                WAIT), operator.toString());
        assertTrue(operator.stream().anyMatch(l -> l.matches(".* LINE \\w{3} DIALED TO CAROL    DIALED = 001")),
                operator.toString());
    }
}
