package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.s370.cpu.InstructionCase.check;
import static vm370.s370.cpu.InstructionCase.data;
import static vm370.s370.cpu.InstructionCase.ok;
import static vm370.s370.cpu.InstructionCase.regs;
import static vm370.s370.isa.Opcode.*;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.s370.testing.TestMachine;

/** Storage-to-storage instructions, TR/TRT and MVCL/CLCL against GA22-7000. Data at X'3000' (R12). */
class StringsTest {

    static Stream<InstructionCase> cases() {
        return Stream.of(
                ok("MVC moves", regs(), data(1, 2, 3, 4, 0, 0, 0, 0), c -> c.ss(MVC, 4, 4, 12, 0, 12).rx(L, 1, 4, 0, 12),
                        -1, 1, 0x01020304),
                ok("MVC one byte right propagates the first byte", regs(), data(7, 1, 2, 3, 4),
                        c -> c.ss(MVC, 4, 1, 12, 0, 12).rx(L, 1, 1, 0, 12), -1, 1, 0x07070707),
                ok("CLC equal", regs(), data(1, 2, 1, 2), c -> c.ss(CLC, 2, 0, 12, 2, 12), 0),
                ok("CLC low", regs(), data(1, 2, 1, 3), c -> c.ss(CLC, 2, 0, 12, 2, 12), 1),
                ok("CLC high compares unsigned", regs(), data(0xF1, 2, 1, 3), c -> c.ss(CLC, 2, 0, 12, 2, 12), 2),
                ok("XC of an operand with itself clears it", regs(), data(5, 6, 7, 8),
                        c -> c.ss(XC, 4, 0, 12, 0, 12).rx(L, 1, 0, 0, 12), 0, 1, 0),
                ok("NC and OC", regs(), data(0xF0, 0xF0, 0x3C, 0x0F),
                        c -> c.ss(NC, 2, 0, 12, 2, 12).ss(OC, 2, 0, 12, 2, 12).rx(L, 1, 0, 0, 12), 1, 1, 0x3C0F3C0F),
                ok("MVN and MVZ move halves", regs(), data(0x12, 0x34, 0xAB, 0xCD),
                        c -> c.ss(MVN, 1, 0, 12, 2, 12).ss(MVZ, 1, 1, 12, 3, 12).rx(L, 1, 0, 0, 12), -1, 1, 0x1BC4ABCD),
                ok("TR translates through a table", regs(), table(0x03, 0x01),
                        c -> c.ss(TR, 2, 0x100, 12, 0, 12).rx(LH, 1, 0x100, 0, 12), -1, 1, 0x0301),
                ok("TRT finds the first non-zero function byte", regs(1, 0xFF000000, 2, 0xFFFFFFFF), table(0x00, 0x01, 0x03),
                        c -> c.ss(TRT, 3, 0x100, 12, 0, 12), 1, 1, 0xFF003101, 2, 0xFFFFFF01),
                ok("TRT at the last byte is CC 2", regs(), table(0x00, 0x00, 0x01),
                        c -> c.ss(TRT, 3, 0x100, 12, 0, 12), 2),
                ok("TRT with all zero functions is CC 0", regs(), table(0x00, 0x00, 0x00),
                        c -> c.ss(TRT, 3, 0x100, 12, 0, 12), 0),
                ok("MVCL pads a longer destination and sets CC 2", regs(2, 0x3100, 3, 8, 4, 0x3000, 5, 0x40000002),
                        data(0xC1, 0xC2), c -> c.rr(MVCL, 2, 4).rx(L, 6, 0x100, 0, 12).rx(L, 7, 0x104, 0, 12), 2,
                        6, 0xC1C24040, 7, 0x40404040, 2, 0x3108, 3, 0, 4, 0x3002, 5, 0x40000000),
                ok("MVCL reports destructive overlap with CC 3", regs(2, 0x3001, 3, 4, 4, 0x3000, 5, 4), data(1, 2, 3, 4),
                        c -> c.rr(MVCL, 2, 4), 3, 3, 4),
                check("MVCL with an odd register is a specification exception", regs(), null, c -> c.rr(MVCL, 3, 4), 6),
                ok("CLCL pads the shorter operand", regs(2, 0x3000, 3, 3, 4, 0x3010, 5, 0x40000001),
                        data(0xC1, 0x40, 0x40), c -> c.si(MVI, 0x10, 12, 0xC1).rr(CLCL, 2, 4), 0, 3, 0),
                ok("CLCL stops at the first unequal byte", regs(2, 0x3000, 3, 3, 4, 0x3010, 5, 3),
                        data(1, 2, 3), c -> c.si(MVI, 0x10, 12, 1).si(MVI, 0x11, 12, 9).rr(CLCL, 2, 4), 1, 2, 0x3001, 3, 2));
    }

    /** A translate table at X'3000' whose entries 0, 1, 2... are given; the operand at X'3100' holds 0, 1, 2... */
    private static byte[] table(int... entries) {
        byte[] t = new byte[0x200];
        for (int i = 0; i < entries.length; i++) {
            t[i] = (byte) entries[i];
            t[0x100 + i] = (byte) i;
        }
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void stringInstructionBehavesAsThePrinciplesOfOperationSay(InstructionCase c) {
        c.verify();
    }

    @Test
    void storingIntoABlockWithAnotherKeyIsAProtectionExceptionAndStoresNothing() {
        TestMachine m = new TestMachine().key(2).gpr(12, 0x3000);
        m.storage.setKey(0x3000, 0x30);
        m.storage.setKey(0x0000, 0x20);
        m.storage.setKey(0x0800, 0x20);
        m.storage.setKey(0x1000, 0x20);
        m.run(c -> c.ss(MVC, 4, 0, 12, 0x100, 12));
        assertEquals(4, m.programInterruptionCode());
        assertEquals(0, m.read(0x3000, 4));
    }

    @Test
    void fetchingAFetchProtectedBlockWithAnotherKeyIsAProtectionException() {
        TestMachine m = new TestMachine().key(2).gpr(12, 0x3000);
        m.storage.setKey(0x1000, 0x20);
        m.storage.setKey(0x3000, 0x38);
        m.run(c -> c.rx(L, 1, 0, 0, 12));
        assertEquals(4, m.programInterruptionCode());
    }

    @Test
    void fetchingAStoreProtectedBlockIsAllowed() {
        TestMachine m = new TestMachine().key(2).gpr(12, 0x3000).word(0x3000, 42);
        m.storage.setKey(0x1000, 0x20);
        m.storage.setKey(0x3000, 0x30);
        m.run(c -> c.rx(L, 1, 0, 0, 12));
        assertEquals(TestMachine.DONE, m.endedAt());
        assertEquals(42, m.gpr(1));
    }

    @Test
    void moveLongOfMoreThanOneUnitResumesUntilDoneAndPadsTheRest() {
        TestMachine m = new TestMachine().gpr(2, 0x4000).gpr(3, 0x6000).gpr(4, 0x3000).gpr(5, 0xC1000010);
        m.storage.writeBytes(0x3000, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, 0, 16);
        m.run(c -> c.rr(MVCL, 2, 4));
        assertEquals(TestMachine.DONE, m.endedAt());
        assertEquals(2, m.cc());
        assertEquals(0x0102030405060708L, m.read(0x4000, 8));
        assertEquals(0xC1C1C1C1C1C1C1C1L, m.read(0x9FF8, 8));
        assertEquals(0xA000, m.gpr(2));
        assertEquals(0, m.gpr(3));
        assertEquals(0x3010, m.gpr(4));
        assertEquals(0xC1000000, m.gpr(5));
    }

    @Test
    void moveLongStoppedByAnAddressingExceptionShowsTheBytesMoved() {
        TestMachine m = new TestMachine().gpr(2, 0xFFF0).gpr(3, 0x20).gpr(4, 0x3000).gpr(5, 0x20);
        m.run(c -> c.rr(MVCL, 2, 4));
        assertEquals(5, m.programInterruptionCode());
        assertEquals(0x10000, m.gpr(2), "16 bytes moved before the end of storage");
        assertEquals(0x10, m.gpr(3));
        assertEquals(0x3010, m.gpr(4));
    }
}
