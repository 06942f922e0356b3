package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.s370.isa.Opcode.AE;
import static vm370.s370.isa.Opcode.AER;
import static vm370.s370.isa.Opcode.AP;
import static vm370.s370.isa.Opcode.BC;
import static vm370.s370.isa.Opcode.CE;
import static vm370.s370.isa.Opcode.CP;
import static vm370.s370.isa.Opcode.CVB;
import static vm370.s370.isa.Opcode.CVD;
import static vm370.s370.isa.Opcode.ED;
import static vm370.s370.isa.Opcode.HER;
import static vm370.s370.isa.Opcode.LE;
import static vm370.s370.isa.Opcode.PACK;
import static vm370.s370.isa.Opcode.SDR;
import static vm370.s370.isa.Opcode.STE;
import static vm370.s370.isa.Opcode.ZAP;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vm370.s370.testing.TestMachine;

/**
 * Self-checking guest programs that chain decimal and floating-point instructions with the general
 * ones, run to a disabled wait; a failed check branches to an invalid instruction at X'700'.
 */
class DecimalAndFloatProgramsTest {

    private static final int FAIL = 0x700;
    private static final int BASE = 12;

    private final TestMachine machine = new TestMachine().gpr(BASE, TestMachine.CODE);

    private void data(int address, String hex) {
        machine.bytes(address, HexFormat.of().parseHex(hex));
    }

    @Test
    void packAddConvertCompareAndEditAnAmount() {
        data(0x600, "F0F1F2F3F4");
        data(0x608, "100C");
        data(0x630, "4020206B202020");
        machine.run(code -> code
                .ss2(PACK, 3, 0x610, 0, 5, 0x600, 0)
                .ss2(AP, 3, 0x610, 0, 2, 0x608, 0)
                .ss2(ZAP, 8, 0x618, 0, 3, 0x610, 0)
                .rx(CVB, 3, 0x618, 0, 0)
                .rx(CVD, 3, 0x620, 0, 0)
                .ss2(CP, 8, 0x618, 0, 8, 0x620, 0)
                .rx(BC, 7, FAIL, 0, 0)
                .ss(ED, 7, 0x630, 0, 0x610, 0)
                .rx(BC, 13, FAIL, 0, 0));
        assertEquals(TestMachine.DONE, machine.endedAt(), "ended at " + Integer.toHexString(machine.endedAt()));
        assertEquals(1334, machine.gpr(3));
        assertEquals(0x01334CL, machine.read(0x610, 3));
        assertEquals(0x4040F16BF3F3F4L, machine.read(0x630, 7));
    }

    @Test
    void sumOneToTenInShortFloatingPointAndHalveIt() {
        data(0x640, "41100000" + "41B00000");
        machine.run(code -> {
            code.rx(LE, 0, 0x640, 0, 0).rr(SDR, 2, 2);
            int loop = code.here() - TestMachine.CODE;
            code.rr(AER, 2, 0)
                    .rx(AE, 0, 0x640, 0, 0)
                    .rx(CE, 0, 0x644, 0, 0)
                    .rx(BC, 4, loop, 0, BASE)
                    .rx(STE, 2, 0x648, 0, 0)
                    .rr(HER, 4, 2);
        });
        assertEquals(TestMachine.DONE, machine.endedAt(), "ended at " + Integer.toHexString(machine.endedAt()));
        assertEquals(0x42370000L, machine.read(0x648, 4), "55.0");
        assertEquals(0x42370000L, machine.cpu.fpr[1] >>> 32, "55.0 in FPR2");
        assertEquals(0x421B8000L, machine.cpu.fpr[2] >>> 32, "27.5 in FPR4");
    }
}
