package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extended-precision instructions (AXR, SXR, MXR, MXDR, MXD, LRDR) per GA22-7000: the four registers
 * before and after, the condition code and the interruption code. Operands: pair 0-2 and pair 4-6.
 */
class ExtendedFloatingPointTest {

    private static final int UNCHANGED = 3;

    private final InstructionHarness machine = new InstructionHarness();

    record Case(String title, String instruction, long[] before, String operand, int mask, long[] after, int cc, int code) {
        @Override
        public String toString() {
            return title;
        }
    }

    private static long[] regs(long... values) {
        return values;
    }

    static Stream<Case> cases() {
        long one = 0x4110000000000000L;
        long oneLow = 0x3300000000000000L;
        return Stream.of(
                new Case("AXR adds", "3604", regs(one, oneLow, one, oneLow), null, 0,
                        regs(0x4120000000000000L, oneLow, one, oneLow), 2, 0),
                new Case("AXR keeps the low-order digits", "3604", regs(one, oneLow, 0x3510000000000000L, 0x2700000000000000L),
                        null, 0, regs(0x4110000000000010L, oneLow, 0x3510000000000000L, 0x2700000000000000L), 2, 0),
                new Case("AXR carries from the low part into the high part", "3604",
                        regs(0x41FFFFFFFFFFFFFFL, 0x33FFFFFFFFFFFFFFL, 0x3510000000000000L, 0L), null, 0,
                        regs(0x4210000000000000L, 0x34FFFFFFFFFFFFFFL, 0x3510000000000000L, 0L), 2, 0),
                new Case("SXR of equal numbers gives a true zero", "3704", regs(one, oneLow, one, oneLow), null, 0,
                        regs(0, 0, one, oneLow), 0, 0),
                new Case("SXR with the significance mask keeps the characteristic", "3704", regs(one, oneLow, one, oneLow), null, 1,
                        regs(0x4100000000000000L, 0x3300000000000000L, one, oneLow), 0, 0x0E),
                new Case("SXR gives a negative result", "3704", regs(one, oneLow, 0x4120000000000000L, oneLow), null, 0,
                        regs(0xC110000000000000L, 0xB300000000000000L, 0x4120000000000000L, oneLow), 1, 0),
                new Case("AXR overflow keeps the low characteristic correct", "3604",
                        regs(0x7F80000000000000L, 0x7100000000000000L, 0x7F80000000000000L, 0x7100000000000000L), null, 0,
                        regs(0x0010000000000000L, 0x7200000000000000L, 0x7F80000000000000L, 0x7100000000000000L), 2, 0x0C),
                new Case("MXR multiplies", "2604", regs(0x4120000000000000L, oneLow, 0x4130000000000000L, oneLow), null, 0,
                        regs(0x4160000000000000L, oneLow, 0x4130000000000000L, oneLow), UNCHANGED, 0),
                new Case("MXR truncates to 28 digits", "2604",
                        regs(0x4055555555555555L, 0x3255555555555555L, 0x4130000000000000L, oneLow), null, 0,
                        regs(0x40FFFFFFFFFFFFFFL, 0x32FFFFFFFFFFFFFFL, 0x4130000000000000L, oneLow), UNCHANGED, 0),
                new Case("MXDR gives the exact product", "2702", regs(0x4155555555555555L, 0x4130000000000000L, 0, 0), null, 0,
                        regs(0x41FFFFFFFFFFFFFFL, oneLow, 0, 0), UNCHANGED, 0),
                new Case("MXD multiplies by storage", "67000400", regs(0x4120000000000000L, 0, 0, 0), "C130000000000000", 0,
                        regs(0xC160000000000000L, 0xB300000000000000L, 0, 0), UNCHANGED, 0),
                new Case("MXDR by zero gives a true zero", "2702", regs(one, 0, 0, 0), null, 0, regs(0, 0, 0, 0), UNCHANGED, 0),
                new Case("LRDR rounds up", "2504", regs(0, 0, 0x4110000000000000L, 0x3380000000000000L), null, 0,
                        regs(0x4110000000000001L, 0, 0x4110000000000000L, 0x3380000000000000L), UNCHANGED, 0),
                new Case("LRDR carries into the characteristic", "2504", regs(0, 0, 0x41FFFFFFFFFFFFFFL, 0x3380000000000000L),
                        null, 0, regs(0x4210000000000000L, 0, 0x41FFFFFFFFFFFFFFL, 0x3380000000000000L), UNCHANGED, 0),
                new Case("LRDR rounds down", "2504", regs(0, 0, 0x4110000000000000L, 0x337FFFFFFFFFFFFFL), null, 0,
                        regs(0x4110000000000000L, 0, 0x4110000000000000L, 0x337FFFFFFFFFFFFFL), UNCHANGED, 0));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void extendedInstructionFollowsThePrinciplesOfOperation(Case c) {
        System.arraycopy(c.before(), 0, machine.cpu.fpr, 0, 4);
        if (c.operand() != null) {
            machine.poke(0x400, c.operand());
        }
        var outcome = machine.execute(c.instruction(), c.mask(), UNCHANGED);
        assertEquals(c.code(), outcome.interruption(), "interruption code");
        assertArrayEquals(c.after(), machine.cpu.fpr, "registers");
        assertEquals(c.cc(), outcome.conditionCode(), "condition code");
    }
}
