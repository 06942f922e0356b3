package vm370.system.console;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.system.console.ConsoleFixture.await;
import static vm370.system.console.ConsoleFixture.awaitLine;
import static vm370.system.console.ConsoleFixture.awaitStatus;
import static vm370.system.console.ConsoleFixture.logon;
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
import vm370.cp.console.OperatorConsole;
import vm370.terminals.testing.Await;
import vm370.terminals.testing.S3270;

/** The operator's console commands that act on terminals: SET LOGMSG, SEND, DISABLE and ENABLE. */
@Timeout(180)
class OperatorAtTheConsoleTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;

    private ConsoleFixture fixture;
    private final List<String> operator = new CopyOnWriteArrayList<>();
    private OperatorConsole console;

    @BeforeEach
    void ipl() throws Exception {
        fixture = new ConsoleFixture(dir);
        console = fixture.sessions.operatorConsole(operator::add);
    }

    @AfterEach
    void shutdown() throws Exception {
        fixture.close();
    }

    @Test
    void theOperatorsLogMessageIsShownAtTheNextLogon() throws Exception {
        console.enter("SET LOGMSG 2 *  SYSTEM DOWN AT 17:00");
        console.enter("QUERY LOGMSG");
        assertTrue(Await.until(() -> operator.contains("*  SYSTEM DOWN AT 17:00"), WAIT), operator.toString());
        try (S3270 t = fixture.terminal()) {
            logon(t, "CAROL", "CAROLPW", "CP READ");
            List<String> rows = awaitLine(t, "*  SYSTEM DOWN AT 17:00");
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("*  WELCOME TO THE TEST SYSTEM")), "line 1 kept");
            type(t, "SET LOGMSG NULL");
            awaitLine(t, "INVALID OPTION - LOGMSG");
        }
    }

    @Test
    void sendTypesForADisconnectedMachine() throws Exception {
        try (S3270 t = fixture.terminal()) {
            logon(t, "ALICE", "ALICEPW", "VM READ");
            type(t, "#CP DISCONN");
            await(t, "the logo", rows -> rows.getFirst().startsWith("VM/370 ONLINE"));
        }
        console.enter("SEND ALICE sent by the operator");
        console.enter("SEND BOB anything");
        assertTrue(Await.until(() -> operator.contains("BOB NOT LOGGED ON"), WAIT), operator.toString());
        try (S3270 t = fixture.terminal()) {
            t.ok("Enter()");
            awaitStatus(t, "CP READ");
            type(t, "LOGON ALICE");
            awaitLine(t, "ENTER PASSWORD:");
            type(t, "ALICEPW");
            awaitLine(t, "RECONNECTED AT ");
            type(t, "BEGIN");
            type(t, "next");
            awaitLine(t, "ECHO 2: next");
        }
    }

    @Test
    void disabledTerminalsGetNoLogoUntilEnabled() throws Exception {
        console.enter("DISABLE ALL");
        try (S3270 t = new S3270("-model", "3278-2")) {
            t.run("Connect(127.0.0.1:" + fixture.server.port() + ")");
            t.ok("Wait(10,Disconnect)");
        }
        console.enter("ENABLE ALL");
        try (S3270 t = fixture.terminal()) {
            await(t, "the logo", rows -> rows.getFirst().startsWith("VM/370 ONLINE"));
        }
    }
}
