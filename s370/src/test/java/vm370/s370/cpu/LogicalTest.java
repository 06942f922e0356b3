package vm370.s370.cpu;

import static vm370.s370.cpu.InstructionCase.check;
import static vm370.s370.cpu.InstructionCase.data;
import static vm370.s370.cpu.InstructionCase.ok;
import static vm370.s370.cpu.InstructionCase.regs;
import static vm370.s370.cpu.InstructionCase.words;
import static vm370.s370.isa.Opcode.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Logical instructions against GA22-7000 "General Instructions": results, condition codes, exceptions. */
class LogicalTest {

    static Stream<InstructionCase> cases() {
        return Stream.of(
                ok("NR to zero is CC 0", regs(1, 0xF0, 2, 0x0F), null, c -> c.rr(NR, 1, 2), 0, 1, 0),
                ok("OR sets CC 1", regs(1, 0xF0, 2, 0x0F), null, c -> c.rr(OR, 1, 2), 1, 1, 0xFF),
                ok("XR with itself clears", regs(1, 0x1234), null, c -> c.rr(XR, 1, 1), 0, 1, 0),
                ok("N, O and X use a storage word", regs(1, 0xFF00FF00), words(0x0FF00FF0),
                        c -> c.rx(N, 1, 0, 0, 12).rx(O, 1, 0, 0, 12).rx(X, 1, 0, 0, 12), 0, 1, 0),
                ok("CLR compares unsigned", regs(1, -1, 2, 1), null, c -> c.rr(CLR, 1, 2), 2),
                ok("CL compares unsigned with storage", regs(1, 1), words(-1), c -> c.rx(CL, 1, 0, 0, 12), 1),
                ok("ALR without carry, not zero", regs(1, 1, 2, 2), null, c -> c.rr(ALR, 1, 2), 1, 1, 3),
                ok("ALR with carry to zero is CC 2", regs(1, -1, 2, 1), null, c -> c.rr(ALR, 1, 2), 2, 1, 0),
                ok("ALR with carry, not zero is CC 3", regs(1, -1, 2, 2), null, c -> c.rr(ALR, 1, 2), 3, 1, 1),
                ok("AL adds storage logically", regs(1, 0), words(0), c -> c.rx(AL, 1, 0, 0, 12), 0, 1, 0),
                ok("SLR of equal values is CC 2", regs(1, 5, 2, 5), null, c -> c.rr(SLR, 1, 2), 2, 1, 0),
                ok("SLR with a borrow is CC 1", regs(1, 1, 2, 2), null, c -> c.rr(SLR, 1, 2), 1, 1, -1),
                ok("SL without a borrow is CC 3", regs(1, 5), words(2), c -> c.rx(SL, 1, 0, 0, 12), 3, 1, 3),
                ok("IC inserts a byte", regs(1, 0x11223344), data(0xAB), c -> c.rx(IC, 1, 0, 0, 12), -1, 1, 0x112233AB),
                ok("STC stores the low byte", regs(1, 0x112233AB), data(0, 0, 0, 0),
                        c -> c.rx(STC, 1, 1, 0, 12).rx(L, 2, 0, 0, 12), -1, 2, 0x00AB0000),
                ok("SRL shifts in zeros", regs(1, 0x80000000), null, c -> c.rs(SRL, 1, 0, 31, 0), -1, 1, 1),
                ok("SLL by 32 clears", regs(1, -1), null, c -> c.rs(SLL, 1, 0, 32, 0), -1, 1, 0),
                ok("SLDL shifts across the pair", regs(2, 0, 3, 0x80000001), null, c -> c.rs(SLDL, 2, 0, 1, 0), -1, 2, 1, 3, 2),
                ok("SRDL shifts across the pair", regs(2, 1, 3, 0), null, c -> c.rs(SRDL, 2, 0, 1, 0), -1, 2, 0, 3, 0x80000000),
                check("SRDL with an odd register is a specification exception", regs(), null, c -> c.rs(SRDL, 1, 0, 1, 0), 6),
                ok("TM all selected ones is CC 3", regs(), data(0xF3), c -> c.si(TM, 0, 12, 0x03), 3),
                ok("TM mixed is CC 1", regs(), data(0xF1), c -> c.si(TM, 0, 12, 0x03), 1),
                ok("TM with mask zero is CC 0", regs(), data(0xFF), c -> c.si(TM, 0, 12, 0), 0),
                ok("MVI then CLI equal", regs(), data(0), c -> c.si(MVI, 0, 12, 0x5C).si(CLI, 0, 12, 0x5C), 0),
                ok("CLI low", regs(), data(0x10), c -> c.si(CLI, 0, 12, 0x20), 1),
                ok("NI, OI, XI update the byte", regs(), data(0xF0), c -> c.si(NI, 0, 12, 0x3C).si(OI, 0, 12, 0x01)
                        .si(XI, 0, 12, 0x31).rx(IC, 1, 0, 0, 12), 0, 1, 0x00000000),
                ok("ICM inserts under mask and tests the first bit", regs(1, 0x11223344), data(0x80, 0x01),
                        c -> c.rs(ICM, 1, 0b1010, 0, 12), 1, 1, 0x80220144),
                ok("ICM of zeros is CC 0", regs(1, -1), data(0, 0), c -> c.rs(ICM, 1, 0b0011, 0, 12), 0, 1, 0xFFFF0000),
                ok("STCM stores selected bytes", regs(1, 0xAABBCCDD), words(0), c -> c.rs(STCM, 1, 0b0101, 0, 12)
                        .rx(L, 2, 0, 0, 12), -1, 2, 0xBBDD0000),
                ok("CLM compares selected bytes", regs(1, 0xAA00CC00), data(0xAA, 0xCD), c -> c.rs(CLM, 1, 0b1010, 0, 12), 1),
                ok("CLM with mask zero is equal", regs(1, 5), null, c -> c.rs(CLM, 1, 0, 0, 12), 0),
                check("IC from beyond storage is an addressing exception", regs(2, 0x200000), null,
                        c -> c.rx(IC, 1, 0, 0, 2), 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logicalInstructionBehavesAsThePrinciplesOfOperationSay(InstructionCase c) {
        c.verify();
    }
}
