package vm370.rscs.nje;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TtbDecoderTest {

    /** SOH ENQ PAD in a TTB of 19 bytes, as FUNET sends it. */
    private static final String ENQUIRY_TTB = "0000 0013 00000000  0000 0003 012DFF  00000000";

    private final List<byte[]> records = new ArrayList<>();
    private final TtbDecoder decoder = new TtbDecoder(8192);

    private boolean feedOneByteAtATime(byte[] stream) {
        for (byte b : stream) {
            if (!decoder.feed(b, (buf, off, len) -> records.add(Arrays.copyOfRange(buf, off, off + len)))) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theEncoderFramesARecordAsARealNodeDoes() {
        byte[] frame = new TtbEncoder().begin().add(BlockWriter.enquiry()).end().toByteArray();
        assertArrayEquals(Hex.bytes(ENQUIRY_TTB), frame);
    }

    @Test
    void aTtbFedOneByteAtATimeGivesItsRecordAndLeavesNothingOver() {
        assertTrue(feedOneByteAtATime(Hex.bytes(ENQUIRY_TTB)));
        assertEquals(1, records.size());
        assertArrayEquals(Hex.bytes("012DFF"), records.getFirst());
        assertTrue(decoder.idle());
    }

    @Test
    void severalRecordsInOneTtbAndSeveralTtbsInOneReadAllArrive() {
        byte[] first = new TtbEncoder().begin().add(Hex.bytes("01")).add(Hex.bytes("0203")).end().toByteArray();
        byte[] second = new TtbEncoder().begin().add(Hex.bytes("040506")).end().toByteArray();
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        assertTrue(decoder.feed(both, 0, both.length, (buf, off, len) -> records.add(Arrays.copyOfRange(buf, off, off + len))));
        assertEquals(3, records.size());
        assertArrayEquals(Hex.bytes("040506"), records.get(2));
        assertTrue(decoder.idle());
    }

    @Test
    void bytesCountedBeyondTheClosingTtrAreSkipped() {
        byte[] padded = Hex.bytes("0000 0015 00000000  0000 0003 012DFF  00000000 AAAA");
        assertTrue(feedOneByteAtATime(padded));
        assertTrue(feedOneByteAtATime(Hex.bytes(ENQUIRY_TTB)));
        assertEquals(2, records.size());
        assertTrue(decoder.idle());
    }

    @Test
    void aGarbageStreamIsRefusedWithItsReasonAndStaysRefused() {
        assertFalse(feedOneByteAtATime("GET / HTTP/1.0\r\n\r\n".getBytes()));
        assertNotNull(decoder.error());
        assertFalse(decoder.feed(0, (b, o, l) -> records.add(b)));
        assertTrue(records.isEmpty());
    }

    @Test
    void aRecordLongerThanItsTtbIsGarbage() {
        assertFalse(feedOneByteAtATime(Hex.bytes("0000 0010 00000000 0000 0100 01")));
        assertTrue(decoder.error().contains("TTR length"));
    }
}
