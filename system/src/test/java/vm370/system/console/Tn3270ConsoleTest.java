package vm370.system.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.system.console.ConsoleFixture.await;
import static vm370.system.console.ConsoleFixture.awaitLine;
import static vm370.system.console.ConsoleFixture.awaitStatus;
import static vm370.system.console.ConsoleFixture.logon;
import static vm370.system.console.ConsoleFixture.screen;
import static vm370.system.console.ConsoleFixture.status;
import static vm370.system.console.ConsoleFixture.type;

import java.nio.file.Files;
import java.nio.file.Path;
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

/** CP at a 3270, driven by the real s3270 client against a whole system IPLed in a folder. */
@Timeout(180)
class Tn3270ConsoleTest {

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
    void logoCpReadUnknownUserWrongPasswordThenLogonAndQueryNames() throws Exception {
        try (S3270 t = fixture.terminal()) {
            List<String> logo = screen(t);
            assertTrue(logo.getFirst().startsWith("VM/370 ONLINE"), logo.getFirst());
            assertTrue(logo.stream().anyMatch(r -> r.contains("TESTVM")), "the system's name is on the logo");
            assertEquals("RUNNING", status(t));

            t.ok("String(\"typed on the logo\")");
            t.ok("Enter()");
            awaitStatus(t, "CP READ");
            assertTrue(screen(t).stream().noneMatch(r -> r.contains("typed on the logo")), "ENTER only clears the logo");

            type(t, "LOGON NOBODY");
            awaitLine(t, "DMKLOG053E NOBODY NOT IN CP DIRECTORY");
            type(t, "logon alice");
            awaitLine(t, "ENTER PASSWORD:");
            type(t, "WRONGPW");
            awaitLine(t, "DMKLOG050E PASSWORD INCORRECT - REINITIATE LOGON PROCEDURE");
            assertTrue(screen(t).stream().noneMatch(r -> r.contains("WRONGPW")), "the password never shows");
            assertEquals("CP READ", status(t));

            type(t, "LOGON ALICE");
            awaitLine(t, "ENTER PASSWORD:");
            type(t, "alicepw");
            List<String> rows = awaitLine(t, "ECHO READY");
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("LOGMSG- ")), String.join("\n", rows));
            assertTrue(rows.stream().anyMatch(r -> r.startsWith("*  WELCOME TO THE TEST SYSTEM")));
            assertTrue(rows.stream().anyMatch(r -> r.matches("LOGON AT \\d\\d:\\d\\d:\\d\\d \\S+ [A-Z]+DAY \\d\\d/\\d\\d/\\d\\d\\s*")));
            assertTrue(rows.stream().noneMatch(r -> r.contains("alicepw")));
            awaitStatus(t, "VM READ");

            type(t, "hello");
            awaitLine(t, "ECHO 1: hello");
            type(t, "#CP QUERY NAMES");
            awaitLine(t, "ALICE    - 0C0");
            awaitStatus(t, "VM READ");
            type(t, "#CP LOGOFF");
            await(t, "the logo", r -> r.getFirst().startsWith("VM/370 ONLINE"));
        }
        List<String> accounting = Files.readAllLines(fixture.var.resolve("accounting.log"));
        assertTrue(accounting.stream().anyMatch(l -> l.matches("ACCOUNT ALICE +logon=\\S+ logoff=\\S+ connect=\\d+ vcpu=\\d+ "
                + "sio=[1-9]\\d* pagein=\\d+ pageout=\\d+ spool=0")), accounting.toString());
        List<String> journal = fixture.journal();
        assertTrue(journal.stream().anyMatch(l -> l.contains("LOGON_FAILED ALICE PASSWORD_INCORRECT")), journal.toString());
        assertTrue(journal.stream().anyMatch(l -> l.contains(" LOGON ALICE FROM GRAF 0C0")), journal.toString());
        assertTrue(journal.stream().noneMatch(l -> l.toUpperCase().contains("ALICEPW") || l.contains("WRONGPW")));
    }

    @Test
    void usersSendMessagesAndAClassGUserIsRefusedAClassACommand() throws Exception {
        try (S3270 alice = fixture.terminal(); S3270 bob = fixture.terminal()) {
            logon(alice, "ALICE", "ALICEPW", "VM READ");
            logon(bob, "BOB", "BOBPW", "VM READ");
            type(alice, "#CP MSG BOB HELLO FROM ALICE");
            List<String> rows = awaitLine(bob, "MSG FROM ALICE   :  HELLO FROM ALICE");
            int at = rows.indexOf(rows.stream().filter(r -> r.startsWith("MSG FROM ALICE")).findFirst().orElseThrow());
            assertTrue(rows.get(at - 1).strip().matches("\\d\\d:\\d\\d:\\d\\d"), "the time line comes first: " + rows.get(at - 1));

            type(bob, "#CP FORCE ALICE");
            awaitLine(bob, "?CP: FORCE");
            assertTrue(fixture.system.cp().machine("ALICE").isPresent(), "nothing happened to ALICE");
            assertTrue(fixture.journal().stream().anyMatch(l -> l.contains("PRIVILEGE BOB FORCE REFUSED")));
        }
    }

    @Test
    void aDisconnectedMachineKeepsRunningAndReconnectsInCpMode() throws Exception {
        try (S3270 t = fixture.terminal()) {
            logon(t, "ALICE", "ALICEPW", "VM READ");
            type(t, "first");
            awaitLine(t, "ECHO 1: first");
            type(t, "#CP DISCONN");
            await(t, "the logo", rows -> rows.getFirst().startsWith("VM/370 ONLINE"));
        }
        assertTrue(fixture.system.cp().machine("ALICE").isPresent());
        assertFalse(fixture.system.cp().machine("ALICE").orElseThrow().connected());
        try (S3270 t = fixture.terminal()) {
            t.ok("Enter()");
            awaitStatus(t, "CP READ");
            type(t, "LOGON ALICE");
            awaitLine(t, "ENTER PASSWORD:");
            type(t, "ALICEPW");
            awaitLine(t, "RECONNECTED AT ");
            awaitStatus(t, "CP READ");
            type(t, "BEGIN");
            awaitStatus(t, "VM READ");
            type(t, "second");
            awaitLine(t, "ECHO 2: second");
        }
    }

    @Test
    void theOperatorForcesAUserOffAndShutdownEndsEverySession() throws Exception {
        List<String> operator = new CopyOnWriteArrayList<>();
        OperatorConsole console = fixture.sessions.operatorConsole(operator::add);
        fixture.system.commands().useShutdown(() -> {
            try {
                fixture.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try (S3270 alice = fixture.terminal(); S3270 bob = fixture.terminal()) {
            logon(alice, "ALICE", "ALICEPW", "VM READ");
            logon(bob, "BOB", "BOBPW", "VM READ");
            assertTrue(Await.until(() -> operator.stream().anyMatch(l -> l.matches(
                    "\\d\\d:\\d\\d:\\d\\d GRAF 0C0 LOGON  AS ALICE    USERS = 002")), java.time.Duration.ofSeconds(10)), operator.toString());

            console.enter("FORCE ALICE");
            assertTrue(Await.until(() -> operator.contains("GRAF 0C0 LOGOFF AS ALICE    USERS = 002 FORCED"),
                    java.time.Duration.ofSeconds(10)), operator.toString());
            await(alice, "the logo", rows -> rows.getFirst().startsWith("VM/370 ONLINE"));
            assertTrue(Await.until(() -> fixture.system.cp().machine("ALICE").isEmpty(), java.time.Duration.ofSeconds(10)));
            assertTrue(fixture.journal().stream().anyMatch(l -> l.contains("FORCE ALICE")));
            List<String> accounting = Files.readAllLines(fixture.var.resolve("accounting.log"));
            assertTrue(accounting.stream().anyMatch(l -> l.startsWith("ACCOUNT ALICE ")), accounting.toString());

            console.enter("SHUTDOWN");
            bob.ok("Wait(20,Disconnect)");
            assertTrue(Await.until(() -> fixture.system.cp().machines().isEmpty(), java.time.Duration.ofSeconds(20)));
        }
    }

    @Test
    void aFullScreenShowsMoreThenHoldingAndClearShowsTheNextPage() throws Exception {
        try (S3270 t = fixture.terminal(); S3270 bob = fixture.terminal()) {
            logon(t, "CAROL", "CAROLPW", "CP READ");
            logon(bob, "BOB", "BOBPW", "VM READ");
            type(t, "Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T");
            awaitStatus(t, "MORE...");
            t.ok("Enter()");
            awaitStatus(t, "HOLDING");
            t.ok("Clear()");
            await(t, "the next page", rows -> rows.getFirst().startsWith("TIME IS ") || rows.getFirst().startsWith("CONNECT="));
            awaitStatus(t, "CP READ");

            type(t, "Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T");
            awaitStatus(t, "MORE...");
            type(bob, "#CP MSG CAROL ARE YOU THERE");
            awaitStatus(t, "HOLDING");
            t.ok("PA(2)");
            awaitLine(t, "MSG FROM BOB     :  ARE YOU THERE");
        }
    }
}
