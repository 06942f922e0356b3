package vm370.system.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.system.console.ConsoleFixture.awaitLine;
import static vm370.system.console.ConsoleFixture.awaitStatus;
import static vm370.system.console.ConsoleFixture.type;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.cp.ControlProgram;
import vm370.cp.command.CommandResponse;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.text.Ebcdic;
import vm370.terminals.testing.Await;
import vm370.terminals.testing.S3270;

/**
 * DIAL through the real s3270 client: CAROL DEFINEs a 3270 and runs a program that waits for a
 * terminal on it, puts up its own screen, and reads what the user types there with Read Modified.
 */
@Timeout(180)
class DialTest {

    /** Waits for the dialed terminal's device end, writes its screen, waits for an AID, reads, thanks, ends in a wait. */
    private static final String GUEST = """
            DIALTEST START X'2000'
                     BALR  12,0
                     USING *,12
                     MVC   X'78'(8),IONEW
                     LA    11,DIALED
                     LPSW  WAITIO
            DIALED   LA    1,WRITE
                     ST    1,X'48'
                     SIO   X'0C0'
                     LA    11,WRITTEN
                     LPSW  WAITIO
            WRITTEN  LA    11,KEYED
                     LPSW  WAITIO
            KEYED    TM    X'44',X'80'
                     BZ    WRITTEN
                     LA    1,READ
                     ST    1,X'48'
                     SIO   X'0C0'
                     LA    11,DONE
                     LPSW  WAITIO
            DONE     LA    1,REPLYCCW
                     ST    1,X'48'
                     SIO   X'0C0'
                     LA    11,ENDED
                     LPSW  WAITIO
            ENDED    LPSW  ENDPSW
            HANDLER  BR    11
                     DS    0D
            IONEW    DC    X'00000000',A(HANDLER)
            WAITIO   DC    X'80020000',A(0)
            ENDPSW   DC    X'0002000000000000'
            WRITE    DC    X'05',AL3(SCREEN),X'20',X'00',AL2(SCREENL)
            READ     DC    X'06',AL3(BUFFER),X'20',X'00',AL2(256)
            REPLYCCW DC    X'01',AL3(REPLY),X'20',X'00',AL2(REPLYL)
            REPLY    DC    X'C2',X'11C150',C'THANK YOU'
            REPLYL   EQU   *-REPLY
            SCREEN   DC    X'C3',X'114040',X'1D60'
                     DC    C'GUEST SCREEN'
                     DC    X'1D40',X'13'
            SCREENL  EQU   *-SCREEN
            BUFFER   EQU   X'3000'
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
        assertEquals(List.of("GRAF 0C0 DEFINED"), command("DEFINE GRAF 0C0").lines());
        assertEquals(List.of("PRT 00E DEFINED"), command("DEFINE PRINTER 00E").lines());
        assertEquals(List.of(), command("TRACE I/O CSW PRINTER").lines());
        ConsoleFixture.load(carol, "DIALTEST", GUEST);
        command("BEGIN 2000");
    }

    @AfterEach
    void shutdown() throws Exception {
        fixture.close();
    }

    private CommandResponse command(String line) {
        return carol.call(() -> fixture.system.commands().execute(carol, line));
    }

    private String buffer() {
        int at = 0x3000;
        byte[] bytes = new byte[64];
        carol.call(() -> {
            carol.storage().storage().readBytes(at, bytes, 0, bytes.length);
            return null;
        });
        return Ebcdic.CP037.decode(bytes);
    }

    @Test
    void aDialedTerminalIsTheGuestsDisplayUntilItsOwnerResetsIt() throws Exception {
        try (S3270 t = fixture.terminal()) {
            t.ok("Enter()");
            awaitStatus(t, "CP READ");
            type(t, "DIAL CAROL");
            awaitGuestScreen(t);
            t.ok("Wait(10,Unlock)");
            t.ok("String(\"HELLO GUEST\")");
            t.ok("Enter()");
            assertTrue(Await.until(() -> buffer().contains("HELLO GUEST"), java.time.Duration.ofSeconds(20)),
                    "the guest's Read Modified got the typed field: " + buffer());
            assertEquals('\'', buffer().charAt(0), "the AID is ENTER (X'7D')");
            ConsoleFixture.await(t, "the guest's reply", rows -> rows.get(1).startsWith("THANK YOU"));
            assertEquals(List.of(), command("RESET 0C0").lines());
            List<String> traced = printedTrace();
            assertTrue(traced.stream().anyMatch(l -> l.startsWith("I/O   000000  DEV  00C0 OLD PSW = 800200C0")),
                    String.join("\n", traced));
            assertTrue(traced.stream().anyMatch(l -> l.startsWith("CSW   DEV  00C0  CSW = ")), String.join("\n", traced));
            awaitLine(t, "DROP FROM CAROL 0C0");
            awaitStatus(t, "CP READ");
            assertTrue(freeAgain(), "0C0 can be dialed again");
        }
    }

    /** TRACE END closes the printer file the I/O trace of the session went to; its lines. */
    private List<String> printedTrace() throws Exception {
        command("TRACE END");
        var manager = fixture.system.spool().manager();
        var file = manager.files(f -> f.origin().equals("CAROL")).getFirst();
        List<String> lines = new java.util.ArrayList<>();
        vm370.spool.file.FileRecords.scan(manager.store(), file.spoolId(), (op, data) -> lines.add(Ebcdic.CP037.decode(data)));
        return lines;
    }

    @Test
    void dialNamesWhatIsWrongWhenItCannotConnect() throws Exception {
        try (S3270 t = fixture.terminal()) {
            t.ok("Enter()");
            awaitStatus(t, "CP READ");
            type(t, "DIAL NOBODY");
            awaitLine(t, "DMKDIA045E NOBODY NOT LOGGED ON");
            type(t, "DIAL CAROL 0C1");
            awaitLine(t, "DMKDIA040E DEV 0C1 DOES NOT EXIST");
            type(t, "DIAL CAROL 009");
            awaitLine(t, "DMKDIA093E DEV 009 NOT AVAILABLE");
            type(t, "DIAL");
            awaitLine(t, "DMKDIA020E USERID MISSING OR INVALID");
            try (S3270 other = fixture.terminal()) {
                other.ok("Enter()");
                awaitStatus(other, "CP READ");
                type(other, "DIAL CAROL 0C0");
                awaitGuestScreen(other);
                assertEquals(List.of("001 USERS, 001 DIALED"), command("QUERY USERS").lines());
                type(t, "DIAL CAROL");
                awaitLine(t, "DMKDIA094E LINE(S) NOT AVAILABLE ON CAROL");
            }
            assertTrue(Await.until(() -> command("DEFINE GRAF 0C0").lines().getFirst().contains("ALREADY DEFINED")
                    && freeAgain(), java.time.Duration.ofSeconds(20)), "the terminal that went away let go of 0C0");
        }
    }

    /** The guest's screen: its protected field starts the first row. */
    private static void awaitGuestScreen(S3270 t) throws Exception {
        ConsoleFixture.await(t, "the guest's screen", rows -> rows.getFirst().startsWith(" GUEST SCREEN"));
    }

    /** True when 0C0 has no screen: the dialed terminal that went away released it. */
    private boolean freeAgain() {
        return carol.call(() -> !((vm370.s370.device.display.Display3270) carol.devices().get(0x0C0)).attached());
    }
}
