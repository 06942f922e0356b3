package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.s370.isa.Opcode;

/** Conformance of the decimal instructions to GA22-7000 chapter 8: results, condition codes, exceptions. */
class DecimalInstructionsTest {

    private static final int FIRST = 0x300;
    private static final int SECOND = 0x400;
    /** Condition code before each instruction; instructions that leave the code alone must keep it. */
    private static final int UNCHANGED = 3;
    private static final int DATA = 7;
    private static final int SPECIFICATION = 6;
    private static final int DECIMAL_OVERFLOW = 0x0A;
    private static final int DECIMAL_DIVIDE = 0x0B;
    private static final int FIXED_POINT_DIVIDE = 9;

    private final InstructionHarness machine = new InstructionHarness();

    /** An SS instruction with two lengths: first operand at X'300', second at X'400'; {@code expected} is the first operand afterwards. */
    record Case(String title, String op, String first, String second, int mask, String expected, int cc, int code) {
        @Override
        public String toString() {
            return title;
        }
    }

    private static Case ok(String title, String op, String first, String second, String expected, int cc) {
        return new Case(title, op, first, second, 0, expected, cc, 0);
    }

    private static Case fails(String title, String op, String first, String second, int code) {
        return new Case(title, op, first, second, 0, first, UNCHANGED, code);
    }

    static Stream<Case> cases() {
        return Stream.of(
                ok("AP adds two positive numbers", "AP", "12345C", "54321C", "66666C", 2),
                ok("AP adds a negative number", "AP", "0012345C", "1D", "0012344C", 2),
                ok("AP gives a negative sum", "AP", "123C", "456D", "333D", 1),
                ok("AP makes a zero sum plus", "AP", "5C", "5D", "0C", 0),
                ok("AP accepts every plus sign code and stores the preferred one", "AP", "123F", "1A", "124C", 2),
                ok("AP treats B as minus", "AP", "123B", "1C", "122D", 1),
                ok("AP extends the shorter operand with zeros", "AP", "1C", "00000C", "1C", 2),
                ok("AP sets CC 3 on a lost carry, masked off", "AP", "999C", "1C", "000C", 3),
                new Case("AP overflow with the mask on stores the result and interrupts", "AP", "999C", "1C", 4, "000C", 3,
                        DECIMAL_OVERFLOW),
                ok("AP overflow keeps the sign of a zero result", "AP", "999D", "1D", "000D", 3),
                ok("AP overflow on a longer second operand", "AP", "1C", "01000C", "1C", 3),
                ok("AP of 31-digit operands", "AP", "1234567890123456789012345678901C", "8765432109876543210987654321098C",
                        "9999999999999999999999999999999C", 2),
                fails("AP rejects an invalid digit", "AP", "012A4C", "1C", DATA),
                fails("AP rejects an invalid sign", "AP", "1239", "1C", DATA),
                fails("AP rejects an invalid second operand", "AP", "123C", "F1", DATA),
                ok("SP subtracts", "SP", "100C", "1C", "099C", 2),
                ok("SP makes a zero difference plus", "SP", "1D", "1D", "0C", 0),
                ok("SP gives a negative difference", "SP", "1D", "1C", "2D", 1),
                ok("ZAP moves a negative number", "ZAP", "FFFFFF", "5D", "00005D", 1),
                ok("ZAP makes minus zero plus", "ZAP", "123C", "0D", "000C", 0),
                ok("ZAP truncates with overflow", "ZAP", "000C", "12345C", "345C", 3),
                ok("ZAP overflow zero keeps the second operand's sign", "ZAP", "0C", "010D", "0D", 3),
                ok("ZAP does not check the first operand", "ZAP", "ABCDEF", "00000D", "00000C", 0),
                fails("ZAP rejects an invalid second operand", "ZAP", "000C", "1A2C", DATA),
                ok("CP finds the first operand high", "CP", "012C", "012D", "012C", 2),
                ok("CP finds the first operand low", "CP", "123C", "00124C", "123C", 1),
                ok("CP compares plus and minus zero equal", "CP", "0C", "000D", "0C", 0),
                ok("CP compares two negative numbers", "CP", "5D", "7D", "5D", 2),
                fails("CP rejects an invalid sign", "CP", "012C", "0125", DATA),
                ok("MP multiplies", "MP", "0001234C", "5C", "0006170C", UNCHANGED),
                ok("MP gives a negative product", "MP", "0000012C", "012D", "0000144D", UNCHANGED),
                ok("MP keeps the algebraic sign of a zero product", "MP", "000C", "5D", "000D", UNCHANGED),
                ok("MP of a 15-digit multiplier", "MP", "0000000000000000000000000000009C", "999999999999999C",
                        "0000000000000008999999999999991C", UNCHANGED),
                fails("MP needs leftmost zero bytes in the multiplicand", "MP", "0123456C", "5C", DATA),
                fails("MP rejects a multiplier as long as the multiplicand", "MP", "012C", "012C", SPECIFICATION),
                fails("MP rejects a multiplier longer than 8 bytes", "MP", "00000000000000000000000000000001", "00000000000000001C",
                        SPECIFICATION),
                ok("DP divides, quotient left and remainder right", "DP", "012345678C", "321D", "38460D018C", UNCHANGED),
                ok("DP gives the remainder the dividend's sign", "DP", "0000100D", "7C", "00014D2D", UNCHANGED),
                ok("DP keeps a minus zero quotient", "DP", "00005C", "7D", "000D5C", UNCHANGED),
                fails("DP by zero is a decimal divide exception", "DP", "0000100C", "0C", DECIMAL_DIVIDE),
                fails("DP with a quotient too large is a decimal divide exception", "DP", "999999999C", "1C", DECIMAL_DIVIDE),
                fails("DP rejects a divisor as long as the dividend", "DP", "012C", "012C", SPECIFICATION),
                ok("PACK packs zoned digits", "PACK", "000000", "F1F2F3F4C5", "12345C", UNCHANGED),
                ok("PACK truncates on the left", "PACK", "0000", "F1F2F3F4C5", "345C", UNCHANGED),
                ok("PACK extends with zeros", "PACK", "FFFFFFFF", "F1C2", "0000012C", UNCHANGED),
                ok("UNPK unpacks with zones F", "UNPK", "0000000000", "12345C", "F1F2F3F4C5", UNCHANGED),
                ok("UNPK truncates on the left", "UNPK", "000000", "12345C", "F3F4C5", UNCHANGED),
                ok("MVO shifts the second operand left by a digit", "MVO", "7788990C", "123456", "0123456C", UNCHANGED),
                ok("MVO truncates on the left", "MVO", "778F", "123456", "456F", UNCHANGED));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void decimalInstructionFollowsThePrinciplesOfOperation(Case c) {
        int l1 = c.first().length() / 2;
        int l2 = c.second().length() / 2;
        machine.poke(FIRST, c.first());
        machine.poke(SECOND, c.second());
        String instruction = InstructionHarness.hex(Opcode.valueOf(c.op()).code(), 1)
                + InstructionHarness.hex((l1 - 1) << 4 | (l2 - 1), 1) + "0300" + "0400";
        var outcome = machine.execute(instruction, c.mask(), UNCHANGED);
        assertEquals(c.code(), outcome.interruption(), "interruption code");
        assertEquals(c.expected(), machine.peek(FIRST, l1), "first operand");
        assertEquals(c.cc(), outcome.conditionCode(), "condition code");
    }

    @Test
    void addDecimalAddsANumberToItselfWhenRightmostBytesCoincide() {
        machine.poke(FIRST, "00123C");
        assertEquals(0, machine.execute("FA2203000300", 0, 0).interruption());
        assertEquals("00246C", machine.peek(FIRST, 3));
    }

    @Test
    void subtractDecimalOfAFieldFromItselfClearsIt() {
        machine.poke(FIRST, "98765D");
        assertEquals(2 - 2, machine.execute("FB2203000300", 0, 1).conditionCode());
        assertEquals("00000C", machine.peek(FIRST, 3));
    }

    @Test
    void addDecimalRejectsImproperlyOverlappingFields() {
        machine.poke(FIRST, "00123C");
        assertEquals(DATA, machine.execute("FA2103000300", 0, 0).interruption());
        assertEquals("00123C", machine.peek(FIRST, 3));
    }

    @Test
    void zeroAndAddMayShiftAFieldRightwardsOverItself() {
        machine.poke(FIRST, "12345C0000");
        assertEquals(0, machine.execute("F84203000300", 0, 0).interruption());
        machine.poke(FIRST, "12345C");
        assertEquals(0, machine.execute("F82203010300", 0, 0).interruption());
        assertEquals("1212345C", machine.peek(FIRST, 4));
    }

    @Test
    void decimalAccessExceptionsComeBeforeAnyStore() {
        machine.poke(FIRST, "123C");
        // the second operand runs past the end of the 64K of storage
        machine.cpu.gpr[2] = 0xFFFF;
        assertEquals(5, machine.execute("FA1103002000", 0, 0).interruption());
        assertEquals("123C", machine.peek(FIRST, 2));
    }

    @Test
    void decimalResultsIntoAStoreProtectedFieldAreSuppressed() {
        machine.poke(FIRST, "123C");
        machine.poke(SECOND, "1C");
        machine.storage.setKey(FIRST, 0x20);
        machine.machine.key(1);
        assertEquals(4, machine.execute("FA1003000400", 0, 0).interruption(), "AP");
        assertEquals(4, machine.execute("F81003000400", 0, 0).interruption(), "ZAP");
        assertEquals(4, machine.execute("F0100300003F", 0, 0).interruption(), "SRP");
        assertEquals(4, machine.execute("DE0103000400", 0, 0).interruption(), "ED");
        assertEquals(4, machine.execute("F21003000400", 0, 0).interruption(), "PACK");
        assertEquals("123C", machine.peek(FIRST, 2));
        assertEquals(0, machine.execute("F91003000400", 0, 0).interruption(), "CP only fetches");
    }

    // ---------------------------------------------------------------- CVB, CVD

    record Conversion(String title, String packed, int binary, int code) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Conversion> conversions() {
        return Stream.of(
                new Conversion("positive", "000000000012345C", 12345, 0),
                new Conversion("negative one", "000000000000001D", -1, 0),
                new Conversion("sign F is plus", "000000000000042F", 42, 0),
                new Conversion("the largest positive", "000002147483647C", Integer.MAX_VALUE, 0),
                new Conversion("the most negative", "000002147483648D", Integer.MIN_VALUE, 0),
                new Conversion("too large keeps the low 32 bits", "000002147483648C", Integer.MIN_VALUE, FIXED_POINT_DIVIDE),
                new Conversion("far too large keeps the low 32 bits", "999999999999999C", (int) 999999999999999L,
                        FIXED_POINT_DIVIDE));
    }

    @ParameterizedTest
    @MethodSource("conversions")
    void convertToBinaryFollowsThePrinciplesOfOperation(Conversion c) {
        machine.poke(SECOND, c.packed());
        var outcome = machine.execute("4F500400", 0, UNCHANGED);
        assertEquals(c.code(), outcome.interruption());
        assertEquals(c.binary(), machine.cpu.gpr[5]);
        assertEquals(UNCHANGED, outcome.conditionCode());
    }

    @ParameterizedTest
    @MethodSource("conversions")
    void convertToDecimalGivesThePreferredSign(Conversion c) {
        if (c.code() != 0) {
            return;
        }
        machine.cpu.gpr[5] = c.binary();
        assertEquals(0, machine.execute("4E500400", 0, UNCHANGED).interruption());
        String preferred = c.packed().substring(0, 15) + (c.binary() < 0 ? "D" : "C");
        assertEquals(preferred, machine.peek(SECOND, 8));
    }

    @Test
    void convertToBinaryRejectsAnInvalidDigit() {
        machine.poke(SECOND, "00000000000000AC");
        machine.cpu.gpr[5] = 77;
        assertEquals(DATA, machine.execute("4F500400", 0, 0).interruption());
        assertEquals(77, machine.cpu.gpr[5]);
    }

    // ---------------------------------------------------------------- SRP

    record Shift(String title, String operand, int amount, int rounding, String expected, int cc, int code) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Shift> shifts() {
        return Stream.of(
                new Shift("left two digits", "0012345C", 2, 0, "1234500C", 2, 0),
                new Shift("left with a lost digit is an overflow", "0012345C", 3, 0, "2345000C", 3, 0),
                new Shift("right one digit rounded up", "0012345C", -1, 5, "0001235C", 2, 0),
                new Shift("right two digits of a negative number", "0012355D", -2, 5, "0000124D", 1, 0),
                new Shift("right one digit without rounding", "0012345C", -1, 0, "0001234C", 2, 0),
                new Shift("right 32 digits gives plus zero", "0012345D", -32, 9, "0000000C", 0, 0),
                new Shift("no shift still checks and sets the code", "0000000D", 0, 0, "0000000C", 0, 0),
                new Shift("left 31 digits of zero is no overflow", "000C", 31, 0, "000C", 0, 0),
                new Shift("rounding carries through nines", "0999995C", -1, 5, "0100000C", 2, 0),
                new Shift("an invalid rounding digit is a data exception", "0012345C", -1, 10, "0012345C", UNCHANGED, DATA),
                new Shift("an invalid operand is a data exception", "00123A5C", 1, 0, "00123A5C", UNCHANGED, DATA));
    }

    @ParameterizedTest
    @MethodSource("shifts")
    void shiftAndRoundDecimalFollowsThePrinciplesOfOperation(Shift s) {
        machine.poke(FIRST, s.operand());
        int l1 = s.operand().length() / 2;
        String instruction = "F0" + InstructionHarness.hex((l1 - 1) << 4 | s.rounding() & 0xF, 1) + "0300"
                + InstructionHarness.hex(0x0FC0 | s.amount() & 0x3F, 2);
        var outcome = machine.execute(instruction, 0, UNCHANGED);
        assertEquals(s.code(), outcome.interruption());
        assertEquals(s.expected(), machine.peek(FIRST, l1));
        assertEquals(s.cc(), outcome.conditionCode());
    }

    @Test
    void shiftAndRoundOverflowInterruptsWhenTheMaskAllows() {
        machine.poke(FIRST, "0012345C");
        var outcome = machine.execute("F03003000003", 4, 0);
        assertEquals(DECIMAL_OVERFLOW, outcome.interruption());
        assertEquals(3, outcome.conditionCode());
        assertEquals("2345000C", machine.peek(FIRST, 4));
    }
}
