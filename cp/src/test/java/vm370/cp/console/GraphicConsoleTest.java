package vm370.cp.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.TestSystem;
import vm370.cp.command.CpCommandProcessor;
import vm370.cp.vm.FullScreenConsole;
import vm370.s370.text.Ebcdic;
import vm370.terminals.TerminalServer;
import vm370.terminals.TerminalServerConfig;
import vm370.terminals.datastream.BufferAddress;
import vm370.terminals.datastream.DataStreamCodec;
import vm370.terminals.datastream.FieldAttribute;
import vm370.terminals.datastream.InboundRecord;
import vm370.terminals.datastream.Order;
import vm370.terminals.datastream.WriteBuilder;
import vm370.terminals.testing.S3270;

/** The 3270 console's layout as DMKGRF draws it, and the full-screen side, seen through the real s3270. */
@Timeout(120)
class GraphicConsoleTest {

    private static final String CONFIG = """
            SYSTEM_IDENTIFIER TESTVM
            STORAGE 8M
            VOLUME VMSYS1 3350 10
            """;
    private static final String DIRECTORY = """
            USER ALICE ALICEPW 1M 16M G
             CONSOLE 009 3215
            """;

    @TempDir
    Path dir;

    private TestSystem system;
    private ConsoleSessions sessions;
    private TerminalServer server;
    private S3270 s3270;

    @BeforeEach
    void start() throws Exception {
        system = new TestSystem(dir, CONFIG, DIRECTORY);
        CpCommandProcessor commands = new CpCommandProcessor(system.cp);
        system.cp.useCommands(commands);
        sessions = new ConsoleSessions(system.cp, commands, dir.resolve("state"));
        server = TerminalServer.start(TerminalServerConfig.defaults().withPort(0), sessions.handler());
        s3270 = new S3270("-model", "3278-2");
        s3270.ok("Connect(127.0.0.1:" + server.port() + ")");
        s3270.ok("Wait(10,InputField)");
    }

    @AfterEach
    void stop() throws Exception {
        s3270.close();
        server.close();
        sessions.close();
        system.close();
    }

    /**
     * The field attribute at a buffer address, as s3270's ReadBuffer shows it ({@code SF(c0=xx)}):
     * s3270 shows the attribute with both high bits on, so X'60' reads e0 and X'4D' reads cd.
     */
    private String attributeAt(int address) throws Exception {
        String cell = s3270.ok("ReadBuffer(Ebcdic)").get(address / 80).split(" ")[address % 80];
        assertTrue(cell.startsWith("SF(c0="), "no field attribute at " + address + ": " + cell);
        return cell.substring(6, 8);
    }

    private List<String> await(String what, Predicate<List<String>> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> rows = s3270.ok("Ascii()");
        while (!condition.test(rows)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("never " + what + ":\n" + String.join("\n", rows));
            }
            Thread.sleep(30);
            rows = s3270.ok("Ascii()");
        }
        return rows;
    }

    private void awaitStatus(String word) throws Exception {
        await("status " + word, rows -> rows.get(23).substring(60).strip().equals(word));
    }

    private void type(String line) throws Exception {
        s3270.ok("Wait(10,Unlock)");
        s3270.ok("String(\"" + line + "\")");
        s3270.ok("Enter()");
    }

    private void logon() throws Exception {
        s3270.ok("Enter()");
        awaitStatus("CP READ");
        type("LOGON ALICE");
        await("the prompt", rows -> rows.get(2).startsWith("ENTER PASSWORD:"));
        type("ALICEPW");
        await("LOGON AT", rows -> rows.stream().anyMatch(r -> r.startsWith("LOGON AT ")));
        awaitStatus("CP READ");
    }

    @Test
    void theLogoAndTheConsoleHaveDmkgrfsFieldsAndPlaces() throws Exception {
        List<String> logo = s3270.ok("Ascii()");
        assertTrue(logo.get(0).startsWith("VM/370 ONLINE "), logo.get(0));
        assertEquals("e8", attributeAt(1919), "the logo line is protected and intensified, from row 1 column 1");
        assertEquals("RUNNING", logo.get(23).substring(60).strip());

        s3270.ok("Enter()");
        awaitStatus("CP READ");
        assertEquals("c1", attributeAt(1759), "the input area: unprotected, MDT on, from row 23 column 1");
        assertEquals("e0", attributeAt(1899), "the status area: protected, at row 24 column 61");
        type("LOGON ALICE");
        List<String> rows = await("the prompt", r -> r.get(2).startsWith("ENTER PASSWORD:"));
        assertEquals("", rows.get(0).strip(), "the ENTER that cleared the logo");
        assertTrue(rows.get(1).startsWith("LOGON ALICE"), "the echo");
        assertEquals("cd", attributeAt(1759), "the password is read non-display");
        type("ALICEPW");
        rows = await("LOGON AT", r -> r.get(4).startsWith("LOGON AT "));
        assertEquals("", rows.get(3).strip(), "the password echoes as an empty line");
        assertEquals("c1", attributeAt(1759));
    }

    @Test
    void theKeyboardStaysLockedUntilCpHasActedOnTheLine() throws Exception {
        s3270.ok("Enter()");
        awaitStatus("CP READ");
        // Were the echo's write to unlock the keyboard, a typist could start on the password before
        // the prompt's write hid and erased the input area; several rounds (four rows each,
        // all on one page) make that race show.
        for (int round = 1; round <= 5; round++) {
            type("LOGON ALICE");
            s3270.ok("Wait(10,Unlock)");
            List<String> rows = s3270.ok("Ascii()");
            int prompts = (int) rows.stream().filter(r -> r.startsWith("ENTER PASSWORD:")).count();
            assertEquals(round, prompts, "unlocked before CP prompted:\n" + String.join("\n", rows));
            assertEquals("cd", attributeAt(1759), "unlocked before the input area was hidden");
            type("WRONGPW");
            int refusals = round;
            await("the refusal", r -> r.stream().filter(l -> l.startsWith("DMKLOG050E")).count() == refusals);
        }
    }

    @Test
    void withTerminalMoreZeroThePagesTurnByThemselves() throws Exception {
        logon();
        type("TERMINAL MORE 0 0");
        type("Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#Q T#QUERY TERMINAL");
        List<String> rows = await("the last page", r -> r.stream().anyMatch(l -> l.startsWith("AUTOCR OFF, MORE 000 000")));
        assertTrue(rows.get(0).startsWith("TIME IS") || rows.get(0).startsWith("CONNECT=") || rows.get(0).startsWith("LINEND"),
                rows.get(0));
        awaitStatus("CP READ");
    }

    @Test
    void aLineTypedWhileTheLastOneStillWaitsForTheGuestIsNotAccepted() throws Exception {
        java.util.concurrent.CountDownLatch wake = new java.util.concurrent.CountDownLatch(1);
        system.named.register(new vm370.cp.guest.GuestSystem() {
            @Override
            public String name() {
                return "NAP";
            }

            @Override
            public void run(vm370.cp.guest.GuestMachine machine, String parm) {
                try {
                    wake.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        try {
            logon();
            type("IPL NAP");
            awaitStatus("RUNNING");
            type("first line");
            await("the echo", rows -> rows.stream().anyMatch(r -> r.startsWith("first line")));
            awaitStatus("RUNNING");
            type("second line");
            awaitStatus("NOT ACCEPTED");
            List<String> rows = s3270.ok("Ascii()");
            assertTrue(rows.get(22).startsWith("second line"), "kept in the input area for entering again");
            assertEquals(1, rows.stream().filter(r -> r.startsWith("second line")).count(), "and not echoed");
        } finally {
            wake.countDown();
        }
    }

    @Test
    void programFunctionKeysRunTheirCommandsOrFillTheInputArea() throws Exception {
        logon();
        type("SET PF5 IMMED QUERY USERS");
        type("SET PF6 DELAYED QUERY USERID");
        s3270.ok("Wait(10,Unlock)");
        s3270.ok("PF(5)");
        await("PF5's response", rows -> rows.stream().anyMatch(r -> r.startsWith("001 USERS, 000 DIALED")));
        s3270.ok("Wait(10,Unlock)");
        s3270.ok("PF(6)");
        await("PF6's text in the input area", rows -> rows.get(22).startsWith("QUERY USERID"));
        s3270.ok("Enter()");
        await("its response", rows -> rows.stream().anyMatch(r -> r.startsWith("ALICE AT TESTVM")));
    }

    @Test
    void aGuestsFullScreenTakesTheTerminalAndPa1GivesItBackToCp() throws Exception {
        logon();
        FullScreenConsole screen = system.machine("ALICE").fullScreen();
        assertTrue(screen.available());
        assertEquals(24, screen.rows());
        assertEquals(80, screen.columns());
        byte[] stream = DataStreamCodec.toBytes(WriteBuilder.eraseWrite(80)
                .at(0, 0).field(FieldAttribute.PROTECTED).text("FULL SCREEN PANEL")
                .at(2, 0).field(FieldAttribute.UNPROTECTED).insertCursor().build(), BufferAddress.AddressMode.TWELVE_BIT);
        assertTrue(screen.write(stream));
        await("the guest's panel", rows -> rows.get(0).startsWith(" FULL SCREEN PANEL"));

        // Like XEDIT, the guest answers each key with a write, which unlocks the keyboard again.
        CompletableFuture<Optional<byte[]>> read = CompletableFuture.supplyAsync(() -> {
            Optional<byte[]> keyed = readQuietly();
            screen.write(stream);
            return keyed;
        });
        s3270.ok("Wait(10,Unlock)");
        s3270.ok("String(\"hello\")");
        s3270.ok("Enter()");
        byte[] inbound = read.get(20, TimeUnit.SECONDS).orElseThrow();
        InboundRecord.Read record = (InboundRecord.Read) DataStreamCodec.decodeInbound(inbound, 0, inbound.length);
        assertEquals(0x7D, record.aid().wireCode());
        String typed = record.orders().stream().filter(Order.Text.class::isInstance)
                .map(o -> Ebcdic.CP037.decode(((Order.Text) o).bytes())).findFirst().orElse("");
        assertEquals("hello", typed);

        read = CompletableFuture.supplyAsync(this::readQuietly);
        s3270.ok("PA(1)");
        assertEquals(Optional.empty(), read.get(20, TimeUnit.SECONDS), "PA1 leaves full-screen mode");
        awaitStatus("CP READ");
        assertEquals("c1", attributeAt(1759), "CP's console is drawn again");
    }

    private Optional<byte[]> readQuietly() {
        try {
            return system.machine("ALICE").fullScreen().read();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
