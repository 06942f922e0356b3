package vm370.s370.cpu;

import static vm370.s370.cpu.InstructionCase.check;
import static vm370.s370.cpu.InstructionCase.ok;
import static vm370.s370.cpu.InstructionCase.regs;
import static vm370.s370.cpu.InstructionCase.words;
import static vm370.s370.isa.Opcode.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Fixed-point instructions against GA22-7000 "Fixed-Point Arithmetic": results, condition codes, exceptions. */
class FixedPointTest {

    private static final int MAX = Integer.MAX_VALUE;
    private static final int MIN = Integer.MIN_VALUE;
    private static final int OVERFLOW_MASK = 0x08000000;

    static Stream<InstructionCase> cases() {
        return Stream.of(
                ok("LR copies", regs(2, 7), null, c -> c.rr(LR, 1, 2), -1, 1, 7),
                ok("LTR sets CC 1 for negative", regs(2, -3), null, c -> c.rr(LTR, 1, 2), 1, 1, -3),
                ok("LTR sets CC 0 for zero", regs(2, 0), null, c -> c.rr(LTR, 1, 2), 0, 1, 0),
                ok("LPR makes positive", regs(2, -5), null, c -> c.rr(LPR, 1, 2), 2, 1, 5),
                ok("LPR of the maximum negative overflows", regs(2, MIN), null, c -> c.rr(LPR, 1, 2), 3, 1, MIN),
                ok("LNR makes negative", regs(2, 5), null, c -> c.rr(LNR, 1, 2), 1, 1, -5),
                ok("LNR of zero is CC 0", regs(2, 0), null, c -> c.rr(LNR, 1, 2), 0, 1, 0),
                ok("LCR complements", regs(2, 5), null, c -> c.rr(LCR, 1, 2), 1, 1, -5),
                ok("LCR of the maximum negative overflows", regs(2, MIN), null, c -> c.rr(LCR, 1, 2), 3, 1, MIN),
                ok("AR adds", regs(1, 1, 2, 2), null, c -> c.rr(AR, 1, 2), 2, 1, 3),
                ok("AR sets CC 3 on overflow with the mask off", regs(1, MAX, 2, 1), null, c -> c.rr(AR, 1, 2), 3, 1, MIN),
                check("AR overflow interrupts when the mask is on", regs(1, MAX, 2, 1, 3, OVERFLOW_MASK), null,
                        c -> c.rr(SPM, 3, 0).rr(AR, 1, 2), 8),
                ok("SR subtracts to zero", regs(1, 5, 2, 5), null, c -> c.rr(SR, 1, 2), 0, 1, 0),
                ok("SR overflows", regs(1, MIN, 2, 1), null, c -> c.rr(SR, 1, 2), 3, 1, MAX),
                ok("CR compares signed", regs(1, -1, 2, 1), null, c -> c.rr(CR, 1, 2), 1),
                ok("C compares with storage", regs(1, 9), words(8), c -> c.rx(C, 1, 0, 0, 12), 2),
                ok("A adds storage", regs(1, 9), words(-10), c -> c.rx(A, 1, 0, 0, 12), 1, 1, -1),
                ok("S subtracts storage", regs(1, 9), words(9), c -> c.rx(S, 1, 0, 0, 12), 0, 1, 0),
                ok("AH adds a sign-extended halfword", regs(1, 9), words(0xFFFE0000), c -> c.rx(AH, 1, 0, 0, 12), 2, 1, 7),
                ok("SH subtracts a halfword", regs(1, 9), words(0x00090000), c -> c.rx(SH, 1, 0, 0, 12), 0, 1, 0),
                ok("CH compares a halfword", regs(1, -2), words(0xFFFE0000), c -> c.rx(CH, 1, 0, 0, 12), 0),
                ok("MH keeps the low 32 bits", regs(1, 0x10000), words(0x00100000), c -> c.rx(MH, 1, 0, 0, 12), -1, 1, 0x100000),
                ok("LH sign-extends", regs(), words(0x80010000), c -> c.rx(LH, 1, 0, 0, 12), -1, 1, 0xFFFF8001),
                ok("L and ST move a word", regs(), words(0x12345678, 0), c -> c.rx(L, 1, 0, 0, 12).rx(ST, 1, 4, 0, 12)
                        .rx(L, 2, 4, 0, 12), -1, 1, 0x12345678, 2, 0x12345678),
                ok("STH stores the low halfword", regs(1, 0xABCD1234), words(0), c -> c.rx(STH, 1, 0, 0, 12)
                        .rx(L, 2, 0, 0, 12), -1, 2, 0x12340000),
                ok("LA computes 24 bits", regs(2, 0xFF000010, 3, 0x100), null, c -> c.rx(LA, 1, 8, 2, 3), -1, 1, 0x118),
                ok("MR multiplies into the pair", regs(3, 100000, 5, 300000), null, c -> c.rr(MR, 2, 5), -1,
                        2, 6, 3, (int) 30000000000L),
                ok("M multiplies negative", regs(3, -2), words(3), c -> c.rx(M, 2, 0, 0, 12), -1, 2, -1, 3, -6),
                check("MR with an odd R1 is a specification exception", regs(), null, c -> c.rr(MR, 3, 5), 6),
                ok("DR divides the pair", regs(2, 0, 3, 17, 5, 5), null, c -> c.rr(DR, 2, 5), -1, 2, 2, 3, 3),
                ok("D keeps the dividend's sign in the remainder", regs(2, -1, 3, -17), words(5), c -> c.rx(D, 2, 0, 0, 12),
                        -1, 2, -2, 3, -3),
                check("DR by zero is a fixed-point-divide exception", regs(2, 0, 3, 1, 5, 0), null, c -> c.rr(DR, 2, 5), 9),
                check("DR with a too-large quotient is a fixed-point-divide exception", regs(2, 1, 3, 0, 5, 1), null,
                        c -> c.rr(DR, 2, 5), 9),
                check("D with an odd R1 is a specification exception", regs(), words(1), c -> c.rx(D, 1, 0, 0, 12), 6),
                ok("SLA shifts keeping the sign", regs(1, -3), null, c -> c.rs(SLA, 1, 0, 2, 0), 1, 1, -12),
                ok("SLA overflows when a bit unlike the sign is lost", regs(1, 0x40000000), null,
                        c -> c.rs(SLA, 1, 0, 1, 0), 3, 1, 0),
                ok("SLA by 31 or more clears the numeric bits", regs(1, 0), null, c -> c.rs(SLA, 1, 0, 40, 0), 0, 1, 0),
                ok("SRA propagates the sign", regs(1, -16), null, c -> c.rs(SRA, 1, 0, 2, 0), 1, 1, -4),
                ok("SRA by 63 leaves the sign", regs(1, -16), null, c -> c.rs(SRA, 1, 0, 63, 0), 1, 1, -1),
                ok("SRDA shifts the pair", regs(2, -1, 3, 0), null, c -> c.rs(SRDA, 2, 0, 32, 0), 1, 2, -1, 3, -1),
                ok("SLDA shifts the pair", regs(2, 0, 3, 0x40000000), null, c -> c.rs(SLDA, 2, 0, 2, 0), 2, 2, 1, 3, 0),
                ok("SLDA overflows", regs(2, 0x40000000, 3, 0), null, c -> c.rs(SLDA, 2, 0, 1, 0), 3, 2, 0x00000000),
                check("SLDA with an odd register is a specification exception", regs(), null, c -> c.rs(SLDA, 3, 0, 1, 0), 6),
                ok("STM and LM wrap from 15 to 0", regs(14, 1, 15, 2, 0, 3), words(0, 0, 0), c -> c.rs(STM, 14, 0, 0, 12)
                        .rr(SR, 14, 14).rr(SR, 15, 15).rs(LM, 14, 15, 0, 12), -1, 14, 1, 15, 2, 0, 3),
                check("L beyond storage is an addressing exception", regs(2, 0x100000), null, c -> c.rx(L, 1, 0, 0, 2), 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fixedPointInstructionBehavesAsThePrinciplesOfOperationSay(InstructionCase c) {
        c.verify();
    }
}
