package vm370.s370.device.display;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BufferAddressTest {

    @Test
    void everyAddressOfBothFormsDecodesToItself() {
        byte[] two = new byte[2];
        for (int size : new int[] {1920, 4096, 16384}) {
            for (int address = 0; address < size; address++) {
                BufferAddress.encode(address, size, two, 0);
                assertEquals(address, BufferAddress.decode(two[0] & 0xFF, two[1] & 0xFF), "address " + address + " of " + size);
            }
        }
    }

    @Test
    void aTwelveBitAddressIsSentAsTwoGraphics() {
        byte[] two = new byte[2];
        BufferAddress.encode(80, 1920, two, 0);
        assertArrayEquals(new byte[] {(byte) 0xC1, 0x50}, two, "row 2 column 1 of a 24x80 screen is X'C150'");
    }

    @Test
    void aFourteenBitAddressIsBinaryWithTheTopBitsZero() {
        byte[] two = new byte[2];
        BufferAddress.encode(5000, 16384, two, 0);
        assertArrayEquals(new byte[] {0x13, (byte) 0x88}, two);
    }
}
