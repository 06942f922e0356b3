package vm370.s370.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EbcdicTest {

    @Test
    void everyByteRoundTripsInBothCodePages() {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        for (Ebcdic page : new Ebcdic[] {Ebcdic.CP037, Ebcdic.CP1047}) {
            assertArrayEquals(all, page.encode(page.decode(all)), page.name());
        }
    }

    @Test
    void encodesTheKnownGreeting() {
        assertEquals("C8C5D3D3D66B40E5D461F3F7F05A",
                HexFormat.of().withUpperCase().formatHex(Ebcdic.CP037.encode("HELLO, VM/370!")));
    }

    @Test
    void newLineAndLineFeedAreDistinct() {
        assertEquals('\u0085', Ebcdic.CP037.toChar(0x15));
        assertEquals('\n', Ebcdic.CP037.toChar(0x25));
    }

    @Test
    void bracketsDifferBetweenCodePages() {
        assertEquals((byte) 0xBA, Ebcdic.CP037.toByte('[', (byte) 0));
        assertEquals((byte) 0xAD, Ebcdic.CP1047.toByte('[', (byte) 0));
    }

    @Test
    void paddedFieldsFillWithBlanksAndUnmappedCharactersBecomeSubstitute() {
        assertArrayEquals(new byte[] {(byte) 0xC1, 0x40, 0x40}, Ebcdic.CP037.encodePadded("A", 3));
        assertArrayEquals(new byte[] {0x3F}, Ebcdic.CP037.encode("\u4e00"));
    }
}
