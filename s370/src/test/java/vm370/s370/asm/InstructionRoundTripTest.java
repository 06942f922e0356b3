package vm370.s370.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.s370.isa.Disassembler;
import vm370.s370.isa.Format;
import vm370.s370.isa.Opcode;

/**
 * Every instruction of the one table assembles to its bits, and the CPU side's {@link Disassembler}
 * turns them back into the same text, which assembles to the same bits again.
 */
class InstructionRoundTripTest {

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void everyInstructionAssemblesAndDisassemblesBackToItself(Opcode opcode) {
        Format format = opcode.format();
        long bits = format.encode(opcode, format.decode(sample(opcode)));
        String text = (opcode.mnemonic() + " " + format.render(bits)).strip();
        byte[] image = Sources.image(" CSECT\n " + text + "\n END\n");
        String expected = Sources.hex(bytes(bits, format.length()), 0, format.length());
        assertEquals(expected, Sources.hex(image, 0, format.length()), text);
        String disassembled = Disassembler.instruction(bits);
        assertEquals(text, disassembled.replaceAll(" +", " "));
        byte[] again = Sources.image(" CSECT\n " + disassembled + "\n END\n");
        assertEquals(expected, Sources.hex(again, 0, format.length()), disassembled);
    }

    static Stream<ExtendedMnemonic> extendedMnemonics() {
        return ExtendedMnemonic.ALL.values().stream();
    }

    @ParameterizedTest
    @MethodSource("extendedMnemonics")
    void extendedMnemonicsAssembleAsTheBranchWithTheirMask(ExtendedMnemonic mnemonic) {
        boolean register = mnemonic.base() == Opcode.BCR;
        String operand = register ? "14" : "4(5,6)";
        byte[] extended = Sources.image(" CSECT\n " + mnemonic.name() + " " + operand + "\n END\n");
        byte[] base = Sources.image(" CSECT\n " + mnemonic.base() + " " + mnemonic.mask() + "," + operand + "\n END\n");
        int length = register ? 2 : 4;
        assertEquals(Sources.hex(base, 0, length), Sources.hex(extended, 0, length), mnemonic.name());
    }

    /** An instruction of this opcode with every operand field non-zero. */
    private static long sample(Opcode op) {
        long opcodeBits = op.hasExtendedCode() ? (long) op.code() << 32 : (long) op.code() << 40;
        long fields = op.hasExtendedCode() ? 0x0000_3123_0000L : 0x00_57_3123_4456L;
        long lengthMask = switch (op.format().length()) {
            case 2 -> 0x00FF_0000_0000L;
            case 4 -> 0x00FF_FFFF_0000L;
            default -> 0x00FF_FFFF_FFFFL;
        };
        return opcodeBits | (fields & lengthMask);
    }

    private static byte[] bytes(long bits, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) (bits >>> (40 - 8 * i));
        }
        return out;
    }
}
