package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.s370.cpu.InstructionCase.check;
import static vm370.s370.cpu.InstructionCase.data;
import static vm370.s370.cpu.InstructionCase.ok;
import static vm370.s370.cpu.InstructionCase.regs;
import static vm370.s370.cpu.InstructionCase.words;
import static vm370.s370.isa.Opcode.*;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.s370.isa.CodeBuffer;
import vm370.s370.isa.Opcode;
import vm370.s370.testing.TestMachine;

/** Control instructions against GA22-7000 "Control Instructions" and "General Instructions" (TS, CS, CDS). */
class ControlTest {

    static Stream<InstructionCase> cases() {
        return Stream.of(
                ok("SPM sets the condition code", regs(1, 0x2F000000), null, c -> c.rr(SPM, 1, 0), 2),
                ok("SSK then ISK in BC mode shows key and fetch bit", regs(1, 0x3E, 2, 0x3000), null,
                        c -> c.rr(SSK, 1, 2).rr(ISK, 3, 2), -1, 3, 0x38),
                check("ISK with bits 28-31 of R2 set is a specification exception", regs(2, 0x3001), null,
                        c -> c.rr(ISK, 3, 2), 6),
                check("SSK outside storage is an addressing exception", regs(2, 0x800000), null, c -> c.rr(SSK, 3, 2), 5),
                check("LPSW of an unaligned operand is a specification exception", regs(), null,
                        c -> c.si(LPSW, 4, 12, 0), 6),
                ok("TS of a zero byte is CC 0 and sets it", regs(), data(0x00), c -> c.si(TS, 0, 12, 0)
                        .rx(IC, 1, 0, 0, 12), 0, 1, 0xFF),
                ok("TS of a set byte is CC 1", regs(), data(0x80), c -> c.si(TS, 0, 12, 0), 1),
                ok("CS stores R3 when equal", regs(1, 5, 3, 9), words(5), c -> c.rs(CS, 1, 3, 0, 12)
                        .rx(L, 4, 0, 0, 12), 0, 4, 9, 1, 5),
                ok("CS loads the word when unequal", regs(1, 4, 3, 9), words(5), c -> c.rs(CS, 1, 3, 0, 12), 1, 1, 5),
                check("CS of an unaligned word is a specification exception", regs(), null, c -> c.rs(CS, 1, 3, 2, 12), 6),
                ok("CDS swaps a doubleword", regs(2, 1, 3, 2, 4, 7, 5, 8), words(1, 2), c -> c.rs(CDS, 2, 4, 0, 12)
                        .rs(LM, 6, 7, 0, 12), 0, 6, 7, 7, 8),
                check("CDS with an odd register is a specification exception", regs(), null, c -> c.rs(CDS, 3, 4, 0, 12), 6),
                ok("LCTL then STCTL round-trips a control register", regs(), words(0x12345678, 0),
                        c -> c.rs(LCTL, 6, 6, 0, 12).rs(STCTL, 6, 6, 4, 12).rx(L, 1, 4, 0, 12), -1, 1, 0x12345678),
                check("LCTL of an unaligned operand is a specification exception", regs(), null,
                        c -> c.rs(LCTL, 6, 6, 2, 12), 6),
                ok("STIDP stores the model number", regs(), words(0, 0), c -> c.s(STIDP, 0, 12).rx(LH, 1, 4, 0, 12),
                        -1, 1, 0x3158),
                ok("SPT then STPT round-trips while the clock stands", regs(), words(0x00000001, 0x23456000, 0, 0),
                        c -> c.s(SPT, 0, 12).s(STPT, 8, 12).rs(LM, 1, 2, 8, 12), -1, 1, 1, 2, 0x23456000),
                ok("SCKC then STCKC round-trips", regs(), words(0x7000, 0x1000, 0, 0),
                        c -> c.s(SCKC, 0, 12).s(STCKC, 8, 12).rs(LM, 1, 2, 8, 12), -1, 1, 0x7000, 2, 0x1000),
                ok("SCK then STCK reads the clock back", regs(), words(0x12345678, 0x9A000000, 0, 0),
                        c -> c.s(SCK, 0, 12).s(STCK, 8, 12).rx(L, 1, 8, 0, 12), 0, 1, 0x12345678),
                check("SCK of an unaligned operand is a specification exception", regs(), null, c -> c.s(SCK, 4, 12), 6),
                ok("MC of a disabled class does nothing", regs(), null, c -> c.si(MC, 0, 0, 3), -1),
                check("MC with bits 8-11 set is a specification exception", regs(), null, c -> c.si(MC, 0, 0, 0x13), 6),
                check("MC of an enabled class is a monitor event", regs(), words(0x00001000),
                        c -> c.rs(LCTL, 8, 8, 0, 12).si(MC, 0x55, 0, 3), 0x40),
                check("DIAGNOSE on the bare machine is a specification exception", regs(), null,
                        c -> c.rs(DIAG, 0, 0, 8, 0), 6),
                check("RDD without direct control is an operation exception", regs(), null, c -> c.si(RDD, 0, 12, 1), 1),
                check("WRD without direct control is an operation exception", regs(), null, c -> c.si(WRD, 0, 12, 1), 1),
                ok("SIGP on a uniprocessor is not operational", regs(), null, c -> c.rs(SIGP, 0, 1, 1, 0), 3),
                check("SSM suppressed by CR0 bit 1 is a special-operation exception", regs(), words(0x40000000),
                        c -> c.rs(LCTL, 0, 0, 0, 12).si(SSM, 0, 12, 0), 0x13),
                check("an unassigned operation code is an operation exception", regs(), null, c -> c.halfwords(0x0000), 1),
                check("an unassigned B2 operation code is an operation exception", regs(), null,
                        c -> c.halfwords(0xB2FF, 0x0000), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void controlInstructionBehavesAsThePrinciplesOfOperationSay(InstructionCase c) {
        c.verify();
    }

    /** Every privileged instruction is a privileged-operation exception in the problem state. */
    @ParameterizedTest
    @EnumSource(Opcode.class)
    void privilegedInstructionInProblemStateIsAPrivilegedOperationException(Opcode op) {
        if (!op.isPrivileged() || !Cpu.STANDARD_FEATURES.contains(op.feature())) {
            return;
        }
        TestMachine m = new TestMachine().problemState();
        m.run(c -> c.emit(op, op.format().decode(op.hasExtendedCode() ? (long) op.code() << 32 : (long) op.code() << 40)));
        assertEquals(2, m.programInterruptionCode(), op.name());
    }

    @Test
    void supervisorCallStoresItsNumberInTheOldPsw() {
        TestMachine m = new TestMachine().run(c -> c.rr(SVC, 5, 0));
        assertEquals(TestMachine.SVC_TRAP, m.endedAt());
        long old = m.read(32, 8);
        assertEquals(5, (int) (old >>> 32) & 0xFFFF);
        assertEquals(1, (int) (old >>> 30) & 3, "ILC");
        assertEquals(TestMachine.CODE + 2, (int) old & 0xFFFFFF);
    }

    @Test
    void resetReferenceBitReportsAndClearsTheReferenceBit() {
        TestMachine m = new TestMachine().gpr(12, 0x3000);
        m.storage.setKey(0x3000, 0x06);
        m.run(c -> c.s(RRB, 0, 12));
        assertEquals(3, m.cc());
        assertEquals(0x02, m.storage.key(0x3000));
    }

    @Test
    void storingSetsTheChangeBitAndFetchingTheReferenceBit() {
        TestMachine m = new TestMachine().gpr(12, 0x3000);
        m.run(c -> c.rx(L, 1, 0, 0, 12).rx(ST, 1, 0x800, 0, 12));
        assertEquals(0x04, m.storage.key(0x3000));
        assertEquals(0x06, m.storage.key(0x3800));
    }

    @Test
    void loadPswWithAnInvalidEcPswIsASpecificationException() {
        TestMachine m = new TestMachine().gpr(12, 0x3000);
        m.storage.write(0x3000, 8, 0x8008_0000_0000_2000L);
        m.run(c -> c.si(LPSW, 0, 12, 0));
        assertEquals(6, m.programInterruptionCode() & 0x7F);
        assertTrue((m.programOldPsw() & 0x8000_0000_0000_0000L) != 0, "the invalid PSW is the old PSW");
    }

    @Test
    void ssmInEcModeWithUnassignedBitsIsASpecificationException() {
        TestMachine m = new TestMachine().ecMode().gpr(12, 0x3000);
        m.storage.write(0x3000, 1, 0x08);
        m.run(c -> c.si(SSM, 0, 12, 0).rr(LR, 0, 0));
        assertEquals(6, m.programInterruptionCode());
    }

    @Test
    void stnsmStoresTheOldMaskAndAndsTheImmediate() {
        TestMachine m = new TestMachine().ecMode().gpr(12, 0x3000);
        m.run(c -> c.si(STOSM, 0, 12, 0x03).si(STNSM, 1, 12, 0x02));
        assertEquals(0x0003, m.read(0x3000, 2));
        assertEquals(0x02, (int) (m.cpu.currentPsw() >>> 56));
    }

    @Test
    void programOldPswInEcModeHasTheIlcAndCodeAtLocation140() {
        TestMachine m = new TestMachine().ecMode();
        m.run(c -> c.rr(MR, 3, 5));
        assertEquals(0x00020006, (int) m.read(140, 4));
        assertEquals(TestMachine.CODE + 2, m.programOldAddress());
    }

    @Test
    void codeBufferProgramsRunUnderExecuteToo() {
        CodeBuffer c = new CodeBuffer(0);
        c.rr(SVC, 9, 0);
        TestMachine m = new TestMachine().gpr(1, 0x03).gpr(12, 0x3000);
        m.storage.writeBytes(0x3000, c.toBytes(), 0, 2);
        m.run(p -> p.rx(EX, 1, 0, 0, 12));
        assertEquals(TestMachine.SVC_TRAP, m.endedAt());
        assertEquals(0x0B, (int) (m.read(32, 8) >>> 32) & 0xFFFF, "SVC number ORed from R1");
        assertEquals(2, (int) (m.read(32, 8) >>> 30) & 3, "ILC of EXECUTE");
    }

    @Test
    void diagnoseRunsTheInstalledHandlerWithItsFields() {
        TestMachine m = new TestMachine().gpr(12, 0x3000);
        m.cpu.attachDiagnose((cpu, r1, r3, address) -> {
            cpu.gpr[r1] = address;
            cpu.gpr[r3] = 0x99;
            cpu.setConditionCode(1);
        });
        m.run(c -> c.rs(DIAG, 4, 5, 0x008, 12));
        assertEquals(TestMachine.DONE, m.endedAt());
        assertEquals(0x3008, m.gpr(4));
        assertEquals(0x99, m.gpr(5));
        assertEquals(1, m.cc());
    }

    @Test
    void supervisorCallInEcModeStoresIlcAndNumberAtLocation136() {
        TestMachine m = new TestMachine().ecMode().run(c -> c.rr(SVC, 0x42, 0));
        assertEquals(TestMachine.SVC_TRAP, m.endedAt());
        assertEquals(0x00020042, (int) m.read(136, 4));
    }

    @Test
    void fetchingAnInstructionFromAFetchProtectedBlockIsAProtectionException() {
        TestMachine m = new TestMachine().key(2);
        m.storage.setKey(0x1000, 0x38);
        m.run(c -> c.rr(LR, 1, 1));
        assertEquals(4, m.programInterruptionCode());
        assertEquals(TestMachine.CODE, m.programOldAddress(), "nothing was executed");
    }
}
