package vm370.rscs.nje;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ControlRecordTest {

    /** NODEB opening to FUNET, as captured on loopback (shared/reference/nje.md). */
    private static final String OPEN = "d6d7c5d540404040 d5d6c4c5c2404040 7f000001 c6e4d5c5e3404040 7f000001 00";
    private static final String ACK = "c1c3d24040404040 c6e4d5c5e3404040 7f000001 d5d6c4c5c2404040 7f000001 00";

    @Test
    void openIsTheThirtyThreeBytesARealNodeSends() {
        byte[] encoded = ControlRecord.open("NODEB", 0x7f000001, "FUNET", 0x7f000001).encode();
        assertArrayEquals(Hex.bytes(OPEN), encoded);
    }

    @Test
    void ackSwapsTheHostsAsTheResponderDoes() {
        ControlRecord open = ControlRecord.decode(Hex.bytes(OPEN)).orElseThrow();
        assertArrayEquals(Hex.bytes(ACK), open.answer(ControlRecord.Type.ACK, 0).encode());
    }

    @Test
    void nakCarriesItsReason() {
        ControlRecord open = ControlRecord.decode(Hex.bytes(OPEN)).orElseThrow();
        byte[] nak = open.answer(ControlRecord.Type.NAK, ControlRecord.NakReason.LINK_ACTIVE.code()).encode();
        ControlRecord decoded = ControlRecord.decode(nak).orElseThrow();
        assertEquals(ControlRecord.Type.NAK, decoded.type());
        assertEquals(ControlRecord.NakReason.LINK_ACTIVE, ControlRecord.NakReason.parse(decoded.reason()).orElseThrow());
        assertEquals("FUNET", decoded.requestingHost());
    }

    @Test
    void aRecordWithAnotherTypeOrLengthIsGarbage() {
        byte[] garbage = Hex.bytes(OPEN);
        garbage[0] = (byte) 0xE7;
        assertTrue(ControlRecord.decode(garbage).isEmpty());
        assertTrue(ControlRecord.decode(new byte[12]).isEmpty());
    }
}
