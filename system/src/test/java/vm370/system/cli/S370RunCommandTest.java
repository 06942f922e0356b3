package vm370.system.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.asm.Assembler;
import vm370.s370.asm.AssemblyResult;
import vm370.s370.loader.IplDeckWriter;
import vm370.s370.loader.Loader;

/** {@code vm370 s370 run} as a user types it: the acceptance deck, the console keyboard, the JSON object, bad options. */
class S370RunCommandTest {

    private final Vm370Cli cli = new Vm370Cli();

    /** The deck of the s370 acceptance test: IPL, write HELLO, WORLD! with SIO, disabled wait. */
    private static Path helloDeck(Path dir) throws IOException {
        String[] cards = {
            "0000000000000400" + "0200040060000050" + "0800044000000000",
            "41100430501000489C000009477004148200042082000428820004380000000080020000000000000002000000000BAD"
                    + "090004802000000D000200000000000002000480600000500200007820000008",
            "C8C5D3D3D66B40E6D6D9D3C45A",
            "0000000000000418",
        };
        byte[] deck = new byte[cards.length * 80];
        for (int i = 0; i < cards.length; i++) {
            byte[] b = HexFormat.of().parseHex(cards[i]);
            if (i == 2) {
                Arrays.fill(deck, 160, 240, (byte) 0x40);
            }
            System.arraycopy(b, 0, deck, i * 80, b.length);
        }
        Path p = dir.resolve("hello.deck");
        Files.write(p, deck);
        return p;
    }

    @Test
    void runIplsTheDeckPrintsTheConsoleLineAndTheFinalState(@TempDir Path dir) throws IOException {
        assertEquals(0, cli.run("s370", "run", "--ipl", helloDeck(dir).toString(), "--dump", "480:13"));
        String text = cli.out();
        assertTrue(text.startsWith("HELLO, WORLD!\n"), text);
        assertTrue(text.contains("disabled wait"), text);
        assertTrue(text.contains("instructions 6"), text);
        assertTrue(text.contains("000480  C8C5D3D3D66B40E6D6D9D3C45A"), text);
    }

    /** Reads a line from the console (read inquiry) into X'1200' and stops in a disabled wait at 0. */
    private static final String ECHO = """
            ECHO     START X'1000'
                     BALR  12,0
                     USING *,12
                     MVC   X'78'(8),IONEW          I/O new PSW: the channel program ended
                     LA    1,CCWS
                     ST    1,X'48'                 CAW
            AGAIN    SIO   X'009'
                     BC    4,AGAIN                 status stored (a line typed ahead: attention): again
                     BC    3,FAIL
            WAIT     LPSW  WAITIO
            ENDED    CLI   X'3B',X'09'             the console's interruption?
                     BNE   WAIT
                     TM    X'44',X'08'             channel end?
                     BZ    WAIT
                     LPSW  DONE
            FAIL     LPSW  ERROR
                     DS    0D
            IONEW    DC    X'00000000',A(ENDED)
            WAITIO   DC    X'8002000000000000'     enabled wait, channel 0
            DONE     DC    X'0002000000000000'
            ERROR    DC    X'0002000000000BAD'
            CCWS     DC    X'0A',AL3(LINE),X'2000',H'80'   read inquiry, SLI
                     ORG   ECHO+X'200'
            LINE     DC    CL80' '
                     END   ECHO
            """;

    @Test
    void theConsoleReadsWhatIsTypedOnStandardInput(@TempDir Path dir) throws IOException {
        AssemblyResult assembled = new Assembler(List.of()).assemble("ECHO", ECHO.lines().toList());
        assertEquals(0, assembled.returnCode(), assembled.listing());
        Path deck = dir.resolve("echo.deck");
        Files.write(deck, IplDeckWriter.write(Loader.linkAtAssembledAddress(List.of(assembled.objectDeck()))));
        cli.typing("echo me\n");
        assertEquals(0, cli.run("s370", "run", "--ipl", deck.toString(), "--dump", "1200:8"));
        String text = cli.out();
        assertTrue(text.contains("001200  8583889640948540"), "'echo me' in EBCDIC: " + text);
        assertTrue(text.contains("disabled wait"), text);
        assertTrue(!text.contains("0BAD"), text);
    }

    @Test
    void jsonPrintsExactlyOneObjectAndSendsTheConsoleToStandardError(@TempDir Path dir) throws IOException {
        assertEquals(0, cli.run("s370", "run", "--ipl", helloDeck(dir).toString(), "--json", "--dump", "430:8"));
        String json = cli.out().strip();
        assertTrue(json.startsWith("{\"psw\":\"") && json.endsWith("\"storage\":{\"430\":\"090004802000000D\"}}"), json);
        assertEquals(1, json.lines().count());
        assertEquals("HELLO, WORLD!\n", cli.err());
    }

    @Test
    void badOptionsGetAClearMessageAndNoStackTrace(@TempDir Path dir) {
        assertEquals(2, cli.run("s370", "run", "--storage", "3X", "--psw", "0000000000000000"));
        assertTrue(cli.err().startsWith("vm370 s370 run: --storage 3X"), cli.err());
        assertEquals(1, cli.run("s370", "run", "--ipl", dir.resolve("missing.deck").toString()));
        assertTrue(cli.err().contains("no such file"), cli.err());
        assertTrue(!cli.err().contains("Exception"), cli.err());
    }
}
