package vm370.cms.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.text.Ebcdic;

/** SVC 202 parameter lists: 8-byte tokens to the fence, the extended list when R1's high byte says so. */
class PlistTest {

    private final BareMachine machine = new BareMachine(64 * 1024);
    private final GuestMemory memory = new GuestMemory(machine);

    private void tokens(int at, String... tokens) {
        for (String t : tokens) {
            memory.put(at, Ebcdic.CP037.encodePadded(t, 8));
            at += 8;
        }
        memory.putDoubleword(at, -1L);
    }

    @Test
    void tokensAreReadUpToTheFence() {
        tokens(0x1000, "LISTFILE", "*", "EXEC", "A");
        Plist plist = Plist.read(memory, 0, 0x1000);
        assertEquals(List.of("LISTFILE", "*", "EXEC", "A"), plist.tokens());
        assertEquals("LISTFILE", plist.name());
        assertNull(plist.arguments(), "R1's high byte is zero: no extended list");
        assertEquals("LISTFILE * EXEC A", plist.commandLine());
    }

    @Test
    void theExtendedPlistGivesTheUntruncatedMixedCaseArguments() {
        tokens(0x1000, "TELL", "SOMEBODY");
        byte[] args = Ebcdic.CP037.encode("somebody Hello there, friend");
        memory.put(0x2000, args);
        memory.putWord(0x3000, 0x1000);
        memory.putWord(0x3004, 0x2000);
        memory.putWord(0x3008, 0x2000 + args.length);
        memory.putWord(0x300C, 0);
        Plist plist = Plist.read(memory, 0x3000, 0x01001000);
        assertEquals("somebody Hello there, friend", plist.arguments());
        assertEquals("TELL somebody Hello there, friend", plist.commandLine());
    }

    @Test
    void aMissingFenceStopsAtTheTokenLimitOrTheEndOfStorage() {
        assertEquals(Plist.MAX_TOKENS, Plist.read(memory, 0, 0x1000).tokens().size());
        assertEquals(2, Plist.read(memory, 0, 64 * 1024 - 16).tokens().size());
    }

    @Test
    void commandLinesAreTokenizedWithParenthesesAsTokens() {
        assertEquals(List.of("LISTFILE", "*", "*", "A", "(", "DATE", ")"), Plist.tokenize("LISTFILE * * A (DATE)"));
        assertEquals(List.of("VERYLONG", "X"), Plist.tokenize("  VERYLONGNAME   X "));
    }
}
