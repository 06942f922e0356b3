package vm370.s370.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.asm.Assembler;
import vm370.s370.asm.AssemblyResult;

/** The loader links the linkage samples: V-constants, EXTRNs, ENTRYs, weak references and RLDs. */
class LoaderTest {

    private static final Path SAMPLES = Path.of("../samples/asm");

    private static byte[] deck(String name) {
        AssemblyResult result = new Assembler(List.of()).assemble(SAMPLES.resolve(name + ".asm"));
        assertEquals(0, result.returnCode(), result.diagnostics().toString());
        return result.objectDeck();
    }

    private static int word(LoadedProgram program, int address) {
        return ByteBuffer.wrap(program.image()).getInt(address - program.origin());
    }

    @Test
    void twoDecksLinkWithEveryReferenceResolved() {
        LoadedProgram program = Loader.link(List.of(deck("linkmain"), deck("linksub")), 0x20000);
        assertTrue(program.complete(), program.messages().toString());
        int main = program.symbols().get("MAIN");
        int second = program.symbols().get("SECOND");
        int subrtn = program.symbols().get("SUBRTN");
        int subdata = program.symbols().get("SUBDATA");
        int mainent = program.symbols().get("MAINENT");
        assertEquals(0x20000, main);
        assertEquals(main, program.entry());
        assertEquals(42, word(program, subdata));
        assertEquals(subdata, word(program, main + 0x14), "A(SUBDATA)");
        assertEquals(0, word(program, main + 0x18), "A(OPTIONAL) stays zero: a weak reference");
        assertEquals(mainent, word(program, main + 0x1C), "A(MAINENT)");
        assertEquals(main, word(program, second), "A(MAIN) from the second section");
        assertEquals(second, word(program, second + 4), "A(SECOND)");
        assertEquals(subrtn, word(program, second + 8), "V(SUBRTN)");
        assertEquals(subdata + 8 - main + mainent, word(program, second + 12), "A(SUBDATA+8-MAIN+MAINENT)");
        assertEquals(mainent, word(program, subdata + 8), "A(MAINENT) in the second deck");
    }

    @Test
    void unresolvedStrongReferencesAreReported() {
        LoadedProgram program = Loader.link(List.of(deck("linkmain")), 0x1000);
        assertEquals(List.of("SUBRTN", "SUBDATA"), program.unresolved().stream().sorted(
                (a, b) -> a.equals("SUBRTN") ? -1 : b.equals("SUBRTN") ? 1 : a.compareTo(b)).toList());
        assertTrue(program.messages().getLast().startsWith("DMSLIO201W THE FOLLOWING NAMES ARE UNDEFINED:"));
    }

    @Test
    void privateCodeIsRelocatedLikeAnyControlSection() {
        AssemblyResult result = new Assembler(List.of()).assemble("PC", List.of(" LR 1,2", " DC A(*)", " END"));
        assertEquals(0, result.returnCode(), result.diagnostics().toString());
        LoadedProgram program = Loader.link(List.of(result.objectDeck()), 0x4000);
        assertTrue(program.complete(), program.messages().toString());
        assertEquals(0x4004, word(program, 0x4004), "A(*) relocated by the load address");
    }

    @Test
    void aBrokenCardIsReportedNotThrown() {
        byte[] deck = deck("linksub");
        deck[10] = 0x7F;
        LoadedProgram program = Loader.link(List.of(deck), 0x1000);
        assertTrue(program.messages().stream().anyMatch(m -> m.startsWith("INVALID CARD")), program.messages().toString());
    }
}
