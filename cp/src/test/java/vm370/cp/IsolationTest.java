package vm370.cp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.vm.VirtualMachine;

/** With a hundred machines running, wild guests stop neither CP nor any other machine. */
class IsolationTest {

    private static final int GOOD = 100;
    private static final int WILD = 6;

    /** Counts to 20,000, then writes its userid's number to its console and stops. */
    private static final String WORKER = """
            WORK     START X'2000'
                     BALR  12,0
                     USING *,12
                     L     3,=F'20000'
            LOOP     BCT   3,LOOP
                     LA    1,CCW
                     ST    1,X'48'
                     SIO   X'009'
                     BC    7,FAIL
            POLL     TIO   X'009'
                     BC    2,POLL
                     LPSW  DONE
            FAIL     LPSW  ERROR
                     DS    0D
            DONE     DC    X'0002000000000000'
            ERROR    DC    X'0002000000000BAD'
            CCW      DC    X'09',AL3(MSG),X'20',X'00',AL2(L'MSG)
            MSG      DC    C'WORKER DONE'
                     LTORG
                     END   WORK
            """;

    /** Wild guests: garbage executed, a tight loop, garbage channel programs, garbage new PSWs. */
    private static String wild(int kind, Random random) {
        List<String> body = switch (kind) {
            case 0, 4 -> List.of(statement("", "B", "JUNK"));
            case 1, 5 -> List.of(statement("LOOP", "B", "LOOP"));
            case 2 -> List.of(statement("", "LA", "1,JUNK"), statement("", "ST", "1,X'48'"),
                    statement("AGAIN", "SIO", "X'009'"), statement("", "SIO", "X'00C'"),
                    statement("", "SIO", "X'123'"), statement("", "B", "AGAIN"));
            default -> List.of(statement("", "MVC", "X'68'(8),JUNK"), statement("", "MVC", "X'60'(8),JUNK+8"),
                    statement("", "L", "1,=F'-1'"), statement("", "MVC", "0(4,1),0(1)"));
        };
        StringBuilder source = new StringBuilder()
                .append(statement("WILD", "START", "X'2000'")).append(statement("", "BALR", "12,0"))
                .append(statement("", "USING", "*,12"));
        body.forEach(source::append);
        source.append(statement("JUNK", "DS", "0D"));
        for (int i = 0; i < 64; i++) {
            source.append(statement("", "DC", String.format("X'%08X'", random.nextInt())));
        }
        return source.append(statement("", "LTORG", "")).append(statement("", "END", "WILD")).toString();
    }

    private static String statement(String label, String operation, String operands) {
        return String.format("%-8s %-5s %s%n", label, operation, operands);
    }

    @TempDir
    Path var;
    private TestSystem system;

    @BeforeEach
    void ipl() throws Exception {
        StringBuilder directory = new StringBuilder();
        for (int i = 0; i < GOOD + WILD; i++) {
            directory.append(String.format("USER U%03d PW 64K 16M G%n CONSOLE 009 3215%n SPOOL 00C 2540 READER *%n", i));
        }
        system = new TestSystem(var, "STORAGE 4M\nPROCESSORS 2\n", directory.toString());
    }

    @AfterEach
    void shutdown() throws Exception {
        system.close();
    }

    @Test
    void wildGuestsStopNeitherCpNorAnyOtherMachine() throws Exception {
        Random random = new Random(370);
        List<List<String>> consoles = new ArrayList<>();
        for (int i = 0; i < GOOD + WILD; i++) {
            String userid = String.format("U%03d", i);
            system.punchIplDeck(userid, i < GOOD ? WORKER : wild(i - GOOD, random));
            consoles.add(system.logon(userid));
        }
        for (int i = GOOD; i < GOOD + WILD; i++) {
            system.cp.ipl(system.machine(String.format("U%03d", i)), "00C", "");
        }
        for (int i = 0; i < GOOD; i++) {
            system.cp.ipl(system.machine(String.format("U%03d", i)), "00C", "");
        }
        for (int i = 0; i < GOOD; i++) {
            List<String> console = consoles.get(i);
            TestSystem.await(() -> console.size() >= 2, "worker " + console);
            assertEquals(List.of("WORKER DONE", "DMKDSP450W CP ENTERED; DISABLED WAIT PSW '00020000 00000000'"), console);
        }
        for (int i = GOOD; i < GOOD + WILD; i++) {
            VirtualMachine wild = system.machine(String.format("U%03d", i));
            assertTrue(wild.state() != VirtualMachine.RunState.LOGGED_OFF, "a wild machine is still CP's to control");
            system.cp.logoff(wild.userid());
        }
        assertEquals(GOOD, system.cp.machines().size());
    }
}
