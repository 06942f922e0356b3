package vm370.cp.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.TestSystem;

/** QUERY TIME and INDICATE in VM/370's layouts; the operator's FORCE, AUTOLOG, XAUTOLOG and SHUTDOWN. */
class OperatorCommandsTest {

    @TempDir
    Path var;
    private CommandFixture fixture;

    @BeforeEach
    void logon() throws Exception {
        fixture = new CommandFixture(var);
    }

    @AfterEach
    void logoff() throws Exception {
        fixture.close();
    }

    @Test
    void queryTimeGivesTheTimeThenTheConnectLine() throws Exception {
        List<String> lines = fixture.run("ALICE", "Q T").lines();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).matches("TIME IS \\d\\d:\\d\\d:\\d\\d \\S+ [A-Z]+DAY \\d\\d/\\d\\d/\\d\\d"), lines.get(0));
        assertTrue(lines.get(1).matches("CONNECT= \\d\\d:\\d\\d:\\d\\d VIRTCPU= \\d{3}:\\d\\d\\.\\d\\d TOTCPU= \\d{3}:\\d\\d\\.\\d\\d"),
                lines.get(1));
    }

    @Test
    void accountingTimesAreMinutesSecondsAndHundredths() {
        assertEquals("002:05.37", TimeFormat.processorTime(125_370_000_000L));
        assertEquals("CONNECT= 01:02:03 VIRTCPU= 000:00.10 TOTCPU= 000:00.10",
                TimeFormat.accounting(java.time.Duration.ofSeconds(3723), 100_000_000L));
    }

    @Test
    void indicateShowsTheLoadAndOnesOwnPages() throws Exception {
        String load = fixture.run("ALICE", "IND").lines().getFirst();
        assertTrue(load.matches("CPU-\\d{3}%  APU-\\d{3}%  Q1-\\d\\d  Q2-\\d\\d  STORAGE-\\d{3}%  RATIO-\\d+\\.\\d"), load);
        List<String> user = fixture.run("OPERATOR", "INDICATE USER BOB").lines();
        assertTrue(user.get(0).matches("PAGES: RES-\\d{4} WS-\\d{4} READS=\\d{6} WRITES=\\d{6} MH-0000 FH-0000"), user.get(0));
        assertTrue(user.get(1).matches("VTIME=\\d{3}:\\d\\d TTIME=\\d{3}:\\d\\d"), user.get(1));
    }

    @Test
    void indicateQueuesShowsALoopingMachineInTheDispatchListForClassEOnly() throws Exception {
        fixture.system.punchIplDeck("ALICE", """
                SPIN     START X'2000'
                         BALR  12,0
                         USING *,12
                LOOP     B     LOOP
                         END   SPIN
                """);
        fixture.run("ALICE", "IPL 00C");
        List<String> queues = List.of();
        for (int tries = 0; tries < 1000 && queues.stream().noneMatch(line -> line.startsWith("ALICE ")); tries++) {
            Thread.sleep(5);
            queues = fixture.run("OPERATOR", "INDICATE QUEUES").lines();
        }
        assertTrue(queues.stream().anyMatch(line -> line.matches("ALICE    Q[12] [R ] \\d{5}/\\d{5}")), queues.toString());
        assertEquals(List.of("DMKTHI003E INVALID OPTION - QUEUES"), fixture.run("BOB", "INDICATE QUEUES").lines());
    }

    @Test
    void setPriorityAndShareReorderTheDispatcherForClassAOnly() throws Exception {
        var alice = fixture.system.machine("ALICE").dispatchable();
        assertEquals(List.of(), fixture.run("OPERATOR", "SET PRIORITY ALICE 10").lines());
        assertEquals(10, alice.priority());
        assertEquals(List.of(), fixture.run("OPERATOR", "SET SHARE ALICE RELATIVE 250").lines());
        assertEquals(250, alice.share());
        assertEquals(List.of("DMKCFS002E INVALID OPERAND - 0"), fixture.run("OPERATOR", "SET SHARE ALICE 0").lines());
        assertEquals(List.of("DMKCFS045E NOBODY NOT LOGGED ON"), fixture.run("OPERATOR", "SET PRIORITY NOBODY 5").lines());
        assertEquals(List.of("DMKCFS003E INVALID OPTION - PRIORITY"), fixture.run("BOB", "SET PRIORITY ALICE 1").lines());
        assertEquals(10, alice.priority(), "a class G user changed nothing");
    }

    @Test
    void forceLogsTheUserOffTellingItBySystem() throws Exception {
        assertEquals(List.of("GRAF 009 LOGOFF AS BOB      USERS = 002 FORCED"), fixture.run("OPERATOR", "FORCE BOB").lines());
        TestSystem.await(() -> fixture.system.cp.machine("BOB").isEmpty(), "BOB logged off");
        List<String> bob = fixture.console("BOB");
        assertTrue(bob.get(0).startsWith("CONNECT= "), bob.toString());
        assertTrue(bob.get(1).matches("LOGOFF AT \\d\\d:\\d\\d:\\d\\d .* BY SYSTEM"), bob.get(1));
        assertEquals(List.of("DMKCPV045E BOB NOT LOGGED ON"), fixture.run("OPERATOR", "FORCE BOB").lines());
        assertEquals(List.of("002 USERS, 000 DIALED"), fixture.run("ALICE", "Q USERS").lines());
    }

    @Test
    void autologChecksThePasswordAndLeavesTheUserDisconnected() throws Exception {
        assertEquals(List.of("DMKLOG050E PASSWORD INCORRECT"), fixture.run("OPERATOR", "AUTOLOG CAROL WRONG").lines());
        assertEquals(List.of("DMKLOG053E NOBODY NOT IN CP DIRECTORY"), fixture.run("OPERATOR", "AUTOLOG NOBODY X").lines());
        assertEquals(List.of("DMKLOG026E OPERAND MISSING OR INVALID"), fixture.run("OPERATOR", "AUTOLOG CAROL").lines());
        assertEquals(List.of("AUTO LOGON   ***   CAROL    USERS = 004  BY  OPERATOR"),
                fixture.run("OPERATOR", "AUTOLOG CAROL CAROLPW").lines());
        assertEquals(List.of("CAROL    - DSC"), fixture.run("ALICE", "Q CAROL").lines());
        assertEquals(List.of("DMKLOG054E CAROL ALREADY LOGGED ON"), fixture.run("OPERATOR", "XAUTOLOG CAROL").lines());
    }

    @Test
    void xautologNeedsNoPassword() throws Exception {
        assertEquals(List.of("AUTO LOGON   ***   CAROL    USERS = 004  BY  OPERATOR"),
                fixture.run("OPERATOR", "XAUTO CAROL").lines());
        assertTrue(fixture.system.cp.machine("CAROL").isPresent());
    }

    @Test
    void shutdownRunsTheInstalledShutdownAndIsUnknownWithoutOne() throws Exception {
        assertEquals(List.of("DMKCFC001E ?CP: SHUTDOWN"), fixture.run("OPERATOR", "SHUTDOWN").lines());
        AtomicBoolean done = new AtomicBoolean();
        fixture.processor.useShutdown(() -> done.set(true));
        assertEquals(0, fixture.run("OPERATOR", "SHUTDOWN").returnCode());
        TestSystem.await(done::get, "the shutdown hook");
    }
}
