package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** EDIT and EDIT AND MARK per GA22-7000: fill byte, digit selectors, significance starter, field separator, message bytes. */
class EditInstructionsTest {

    private static final int PATTERN = 0x300;
    private static final int SOURCE = 0x400;
    /** The PoO's example pattern: fill blank, then d d , d ( d . d d blank C R. */
    private static final String AMOUNT = "4020206B2021204B202040C3D9";

    private final InstructionHarness machine = new InstructionHarness();

    record Case(String title, String pattern, String source, String expected, int cc, int code) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("a positive amount drops the CR message", AMOUNT, "0257426C", "4040F26BF5F7F44BF2F6404040", 2, 0),
                new Case("a negative amount keeps the CR message", AMOUNT, "0257426D", "4040F26BF5F7F44BF2F640C3D9", 1, 0),
                new Case("a zero amount is filled up to the significance starter", AMOUNT, "0000000C",
                        "404040404040F04BF0F0404040", 0, 0),
                new Case("an asterisk fill protects the field", "5C2020202020", "00123C", "5C5C5CF1F2F3", 2, 0),
                new Case("a digit selector as fill byte is itself edited", "202020", "012C", "20F1F2", 2, 0),
                new Case("the field separator starts a new field for the condition code", "4020202022202020", "123C000D",
                        "40F1F2F340404040", 0, 0),
                new Case("a minus sign keeps significance and a plus sign ends it", "402020402020", "1D2C",
                        "40F1F2404040", 2, 0),
                new Case("an invalid source digit is a data exception", "40202020", "A12C", "40202020", 3, 7));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void editFollowsThePrinciplesOfOperation(Case c) {
        int length = c.pattern().length() / 2;
        machine.poke(PATTERN, c.pattern());
        machine.poke(SOURCE, c.source());
        var outcome = machine.execute("DE" + InstructionHarness.hex(length - 1, 1) + "03000400", 0, 3);
        assertEquals(c.code(), outcome.interruption());
        assertEquals(c.expected(), machine.peek(PATTERN, length));
        assertEquals(c.cc(), outcome.conditionCode());
    }

    @Test
    void editAndMarkPutsTheFirstSignificantDigitsAddressInRegisterOne() {
        machine.poke(PATTERN, AMOUNT);
        machine.poke(SOURCE, "0257426C");
        machine.cpu.gpr[1] = 0xAB000000;
        assertEquals(0, machine.execute("DF0C03000400", 0, 0).interruption());
        assertEquals(0xAB000302, machine.cpu.gpr[1]);
    }

    @Test
    void editAndMarkLeavesRegisterOneWhenSignificanceIsForced() {
        machine.poke(PATTERN, AMOUNT);
        machine.poke(SOURCE, "0000000C");
        machine.cpu.gpr[1] = 0x12345678;
        assertEquals(0, machine.execute("DF0C03000400", 0, 0).interruption());
        assertEquals(0x12345678, machine.cpu.gpr[1]);
    }

    @Test
    void editOfAStoreProtectedOrMissingPatternChangesNothing() {
        machine.poke(SOURCE, "0257426C");
        machine.cpu.gpr[2] = 0xFFF8;
        assertEquals(5, machine.execute("DE0C20000400", 0, 0).interruption());
        assertEquals("0000000000000000", machine.peek(0xFFF8, 8));
    }
}
