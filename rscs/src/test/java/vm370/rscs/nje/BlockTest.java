package vm370.rscs.nje;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blocks, line control and signon, byte by byte, fed through the TTB decoder one byte at a time. */
class BlockTest {

    /** NCCR I as FUNET sends it for NODEB: 37 bytes, length first (shared/reference/nje.md). */
    private static final String NCCR_I = "25 d5d6c4c5c2404040 01 00000000 0000 2000 4040404040404040 4040404040404040 00 0000";

    /** What the reader saw, as text, in order. */
    private final List<String> seen = new ArrayList<>();
    private final List<byte[]> data = new ArrayList<>();

    private final BlockReader.Handler handler = new BlockReader.Handler() {
        @Override
        public void enquiry() {
            seen.add("ENQ");
        }

        @Override
        public void acknowledge() {
            seen.add("ACK0");
        }

        @Override
        public void control(int rcb, int srcb) {
            seen.add(String.format("CTL %02X %02X", rcb, srcb));
        }

        @Override
        public void record(int rcb, int srcb, byte[] bytes, int length) {
            seen.add(String.format("REC %02X %02X %d", rcb, srcb, length));
            data.add(Arrays.copyOf(bytes, length));
        }
    };

    /** Frames each block in a TTB, feeds the stream one byte at a time, reads each record as a block. */
    private String wire(byte[]... blocks) {
        TtbEncoder encoder = new TtbEncoder();
        TtbDecoder decoder = new TtbDecoder(8192);
        BlockReader reader = new BlockReader();
        String[] failure = {null};
        for (byte[] block : blocks) {
            for (byte b : encoder.begin().add(block).end().toByteArray()) {
                assertTrue(decoder.feed(b, (buf, off, len) -> {
                    String bad = reader.read(buf, off, len, handler);
                    if (bad != null) {
                        failure[0] = bad;
                    }
                }));
            }
        }
        assertTrue(decoder.idle(), "nothing left over");
        return failure[0];
    }

    @Test
    void lineStartIsSohEnqAndDleAck0WithOrWithoutThePad() {
        assertArrayEquals(Hex.bytes("012DFF"), BlockWriter.enquiry());
        assertArrayEquals(Hex.bytes("1070FF"), BlockWriter.acknowledge());
        assertNull(wire(BlockWriter.enquiry(), BlockWriter.acknowledge(), Hex.bytes("1070"), Hex.bytes("012D")));
        assertEquals(List.of("ENQ", "ACK0", "ACK0", "ENQ"), seen);
    }

    @Test
    void theSignonRecordIsTheOneARealNodeSends() {
        assertArrayEquals(Hex.bytes(NCCR_I), Signon.initial("NODEB", 8192).encode());
        Signon j = Signon.response("FUNET", 8192);
        assertEquals(0xFFFFFFFF, Signon.decode(Srcb.SIGNON_RESPONSE, j.encode(), Signon.LENGTH).orElseThrow().event());
    }

    @Test
    void aSignonBlockCarriesBcbA0TheFcsAndTheCompressedNccr() {
        byte[] block = new BlockWriter(256).beginSignon().record(Rcb.GENERAL_CONTROL.code(), Srcb.SIGNON_INITIAL.code(),
                Signon.initial("NODEB", 8192).encode()).end().toByteArray();
        assertEquals("1002A08FCFF0C9", Hex.text(Arrays.copyOf(block, 7)));
        assertEquals("0000", Hex.text(Arrays.copyOfRange(block, block.length - 2, block.length)));
        assertNull(wire(block));
        assertEquals(List.of("REC F0 C9 37"), seen);
        Signon i = Signon.decode(Srcb.SIGNON_INITIAL, data.getFirst(), 37).orElseThrow();
        assertEquals("NODEB", i.node());
        assertEquals(8192, i.bufferSize());
    }

    @Test
    void aShortSignonIsRefusedAndALongOneIsReadByItsLength() {
        assertTrue(Signon.decode(Srcb.SIGNON_INITIAL, Hex.bytes("10 C1C2"), 3).isEmpty());
        byte[] longer = Arrays.copyOf(Hex.bytes(NCCR_I), 41);
        longer[0] = 41;
        assertEquals("NODEB", Signon.decode(Srcb.SIGNON_INITIAL, longer, 41).orElseThrow().node());
    }

    @Test
    void streamControlRecordsCarryNoData() {
        byte[] block = new BlockWriter(256).begin().control(Rcb.REQUEST_TO_INITIATE.code(), Rcb.SYSOUT_1.code())
                .control(Rcb.PERMISSION.code(), 0x99).control(Rcb.TRANSMISSION_COMPLETE.code(), 0x99).end().toByteArray();
        assertEquals("100280" + "8FCF" + "9099A099C09900", Hex.text(block));
        assertNull(wire(block));
        assertEquals(List.of("CTL 90 99", "CTL A0 99", "CTL C0 99"), seen);
    }

    @Test
    void theSequenceIsStampedModSixteen() {
        BlockWriter w = new BlockWriter(64).begin().control(0x90, 0x99).end();
        w.stamp(17);
        assertEquals(0x81, w.buffer()[2] & 0xFF);
    }

    @Test
    void strayBytesAfterTheEndOfBlockAreIgnored() {
        assertNull(wire(Hex.bytes("10028F8FCF 9099 00 00")));
        assertEquals(List.of("CTL 90 99"), seen);
    }

    @Test
    void garbageBlocksAreRefusedWithAReason() {
        BlockReader reader = new BlockReader();
        assertNotNull(reader.read(Hex.bytes("C1C2C3C4C5C6"), 0, 6, handler));
        assertNotNull(reader.read(Hex.bytes("10028F8FCF 99 80 C5C1"), 0, 9, handler), "record cut short");
        assertNotNull(reader.read(Hex.bytes("10028F8FCF 99"), 0, 6, handler), "RCB without SRCB");
        assertNotNull(reader.read(Hex.bytes("10028F8FCF 9099"), 0, 7, handler), "no end RCB");
    }
}
