package vm370.s370.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vm370.s370.loader.IplDeckWriter;
import vm370.s370.loader.Loader;

/**
 * The programs under samples/asm: listings and object decks byte for byte against the golden
 * files (regenerate with {@code -Dgolden.update=true} and review the diff).
 */
class AssemblerGoldenTest {

    private static final Path SAMPLES = Path.of("../samples/asm");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/AssemblerGoldenTest");

    private static AssemblyResult assemble(String name) {
        return new Assembler(List.of(SAMPLES.resolve("maclib"))).assemble(SAMPLES.resolve(name + ".asm"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"constants", "macros", "linkmain", "linksub", "hello"})
    void sampleAssemblesToItsGoldenListingAndObjectDeck(String name) throws IOException {
        AssemblyResult result = assemble(name);
        assertEquals(0, result.returnCode(), result.diagnostics().toString());
        golden(name + ".listing", result.listing().getBytes(StandardCharsets.UTF_8));
        golden(name + ".obj", result.objectDeck());
    }

    @Test
    void theStandaloneSampleMakesItsGoldenIplDeck() throws IOException {
        byte[] deck = IplDeckWriter.write(Loader.linkAtAssembledAddress(List.of(assemble("hello").objectDeck())));
        golden("hello.ipl", deck);
    }

    private static void golden(String file, byte[] actual) throws IOException {
        Path path = GOLDEN.resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.write(path, actual);
            return;
        }
        byte[] expected = Files.readAllBytes(path);
        if (file.endsWith(".listing")) {
            assertEquals(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8), file);
        }
        assertArrayEquals(expected, actual, file);
    }
}
