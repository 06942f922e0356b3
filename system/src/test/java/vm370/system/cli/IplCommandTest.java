package vm370.system.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.system.testing.SystemProcess;

/** {@code vm370 ipl --headless} in child JVMs: the operator on standard input and output. */
@Tag("system")
class IplCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final String CONFIG = """
            SYSTEM_IDENTIFIER TESTVM
            STORAGE 16M
            VOLUME VMSYS1 3350 10
            TERMINAL PORT 3270
            OPERATOR OPERATOR
            AUTOLOG RSCS CMSBATCH
            READER 00C HOPPER hopper
            """;

    private static final String DIRECT = """
            USER OPERATOR OPERATOR 1M 4M ABCDEFG
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            USER RSCS RSCS 1M 4M G
             IPL RSCS
             CONSOLE 009 3215
            USER CMSBATCH BATCH 1M 4M G
             IPL CMS PARM BATCH
             CONSOLE 009 3215
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeTheSystem() throws Exception {
        Files.writeString(dir.resolve("system.config"), CONFIG);
        Files.writeString(dir.resolve("user.direct"), DIRECT);
    }

    private SystemProcess ipl(String var, String... more) throws Exception {
        String[] args = new String[6 + more.length];
        String[] fixed = {"ipl", "--headless", "--config", dir.resolve("system.config").toString(), "--var", dir.resolve(var).toString()};
        System.arraycopy(fixed, 0, args, 0, fixed.length);
        System.arraycopy(more, 0, args, fixed.length, more.length);
        return SystemProcess.start(dir, dir.resolve(var + ".err"), args);
    }

    private static void expect(SystemProcess system, String regex) throws InterruptedException {
        assertTrue(system.await(regex, 0, WAIT).isPresent(), "expected /" + regex + "/ in:\n" + system.transcript());
    }

    @Test
    void theOperatorSeesTheAutologgedMachinesAndShutdownEndsTheProcessWithExitZero() throws Exception {
        try (SystemProcess system = ipl("var", "--port", "0")) {
            expect(system, "^DMKCPI966I INITIALIZATION COMPLETE$");
            expect(system, "^\\d\\d:\\d\\d:\\d\\d AUTO LOGON   \\*\\*\\*   CMSBATCH USERS = 003$");
            Path hopper = dir.resolve("var").resolve("hopper");
            Files.writeString(hopper.resolve("deck.tmp"), "KEEP ME\n");
            Files.move(hopper.resolve("deck.tmp"), hopper.resolve("KEEP.DATA"));
            expect(system, " RDR 00C INPUT FOR OPERATOR FILE = 0001$");
            system.enter("QUERY NAMES");
            expect(system, "CMSBATCH - DSC.*RSCS     - DSC");
            system.enter("SHUTDOWN");
            expect(system, "^DMKCKP961W SYSTEM SHUTDOWN COMPLETE$");
            assertEquals(0, system.awaitExit(WAIT));
        }
        try (SystemProcess system = ipl("var", "--port", "0")) {
            system.enter("QUERY FILES");
            expect(system, "^FILES: 001 RDR,  NO PRT,  NO PUN$");
            system.enter("SHUTDOWN");
            assertEquals(0, system.awaitExit(WAIT), system.transcript());
        }
        try (SystemProcess system = ipl("var", "--port", "0", "--cold")) {
            expect(system, "^COLD START$");
            system.enter("QUERY FILES");
            expect(system, "^FILES:  NO RDR,  NO PRT,  NO PUN$");
            system.enter("SHUTDOWN");
            assertEquals(0, system.awaitExit(WAIT), system.transcript());
        }
    }

    @Test
    void aBadConfigurationPrintsCpsErrorWithItsLineAndFailsTheIpl() throws Exception {
        Path file = dir.resolve("system.config");
        Files.writeString(file, CONFIG + "PROCESSORS 99\n");
        try (SystemProcess system = ipl("var")) {
            int code = system.awaitExit(WAIT);
            assertNotEquals(0, code);
            assertNotEquals(-1, code, "the process ended by itself");
            String errors = Files.readString(system.errors());
            assertTrue(errors.contains("DMKSYS002E " + file + " LINE 8: INVALID NUMBER 99 (1-16)"), errors);
            assertTrue(!errors.contains("Exception"), "no Java stack trace: " + errors);
        }
    }

    @Test
    void twoSystemsRunSideBySideWithTheirOwnStateAndPortsAndSigtermShutsOneDownInOrder() throws Exception {
        try (SystemProcess first = ipl("first", "--port", "0");
             SystemProcess second = ipl("second", "--port", "0")) {
            int firstPort = port(first);
            int secondPort = port(second);
            assertNotEquals(firstPort, secondPort);
            for (int port : new int[] {firstPort, secondPort}) {
                try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    assertTrue(socket.isConnected());
                }
            }
            for (SystemProcess system : new SystemProcess[] {first, second}) {
                system.enter("QUERY NAMES");
                expect(system, "CMSBATCH - DSC");
            }
            first.enter("SHUTDOWN");
            assertEquals(0, first.awaitExit(WAIT), first.transcript());
            second.terminate();
            assertNotEquals(-1, second.awaitExit(WAIT), "SIGTERM ended the process");
            expect(second, "^DMKCKP961W SYSTEM SHUTDOWN COMPLETE$");
        }
        assertTrue(Files.exists(dir.resolve("first").resolve("directory.mv.db")));
        assertTrue(Files.exists(dir.resolve("second").resolve("directory.mv.db")));
    }

    private static int port(SystemProcess system) throws InterruptedException {
        Matcher m = system.await("^DMKCPI957I TERMINALS ON PORT (\\d+)", 0, WAIT)
                .orElseThrow(() -> new AssertionError("no port in:\n" + system.transcript()));
        return Integer.parseInt(m.group(1));
    }
}
