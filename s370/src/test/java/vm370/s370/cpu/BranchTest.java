package vm370.s370.cpu;

import static vm370.s370.cpu.InstructionCase.check;
import static vm370.s370.cpu.InstructionCase.ok;
import static vm370.s370.cpu.InstructionCase.regs;
import static vm370.s370.isa.Opcode.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.s370.testing.TestMachine;

/**
 * Branching and EXECUTE against GA22-7000. Each program skips an "LA 9,1" when the branch is taken,
 * so R9 tells whether it was. Register 11 addresses the program.
 */
class BranchTest {

    private static final int AT = TestMachine.CODE;

    static Stream<InstructionCase> cases() {
        return Stream.of(
                ok("BC 8 is taken on CC 0", regs(1, 0), null, c -> c.rr(LTR, 1, 1).rx(BC, 8, 10, 0, 11)
                        .rx(LA, 9, 1, 0, 0), 0, 9, 0),
                ok("BC 4 is not taken on CC 0", regs(1, 0), null, c -> c.rr(LTR, 1, 1).rx(BC, 4, 10, 0, 11)
                        .rx(LA, 9, 1, 0, 0), 0, 9, 1),
                ok("BCR 15 branches to R2", regs(2, AT + 6), null, c -> c.rr(BCR, 15, 2).rx(LA, 9, 1, 0, 0), -1, 9, 0),
                ok("BCR with R2 zero does not branch", regs(), null, c -> c.rr(BCR, 15, 0).rx(LA, 9, 1, 0, 0), -1, 9, 1),
                ok("BALR in BC mode links ILC, CC and program mask", regs(1, 5), null,
                        c -> c.rr(LTR, 1, 1).rr(BALR, 3, 0), 2, 3, 0x60000000 | AT + 4),
                ok("BAL links and branches", regs(), null, c -> c.rx(BAL, 3, 8, 0, 11).rx(LA, 9, 1, 0, 0), -1,
                        3, 0x80000000 | AT + 4, 9, 0),
                ok("BCT loops until zero", regs(1, 3), null, c -> c.rx(LA, 9, 1, 9, 0).rx(BCT, 1, 0, 0, 11), -1, 9, 3, 1, 0),
                ok("BCTR with R2 zero only decrements", regs(1, 3), null, c -> c.rr(BCTR, 1, 0), -1, 1, 2),
                ok("BXLE counts up to the limit", regs(2, 1, 3, 4), null, c -> c.rx(LA, 9, 1, 9, 0)
                        .rs(BXLE, 1, 2, 0, 11), -1, 9, 5, 1, 5),
                ok("BXH counts down", regs(1, 5, 2, -1, 3, 0), null, c -> c.rx(LA, 9, 1, 9, 0)
                        .rs(BXH, 1, 2, 0, 11), -1, 9, 5, 1, 0),
                ok("EX ORs R1 into the target's second byte", regs(1, 0x12, 2, 7), null,
                        c -> c.rx(EX, 1, 8, 0, 11).rx(BC, 15, 10, 0, 11).rr(LR, 0, 0), -1, 1, 7),
                ok("EX of MVC takes its length from R1", regs(1, 2, 12, 0x3000), InstructionCase.data(1, 2, 3, 4, 0, 0, 0, 0),
                        c -> c.rx(EX, 1, 8, 0, 11).rx(BC, 15, 14, 0, 11).ss(MVC, 1, 4, 12, 0, 12)
                                .rx(L, 5, 4, 0, 12), -1, 5, 0x01020300),
                check("EX of EX is an execute exception", regs(), null, c -> c.rx(EX, 0, 0, 0, 11), 3),
                check("EX of an odd address is a specification exception", regs(), null, c -> c.rx(EX, 0, 1, 0, 11), 6),
                check("a branch to an odd address is a specification exception", regs(), null,
                        c -> c.rx(BC, 15, 1, 0, 11), 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void branchInstructionBehavesAsThePrinciplesOfOperationSay(InstructionCase c) {
        c.verify();
    }
}
