package vm370.s370.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OpcodeTableTest {

    @Test
    void everyOperationCodeIsUnique() {
        Set<Integer> seen = new HashSet<>();
        for (Opcode op : Opcode.values()) {
            assertTrue(seen.add(op.code()), "duplicate code " + Integer.toHexString(op.code()) + " at " + op);
        }
    }

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void formatLengthAgreesWithTheOperationCodesLengthBits(Opcode op) {
        int first = op.hasExtendedCode() ? op.code() >>> 8 : op.code();
        assertEquals(op.format().length(), Fields.length(first), op.name());
    }

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void operandsRoundTripThroughEncodeDecodeAndRender(Opcode op) {
        Format f = op.format();
        Operands operands = f.decode(sampleFields(op));
        long encoded = f.encode(op, operands);
        assertEquals(operands, f.decode(encoded), op.name());
        assertEquals(f.render(encoded), f.render(f.encode(op, f.decode(encoded))), op.name());
    }

    /** An instruction of this opcode with every operand field non-zero. */
    private static long sampleFields(Opcode op) {
        long opcodeBits = op.hasExtendedCode() ? (long) op.code() << 32 : (long) op.code() << 40;
        long fields = op.hasExtendedCode() ? 0x0000_3123_0000L : 0x00_57_3123_4456L;
        long lengthMask = switch (op.format().length()) {
            case 2 -> 0x00FF_0000_0000L;
            case 4 -> 0x00FF_FFFF_0000L;
            default -> 0x00FF_FFFF_FFFFL;
        };
        return opcodeBits | (fields & lengthMask);
    }

    @Test
    void rendersOperandsAsAssemblerSourceWritesThem() {
        assertEquals("1,8(2,13)", Format.RX.render(Format.RX.encode(Opcode.L, new Operands.Rx(1, 2, 13, 8))));
        assertEquals("1,8(,13)", Format.RX.render(Format.RX.encode(Opcode.L, new Operands.Rx(1, 0, 13, 8))));
        assertEquals("0(256,3),4(,5)", Format.SS1.render(Format.SS1.encode(Opcode.MVC, new Operands.Ss1(255, 3, 0, 5, 4))));
        assertEquals("10(3,12),20(2,12)",
                Format.SS2.render(Format.SS2.encode(Opcode.AP, new Operands.Ss2(2, 1, 12, 10, 12, 20))));
        assertEquals("", Format.S0.render(Format.S0.encode(Opcode.PTLB, new Operands.None())));
    }
}
