package vm370.system.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code vm370 s370 run} as a user types it: the acceptance deck, the JSON object, bad options. */
class S370RunCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int vm370(String... args) {
        CommandLine cl = new CommandLine(new Vm370Command());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

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
        assertEquals(0, vm370("s370", "run", "--ipl", helloDeck(dir).toString(), "--dump", "480:13"));
        String text = out.toString();
        assertTrue(text.startsWith("HELLO, WORLD!\n"), text);
        assertTrue(text.contains("disabled wait"), text);
        assertTrue(text.contains("instructions 6"), text);
        assertTrue(text.contains("000480  C8C5D3D3D66B40E6D6D9D3C45A"), text);
    }

    @Test
    void jsonPrintsExactlyOneObjectAndSendsTheConsoleToStandardError(@TempDir Path dir) throws IOException {
        assertEquals(0, vm370("s370", "run", "--ipl", helloDeck(dir).toString(), "--json", "--dump", "430:8"));
        String json = out.toString().strip();
        assertTrue(json.startsWith("{\"psw\":\"") && json.endsWith("\"storage\":{\"430\":\"090004802000000D\"}}"), json);
        assertEquals(1, json.lines().count());
        assertEquals("HELLO, WORLD!\n", err.toString());
    }

    @Test
    void badOptionsGetAClearMessageAndNoStackTrace(@TempDir Path dir) {
        assertEquals(2, vm370("s370", "run", "--storage", "3X", "--psw", "0000000000000000"));
        assertTrue(err.toString().startsWith("vm370 s370 run: --storage 3X"), err.toString());
        assertEquals(1, vm370("s370", "run", "--ipl", dir.resolve("missing.deck").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
        assertTrue(!err.toString().contains("Exception"), err.toString());
    }
}
