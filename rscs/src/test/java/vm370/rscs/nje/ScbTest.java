package vm370.rscs.nje;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vm370.s370.text.Ebcdic;

class ScbTest {

    record Case(String name, String compressed, String expanded) { }

    static List<Case> forms() {
        return List.of(
                new Case("literal", "C3 C1C2C3 00", "C1C2C3"),
                new Case("blanks", "C1 C1 85 C1 C2 00", "C1 4040404040 C2"),
                new Case("repeat", "A4 5C 00", "5C5C5C5C"),
                new Case("literal of 63", "FF" + "F1".repeat(63) + "00", "F1".repeat(63)),
                new Case("empty record (end of file)", "00", ""));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everyScbFormExpands(Case c) {
        Scb scb = new Scb();
        byte[] in = Hex.bytes(c.compressed());
        assertEquals(in.length, scb.expand(in, 0, in.length), c.name());
        assertArrayEquals(Hex.bytes(c.expanded()), Arrays.copyOf(scb.record(), scb.recordLength()), c.name());
    }

    @Test
    void anAbortOrAnUnknownScbOrATruncatedRecordIsRefused() {
        Scb scb = new Scb();
        assertEquals(-1, scb.expand(Hex.bytes("40 00"), 0, 2));
        assertEquals(-1, scb.expand(Hex.bytes("20 00"), 0, 2));
        assertEquals(-1, scb.expand(Hex.bytes("C5 C1C2"), 0, 3));
        assertEquals(-1, scb.expand(Hex.bytes("C1 C1"), 0, 2));
    }

    @Test
    void aCardCompressesWithoutItsTrailingBlanksAndComesBackTheSame() {
        byte[] card = Ebcdic.CP037.encodePadded("DECK CARD 1", 80);
        byte[] out = new byte[Scb.maxCompressed(80)];
        int n = Scb.compress(card, 0, 80, true, out, 0);
        assertEquals("CBC4C5C3D240C3C1D9C440F100", Hex.text(Arrays.copyOf(out, n)));
        int full = Scb.compress(card, 0, 80, false, out, 0);
        Scb scb = new Scb();
        assertEquals(full, scb.expand(out, 0, full));
        assertArrayEquals(card, Arrays.copyOf(scb.record(), scb.recordLength()));
    }

    @Test
    void runsAndLiteralsRoundTrip() {
        byte[] data = Hex.bytes("00000000 4040 41 5C5C5C5C5C5C 40404040404040404040404040404040404040404040404040404040404040404040 C1");
        byte[] out = new byte[Scb.maxCompressed(data.length)];
        int n = Scb.compress(data, 0, data.length, false, out, 0);
        Scb scb = new Scb();
        assertEquals(n, scb.expand(out, 0, n));
        assertArrayEquals(data, Arrays.copyOf(scb.record(), scb.recordLength()));
    }
}
