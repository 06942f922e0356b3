package vm370.s370.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The IPL deck, followed through the channel program as the PoO's IPL describes it (read 24 bytes
 * to 0, go on at CCW 8 while command chaining), puts the program in storage and the PSW at 0.
 */
class IplDeckWriterTest {

    @Test
    void theChannelProgramReadsEveryTextCardToItsAddress() {
        byte[] image = new byte[2000];
        for (int i = 0; i < image.length; i++) {
            image[i] = (byte) (i * 7 + 3);
        }
        LoadedProgram program = new LoadedProgram(0x3000, image, 0x3010, Map.of(), List.of(), List.of());
        byte[] storage = ipl(IplDeckWriter.write(program));
        assertArrayEquals(image, Arrays.copyOfRange(storage, 0x3000, 0x3000 + image.length));
        assertEquals("0000000000003010", hex(storage, 0, 8));
    }

    @Test
    void aProgramOverlappingTheIplAreaIsRefused() {
        LoadedProgram program = new LoadedProgram(0x10, new byte[8], 0x10, Map.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> IplDeckWriter.write(program));
    }

    /** A card reader IPL: each READ takes the next card; the channel stops when chaining ends. */
    static byte[] ipl(byte[] deck) {
        byte[] storage = new byte[1 << 16];
        System.arraycopy(deck, 0, storage, 0, 24);
        int card = 1;
        int ccw = 8;
        for (int steps = 0; steps < 10_000; steps++) {
            int command = storage[ccw] & 0xFF;
            int address = (storage[ccw + 1] & 0xFF) << 16 | (storage[ccw + 2] & 0xFF) << 8 | storage[ccw + 3] & 0xFF;
            int flags = storage[ccw + 4] & 0xFF;
            int count = (storage[ccw + 6] & 0xFF) << 8 | storage[ccw + 7] & 0xFF;
            if (command == 0x08) {
                ccw = address;
                continue;
            }
            assertEquals(0x02, command, "a READ");
            System.arraycopy(deck, card++ * 80, storage, address, Math.min(count, 80));
            if ((flags & 0x40) == 0) {
                assertEquals(deck.length / 80, card, "every card read");
                return storage;
            }
            ccw += 8;
        }
        throw new AssertionError("channel program does not end");
    }

    static String hex(byte[] bytes, int from, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < from + length; i++) {
            sb.append(String.format("%02X", bytes[i] & 0xFF));
        }
        return sb.toString();
    }
}
