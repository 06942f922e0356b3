package vm370.s370.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.device.unitrecord.CardDeck;
import vm370.s370.text.Ebcdic;
import vm370.s370.time.ManualClock;

/**
 * The acceptance program of issue 2: a standalone program on cards, IPLed from the reader, writes
 * a line to the 3215 console with SIO, waits for the I/O interruption and ends in a disabled wait.
 */
class StandaloneDeckTest {

    /** The deck, hand-assembled; the comments give the assembler source of each card. */
    static byte[] helloDeck() {
        ByteArrayOutputStream deck = new ByteArrayOutputStream();
        // IPL card: PSW (BC mode, disabled) to X'400'; read the program card to X'400'; TIC to its CCWs.
        card(deck, "0000000000000400" + "0200040060000050" + "0800044000000000");
        card(deck, ""
                + "41100430"          // 400 LA    1,CCW
                + "50100048"          // 404 ST    1,X'48'          CAW: key 0, CCW at X'430'
                + "9C000009"          // 408 SIO   X'009'           the 3215
                + "47700414"          // 40C BC    7,FAIL           not started
                + "82000420"          // 410 LPSW  WAITIO           enabled wait for channel 0
                + "82000428"          // 414 FAIL  LPSW ERRWAIT
                + "82000438"          // 418 IOINT LPSW DONE       the I/O new PSW points here
                + "00000000"          // 41C
                + "8002000000000000"  // 420 WAITIO DC X'8002000000000000'
                + "0002000000000BAD"  // 428 ERRWAIT
                + "090004802000000D"  // 430 CCW   X'09',TEXT,X'20',13   write, carrier return, SLI
                + "0002000000000000"  // 438 DONE  disabled wait, code 0
                + "0200048060000050"  // 440 CCW   X'02',TEXT,X'60',80   read the text card
                + "0200007820000008"); // 448 CCW  X'02',X'78',X'20',8   the I/O new PSW card
        deck.writeBytes(Ebcdic.CP037.encodePadded("HELLO, WORLD!", 80));
        card(deck, "0000000000000418");
        return deck.toByteArray();
    }

    private static void card(ByteArrayOutputStream deck, String hex) {
        byte[] c = new byte[80];
        byte[] b = HexFormat.of().parseHex(hex);
        System.arraycopy(b, 0, c, 0, b.length);
        deck.writeBytes(c);
    }

    @Test
    void aDeckIplFromTheReaderWritesALineWithSioAndEndsInADisabledWait(@TempDir Path dir) throws IOException {
        Path deck = dir.resolve("hello.deck");
        Files.write(deck, helloDeck());
        StringBuilder console = new StringBuilder();
        RunResult r = BareRun.run(new BareRun.Options(1 << 20, List.of(), OptionalLong.empty(), deck,
                CardDeck.Format.AUTO, 10_000, List.of(new BareRun.Dump(0x430, 8))), new ManualClock(0), new ByteArrayInputStream(new byte[0]), console);
        assertEquals("HELLO, WORLD!\n", console.toString());
        assertEquals(RunResult.Stop.DISABLED_WAIT, r.stop());
        assertEquals(0x0002L, r.psw() >>> 48 & 0x000F);
        assertEquals(0, (int) r.psw() & 0xFFFFFF);
        assertTrue(r.instructions() >= 6 && r.instructions() < 20, "instructions: " + r.instructions());
        assertEquals("090004802000000D", HexFormat.of().withUpperCase().formatHex(r.storage().get(0x430)));
    }

    @Test
    void theJsonReportIsOneObjectInTheIssuesFormat(@TempDir Path dir) throws IOException {
        Path deck = dir.resolve("hello.deck");
        Files.write(deck, helloDeck());
        RunResult r = BareRun.run(new BareRun.Options(1 << 20, List.of(), OptionalLong.empty(), deck,
                CardDeck.Format.EBCDIC, 10_000, List.of(new BareRun.Dump(0x480, 5))), new ManualClock(0), new ByteArrayInputStream(new byte[0]), new StringBuilder());
        String json = r.json();
        assertTrue(json.matches("\\{\"psw\":\"[0-9A-F]{16}\",\"gpr\":\\[(\"[0-9A-F]{8}\",){15}\"[0-9A-F]{8}\"],"
                + "\"fpr\":\\[(\"[0-9A-F]{16}\",){3}\"[0-9A-F]{16}\"],\"cr\":\\[(\"[0-9A-F]{8}\",){15}\"[0-9A-F]{8}\"],"
                + "\"instructions\":\\d+,\"storage\":\\{\"480\":\"C8C5D3D3D6\"}}"), json);
        assertTrue(json.contains("\"gpr\":[\"00000000\",\"00000430\""), json);
    }

    @Test
    void aDeckThatDoesNotEndTheLoadCleanlyIsAnIplFailure(@TempDir Path dir) throws IOException {
        Path deck = dir.resolve("short.deck");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        card(b, "0000000000000400" + "0200040060000050" + "0200050020000050");
        Files.write(deck, b.toByteArray());
        IOException e = assertThrows(IOException.class, () -> BareRun.run(new BareRun.Options(1 << 20, List.of(),
                OptionalLong.empty(), deck, CardDeck.Format.AUTO, 100, List.of()), new ManualClock(0), new ByteArrayInputStream(new byte[0]), new StringBuilder()));
        assertTrue(e.getMessage().contains("IPL from"), e.getMessage());
    }

    @Test
    void aLoadedProgramStopsAtTheInstructionLimit(@TempDir Path dir) throws IOException {
        Path loop = dir.resolve("loop.bin");
        Files.write(loop, HexFormat.of().parseHex("47F00400"));
        RunResult r = BareRun.run(new BareRun.Options(64 * 1024, List.of(new BareRun.Load(loop, 0x400)),
                OptionalLong.of(0x400), null, CardDeck.Format.AUTO, 5000, List.of()),
                new ManualClock(0), new ByteArrayInputStream(new byte[0]), new StringBuilder());
        assertEquals(RunResult.Stop.INSTRUCTION_LIMIT, r.stop());
        assertEquals(5000, r.instructions());
    }

    @Test
    @Timeout(60)
    void aLineOnStandardInputReachesAConsoleReadAndIsEchoed(@TempDir Path dir) throws IOException {
        Path program = dir.resolve("echo.bin");
        Path ioNewPsw = dir.resolve("psw.bin");
        byte[] code = new byte[0x150];
        byte[] head = HexFormat.of().parseHex(""
                + "41100440" + "50100048" + "9C000009"              // LA, ST CAW, SIO 009
                + "47400408" + "47300418" + "82000428"              // BC 1: status cleared, again; BC 2/3: FAIL; LPSW WAITIO
                + "82000430"                                        // FAIL: LPSW ERRWAIT
                + "91080044" + "47800414" + "82000438"              // I/O: TM CSW+4,CE; BZ wait again; LPSW DONE
                + "8002000000000000" + "0002000000000BAD" + "0002000000000000"
                + "0A00050060000050"                                // read inquiry to X'500', CC+SLI, 80
                + "0900050020000050");                                // write it back, SLI, 80
        System.arraycopy(head, 0, code, 0, head.length);
        Arrays.fill(code, 0x100, 0x150, (byte) 0x40);
        Files.write(program, code);
        Files.write(ioNewPsw, HexFormat.of().parseHex("000000000000041C"));
        StringBuilder console = new StringBuilder();
        RunResult r = BareRun.run(new BareRun.Options(64 * 1024,
                List.of(new BareRun.Load(program, 0x400), new BareRun.Load(ioNewPsw, 0x78)),
                OptionalLong.of(0x400), null, CardDeck.Format.AUTO, 1_000_000, List.of()),
                new ManualClock(0), new ByteArrayInputStream("echo me\n".getBytes()), console);
        assertEquals(RunResult.Stop.DISABLED_WAIT, r.stop());
        assertEquals(0, (int) r.psw() & 0xFFFFFF);
        assertEquals("echo me", console.toString().strip());
    }

    @Test
    void optionsAreParsedOrRefusedWithAClearMessage() {
        assertEquals(16 << 20, BareRun.parseStorageSize("16M"));
        assertEquals(512 << 10, BareRun.parseStorageSize("512k"));
        assertEquals(new BareRun.Load(Path.of("a.bin"), 0x2000), BareRun.Load.parse("a.bin@2000"));
        assertEquals(new BareRun.Dump(0x1F0, 16), BareRun.Dump.parse("1F0:16"));
        assertEquals(0x000A00000000C000L, BareRun.parsePsw("000A00000000C000"));
        assertThrows(IllegalArgumentException.class, () -> BareRun.parseStorageSize("17M"));
        assertThrows(IllegalArgumentException.class, () -> BareRun.Load.parse("nofile"));
        assertThrows(IllegalArgumentException.class, () -> BareRun.Dump.parse("XYZ:3"));
        assertThrows(IllegalArgumentException.class, () -> BareRun.parsePsw("12"));
    }
}
