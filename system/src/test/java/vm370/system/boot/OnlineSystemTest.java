package vm370.system.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.config.ConfigException;

/** A system brought online in this process: AUTOLOG, the operator's console, real devices, terminals, SHUTDOWN. */
class OnlineSystemTest {

    private static final String CONFIG = """
            SYSTEM_IDENTIFIER TESTVM
            STORAGE 16M
            VOLUME VMSYS1 3350 10
            TERMINAL PORT 3270
            OPERATOR OPERATOR
            AUTOLOG ALICE NOSUCH
            READER 00C HOPPER hopper
            PUNCH 00D OUTPUT punch
            """;

    private static final String DIRECT = """
            USER OPERATOR OPERATOR 1M 4M ABCDEFG
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
            USER ALICE ALICE 1M 4M G
             IPL CMS
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
            """;

    @TempDir
    Path dir;

    private final List<String> console = new CopyOnWriteArrayList<>();

    private OnlineSystem.Options options(RunningSystem.Start start) throws Exception {
        Files.writeString(dir.resolve("system.config"), CONFIG);
        Files.writeString(dir.resolve("user.direct"), DIRECT);
        RunningSystem.Options system = new RunningSystem.Options(dir.resolve("system.config"), dir.resolve("var"),
                dir.resolve("user.direct"), start, NamedSystemsCatalog.all());
        return OnlineSystem.Options.of(system, console::add).withPort(OptionalInt.of(0));
    }

    @Test
    void iplAutologsTheConfiguredUsersDisconnectedAndReportsTheOnesItCannot() throws Exception {
        try (OnlineSystem online = OnlineSystem.ipl(options(RunningSystem.Start.COLD))) {
            assertTrue(console.contains("DMKCPI966I INITIALIZATION COMPLETE"), console.toString());
            assertTrue(console.stream().anyMatch(line -> line.matches("\\d\\d:\\d\\d:\\d\\d AUTO LOGON   \\*\\*\\*   ALICE    USERS = 002")),
                    "the operator is told, with the time: " + console);
            assertTrue(console.stream().anyMatch(line -> line.endsWith(" DMKLOG053E NOSUCH NOT IN CP DIRECTORY")), console.toString());
            online.operator().enter("QUERY NAMES");
            assertTrue(console.stream().anyMatch(line -> line.contains("ALICE    - DSC")), console.toString());
        }
    }

    @Test
    void shutdownFromTheOperatorLogsEveryoneOffAndSavesTheWarmStartData() throws Exception {
        OnlineSystem online = OnlineSystem.ipl(options(RunningSystem.Start.COLD));
        online.operator().enter("SHUTDOWN");
        online.awaitShutdown();
        assertEquals(0, online.exitCode());
        assertTrue(online.system().cp().machines().isEmpty(), "everyone logged off");
        assertEquals(List.of("DMKCKP960I SYSTEM WARM START DATA SAVED", "DMKCKP961W SYSTEM SHUTDOWN COMPLETE"),
                console.subList(console.size() - 2, console.size()));
        online.shutdown();
        assertEquals(1, console.stream().filter(line -> line.startsWith("DMKCKP961W")).count(), "a second SHUTDOWN does nothing");
    }

    @Test
    void aDeckInTheHopperIsSpooledAndKeptByAWarmStartButNotByACold() throws Exception {
        try (OnlineSystem online = OnlineSystem.ipl(options(RunningSystem.Start.COLD))) {
            Path hopper = dir.resolve("var").resolve("hopper");
            Files.writeString(hopper.resolve("deck.tmp"), "ID ALICE\nHELLO FROM THE HOPPER\n");
            Files.move(hopper.resolve("deck.tmp"), hopper.resolve("HELLO.DATA"));
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            // The operator's line follows the file's arrival in the spool: wait for the line.
            while (console.stream().noneMatch(line -> line.contains(" RDR 00C INPUT FOR ALICE")) && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertTrue(console.stream().anyMatch(line -> line.contains(" RDR 00C INPUT FOR ALICE")), console.toString());
            assertEquals(1, online.system().spool().manager().fileCount());
        }
        try (OnlineSystem online = OnlineSystem.ipl(options(RunningSystem.Start.WARM))) {
            assertEquals(1, online.system().spool().manager().fileCount());
        }
        try (OnlineSystem online = OnlineSystem.ipl(options(RunningSystem.Start.COLD))) {
            assertEquals(0, online.system().spool().manager().fileCount());
        }
    }

    @Test
    void terminalsCanConnectToThePortTheSystemListensOn() throws Exception {
        try (OnlineSystem online = OnlineSystem.ipl(options(RunningSystem.Start.COLD));
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), online.port())) {
            assertTrue(socket.isConnected());
            assertTrue(console.contains("DMKCPI957I TERMINALS ON PORT " + online.port()), console.toString());
        }
    }

    @Test
    void aTakenPortFailsTheIplWithCpsMessageAndLeavesTheStateFree() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            OnlineSystem.Options options = options(RunningSystem.Start.COLD).withPort(OptionalInt.of(taken.getLocalPort()));
            IplException e = assertThrows(IplException.class, () -> OnlineSystem.ipl(options));
            assertTrue(e.getMessage().startsWith("DMKCPI956E TERMINAL PORT " + taken.getLocalPort()), e.getMessage());
        }
        try (OnlineSystem online = OnlineSystem.ipl(options(RunningSystem.Start.WARM))) {
            assertTrue(online.port() > 0, "the directory and spool were closed by the failed IPL");
        }
    }

    @Test
    void aDirectoryDatabaseLostSinceTheLastIplIsRecoveredFromItsSaveFileWithAMessage() throws Exception {
        try (OnlineSystem online = OnlineSystem.ipl(options(RunningSystem.Start.COLD))) {
            assertTrue(online.system().firstIpl());
        }
        Path var = dir.resolve("var");
        Files.delete(var.resolve("directory.mv.db"));
        console.clear();
        try (OnlineSystem online = OnlineSystem.ipl(options(RunningSystem.Start.WARM))) {
            assertEquals(List.of("WARM START", "DMKDIR795I DIRECTORY RECOVERED FROM "
                    + var.resolve("directory.direct").toAbsolutePath()), console.subList(2, 4));
            assertTrue(online.system().directory().lookup("ALICE").isPresent());
            assertFalse(online.system().firstIpl());
        }
    }

    @Test
    void aDirectorySourceWithErrorsStopsTheIplNamingTheLine() throws Exception {
        OnlineSystem.Options options = options(RunningSystem.Start.COLD);
        Files.writeString(dir.resolve("user.direct"), DIRECT + "USER BOB\n");
        ConfigException e = assertThrows(ConfigException.class, () -> OnlineSystem.ipl(options));
        assertTrue(e.errors().getLast().startsWith("DMKDIR770E DIRECTORY NOT UPDATED"), e.getMessage());
        assertTrue(e.getMessage().contains("user.direct"), e.getMessage());
    }
}
