package vm370.s370.isa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisassemblerTest {

    @Test
    void listsAddressHexMnemonicAndOperands() {
        byte[] code = new CodeBuffer(0x1000).rr(Opcode.BALR, 12, 0).rx(Opcode.L, 1, 8, 2, 13)
                .ss(Opcode.MVC, 8, 0, 3, 16, 4).s(Opcode.PTLB, 0, 0).halfwords(0x0000).toBytes();
        assertEquals(String.join("\n",
                "001000  05C0            BALR  12,0",
                "001002  5812 D008       L     1,8(2,13)",
                "001006  D207 3000 4010  MVC   0(8,3),16(,4)",
                "00100C  B20D 0000       PTLB",
                "001010  0000            DC    X'0000'"), String.join("\n", Disassembler.listing(code, 0x1000)));
    }

    @Test
    void aTruncatedInstructionAtTheEndIsShownAsData() {
        List<String> lines = Disassembler.listing(new byte[] {0x58, 0x10, 0x20}, 0);
        assertEquals("000000  5810            DC    X'5810'", lines.get(0));
        assertEquals("000002  20              DC    X'20'", lines.get(1));
    }

    @ParameterizedTest
    @EnumSource(Opcode.class)
    void everyOpcodeDisassemblesToItsMnemonic(Opcode op) {
        long bits = op.hasExtendedCode() ? (long) op.code() << 32 : (long) op.code() << 40;
        assertEquals(op.mnemonic(), Disassembler.instruction(bits).split(" ")[0]);
    }
}
