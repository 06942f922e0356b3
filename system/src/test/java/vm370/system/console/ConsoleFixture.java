package vm370.system.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import vm370.cp.console.ConsoleSessions;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.asm.Assembler;
import vm370.s370.asm.AssemblyResult;
import vm370.s370.loader.LoadedProgram;
import vm370.s370.loader.Loader;
import vm370.system.boot.RunningSystem;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.testing.RawPeer;
import vm370.terminals.testing.S3270;

/**
 * A whole system IPLed in a folder with the console sessions on a terminal server on a free port:
 * OPERATOR (all classes), ALICE and BOB (class G, IPL the ECHO guest), CAROL (class G, no IPL).
 * Its clock for the logon locks is turned by hand.
 */
final class ConsoleFixture implements AutoCloseable {

    static final String CONFIG = """
            SYSTEM_IDENTIFIER TESTVM
            STORAGE 16M
            VOLUME VMSYS1 3350 10
            LOGON_LOCK 3 10
            LOGMSG *  WELCOME TO THE TEST SYSTEM
            """;

    static final String DIRECTORY = """
            USER OPERATOR OPERPW 1M 16M ABCDEFG
             CONSOLE 009 3215
            USER ALICE ALICEPW 1M 16M G
             IPL ECHO
             CONSOLE 009 3215
             SPOOL 00C 2540 READER *
             SPOOL 00D 2540 PUNCH A
            USER BOB BOBPW 1M 16M G
             IPL ECHO
             CONSOLE 009 3215
            USER CAROL CAROLPW 1M 16M G
             CONSOLE 009 3215
            """;

    /** A clock the brute-force test moves forward. */
    static final class HandClock implements InstantSource {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-08-17T21:48:25Z"));

        @Override
        public Instant instant() {
            return now.get();
        }

        void advance(Duration by) {
            now.updateAndGet(i -> i.plus(by));
        }
    }

    final Path var;
    final RunningSystem system;
    final HandClock clock = new HandClock();
    final ConsoleSessions sessions;
    final TerminalServer server;

    ConsoleFixture(Path dir) throws Exception {
        Files.writeString(dir.resolve("system.config"), CONFIG);
        Files.writeString(dir.resolve("user.direct"), DIRECTORY);
        var = dir.resolve("var");
        system = RunningSystem.ipl(new RunningSystem.Options(dir.resolve("system.config"), var,
                dir.resolve("user.direct"), RunningSystem.Start.COLD, List.of(new EchoGuest())));
        sessions = new ConsoleSessions(system.cp(), system.commands(), var, clock);
        server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), sessions.handler());
    }

    /** A connected s3270 showing the logo. */
    S3270 terminal() throws IOException {
        S3270 s3270 = new S3270("-model", "3278-2");
        s3270.ok("Connect(127.0.0.1:" + server.port() + ")");
        s3270.ok("Wait(10,InputField)");
        return s3270;
    }

    /** Assembles {@code source} and puts it in {@code machine}'s storage where it was assembled to run. */
    static void load(VirtualMachine machine, String name, String source) {
        AssemblyResult assembled = new Assembler(List.of()).assemble(name, source.lines().toList());
        assertEquals(0, assembled.returnCode(), assembled.listing());
        LoadedProgram program = Loader.linkAtAssembledAddress(List.of(assembled.objectDeck()));
        machine.call(() -> {
            machine.storage().storage().writeBytes(program.origin(), program.image(), 0, program.image().length);
            return null;
        });
    }

    /** A line-mode telnet client (a raw socket that refuses TN3270E and the terminal type), at the greeting. */
    RawPeer telnet() throws Exception {
        Duration wait = Duration.ofSeconds(15);
        RawPeer peer = new RawPeer(server.port());
        assertTrue(peer.awaitBytes("fffd28", wait));
        peer.sendHex("fffc28");
        assertTrue(peer.awaitBytes("fffd18", wait));
        peer.sendHex("fffc18");
        assertTrue(peer.awaitText("VM/370 ONLINE\r\n", wait));
        return peer;
    }

    /** Sends a line from a telnet client and waits (at most 15 s) for {@code answer}, forgetting what came before. */
    static void exchange(RawPeer peer, String line, String answer) throws Exception {
        peer.clear();
        peer.sendText(line + "\r\n");
        assertTrue(peer.awaitText(answer, Duration.ofSeconds(15)), "no " + answer + " after " + line);
    }

    /** The terminal's 24 rows. */
    static List<String> screen(S3270 s3270) throws IOException {
        return s3270.ok("Ascii()");
    }

    /** The status area: row 24 from column 61. */
    static String status(S3270 s3270) throws IOException {
        return s3270.ok("Ascii1(24,61,1,19)").getFirst().strip();
    }

    /** Waits (at most 20 s) until the screen satisfies {@code condition}; returns it, or fails naming what it showed. */
    static List<String> await(S3270 s3270, String what, Predicate<List<String>> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> rows = screen(s3270);
        while (!condition.test(rows)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the screen never showed " + what + ":\n" + String.join("\n", rows));
            }
            Thread.sleep(30);
            rows = screen(s3270);
        }
        return rows;
    }

    /** Waits until some row starts with {@code text}. */
    static List<String> awaitLine(S3270 s3270, String text) throws Exception {
        return await(s3270, "a row " + text, rows -> rows.stream().anyMatch(r -> r.startsWith(text)));
    }

    /** Waits until the status area shows {@code word}. */
    static void awaitStatus(S3270 s3270, String word) throws Exception {
        await(s3270, "status " + word, rows -> rows.get(23).substring(60).strip().equals(word));
    }

    /** Types a line into the input area and presses ENTER. */
    static void type(S3270 s3270, String line) throws IOException {
        s3270.ok("Wait(10,Unlock)");
        s3270.ok("String(\"" + line.replace("\\", "\\\\").replace("\"", "\\\"") + "\")");
        s3270.ok("Enter()");
    }

    /** From the logo through LOGON and the password to the status {@code after}. */
    static void logon(S3270 s3270, String userid, String password, String after) throws Exception {
        s3270.ok("Enter()");
        awaitStatus(s3270, "CP READ");
        type(s3270, "LOGON " + userid);
        awaitLine(s3270, "ENTER PASSWORD:");
        type(s3270, password);
        awaitLine(s3270, "LOGON AT ");
        awaitStatus(s3270, after);
    }

    /** The security journal's lines so far. */
    List<String> journal() throws IOException {
        return Files.readAllLines(var.resolve("journal.log"));
    }

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** SHUTDOWN: the terminals, the sessions' files, then CP. Once; a test's SHUTDOWN may have done it. */
    @Override
    public void close() throws Exception {
        if (closed.getAndSet(true)) {
            return;
        }
        server.close();
        sessions.close();
        system.close();
    }
}
