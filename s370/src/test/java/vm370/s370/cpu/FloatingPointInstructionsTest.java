package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.s370.isa.Format;
import vm370.s370.isa.Opcode;

/**
 * Conformance of the short and long floating-point instructions to GA22-7000 chapter 9: every case
 * runs with R1 = 0 and R2 = 2 (or the operand in storage at X'400'), starting with CC 3.
 */
class FloatingPointInstructionsTest {

    private static final int OPERAND = 0x400;
    private static final int UNCHANGED = 3;
    /** Low half of register 0 before a short operation, which must survive it. */
    private static final String LOW = "5A5A5A5A";
    private static final int OVERFLOW = 0x0C;
    private static final int UNDERFLOW = 0x0D;
    private static final int SIGNIFICANCE = 0x0E;
    private static final int DIVIDE = 0x0F;

    private final InstructionHarness machine = new InstructionHarness();

    /** Operands and the expected register 0 (all 64 bits) as hex; short operands are 8 digits. */
    record Case(String title, String op, String first, String second, int mask, String expected, int cc, int code) {
        @Override
        public String toString() {
            return title;
        }
    }

    private static Case ok(String title, String op, String first, String second, String expected, int cc) {
        return new Case(title, op, first, second, 0, expected, cc, 0);
    }

    /** A short result in the high half, with the untouched low half. */
    private static String s(String high) {
        return high + LOW;
    }

    static Stream<Case> cases() {
        return Stream.of(
                ok("LER loads the high half only", "LER", "00000000", "C276A000", s("C276A000"), UNCHANGED),
                ok("LE loads from storage", "LE", "00000000", "41100000", s("41100000"), UNCHANGED),
                ok("LDR loads all 64 bits", "LDR", "0000000000000000", "4110000000000001", "4110000000000001", UNCHANGED),
                ok("LTER of a negative number sets CC 1", "LTER", "00000000", "C1100000", s("C1100000"), 1),
                ok("LTER of a zero fraction sets CC 0 whatever the sign", "LTER", "00000000", "C5000000", s("C5000000"), 0),
                ok("LCER inverts the sign", "LCER", "00000000", "41100000", s("C1100000"), 1),
                ok("LCER inverts the sign of zero", "LCER", "00000000", "00000000", s("80000000"), 0),
                ok("LPER makes plus", "LPER", "00000000", "C1100000", s("41100000"), 2),
                ok("LNER makes minus", "LNER", "00000000", "41100000", s("C1100000"), 1),
                ok("LNER of zero makes minus zero with CC 0", "LNER", "00000000", "00000000", s("80000000"), 0),
                ok("LPDR makes plus", "LPDR", "0000000000000000", "C110000000000001", "4110000000000001", 2),
                ok("LCDR inverts", "LCDR", "0000000000000000", "4110000000000001", "C110000000000001", 1),
                ok("LNDR makes minus", "LNDR", "0000000000000000", "4110000000000001", "C110000000000001", 1),
                ok("LTDR tests the low digits too", "LTDR", "0000000000000000", "0000000000000001", "0000000000000001", 2),
                ok("AER adds", "AER", "41100000", "41100000", s("41200000"), 2),
                ok("AE aligns the smaller characteristic", "AE", "41100000", "40800000", s("41180000"), 2),
                ok("AER of opposite signs", "AER", "C1100000", "40800000", s("C0800000"), 1),
                ok("AER normalizes", "AER", "42000100", "00000000", s("3F100000"), 2),
                ok("SER keeps the guard digit", "SER", "41100000", "40FFFFFF", s("3B100000"), 2),
                ok("SER of equal numbers gives a true zero", "SER", "41100000", "41100000", s("00000000"), 0),
                new Case("SER of equal numbers with the significance mask keeps the characteristic", "SER", "41100000", "41100000",
                        1, s("41000000"), 0, SIGNIFICANCE),
                new Case("AER overflow wraps the characteristic", "AER", "7FFFFFFF", "7FFFFFFF", 0, s("001FFFFF"), 2, OVERFLOW),
                ok("SER underflow without the mask gives a true zero", "SER", "00110000", "00100000", s("00000000"), 0),
                new Case("SER underflow with the mask wraps the characteristic", "SER", "00110000", "00100000", 2,
                        s("7F100000"), 2, UNDERFLOW),
                ok("AUR does not normalize", "AUR", "42000100", "00000000", s("42000100"), 2),
                ok("SUR cannot underflow", "SUR", "00110000", "00100000", s("00010000"), 2),
                ok("AU loses digits beyond the guard digit", "AU", "41100000", "3A100000", s("41100000"), 2),
                new Case("SUR of equal numbers with the significance mask", "SUR", "41100000", "41100000", 1, s("41000000"), 0,
                        SIGNIFICANCE),
                ok("ADR adds long", "ADR", "4110000000000000", "4110000000000000", "4120000000000000", 2),
                ok("SD keeps the long guard digit", "SD", "4110000000000000", "40FFFFFFFFFFFFFF", "3310000000000000", 2),
                ok("AWR keeps leading zeros", "AWR", "4200000000000010", "4000000000000001", "4200000000000010", 2),
                ok("SWR of equal numbers gives a true zero", "SWR", "4210000000000000", "4210000000000000",
                        "0000000000000000", 0),
                ok("CER finds the first low", "CER", "41100000", "41200000", s("41100000"), 1),
                ok("CER finds the first high", "CER", "41200000", "C1300000", s("41200000"), 2),
                ok("CER finds plus and minus zero equal", "CER", "00000000", "80000000", s("00000000"), 0),
                ok("CER finds zeros of any characteristic equal", "CER", "45000000", "00000000", s("45000000"), 0),
                ok("CE finds an unnormalized equal number equal", "CE", "41100000", "42010000", s("41100000"), 0),
                ok("CDR compares the low digits", "CDR", "4110000000000001", "4110000000000000", "4110000000000001", 2),
                ok("MER gives a long product", "MER", "41200000", "41300000", "4160000000000000", UNCHANGED),
                ok("ME prenormalizes", "ME", "42020000", "41300000", "4160000000000000", UNCHANGED),
                ok("MER by zero gives a true zero", "MER", "41200000", "80000000", "0000000000000000", UNCHANGED),
                ok("MDR keeps the sign rule", "MDR", "4110000000000000", "C120000000000000", "C120000000000000", UNCHANGED),
                ok("MD normalizes the product with the guard digit", "MD", "4055555555555555", "4130000000000000",
                        "40FFFFFFFFFFFFFF", UNCHANGED),
                new Case("ME overflow", "ME", "7F800000", "41200000", 0, "0010000000000000", UNCHANGED, OVERFLOW),
                ok("MER underflow without the mask gives a true zero", "MER", "00100000", "00100000", "0000000000000000",
                        UNCHANGED),
                new Case("MER underflow with the mask", "MER", "00100000", "00100000", 2, "3F10000000000000", UNCHANGED,
                        UNDERFLOW),
                ok("DER divides", "DER", "41600000", "41200000", s("41300000"), UNCHANGED),
                ok("DER truncates a repeating quotient", "DER", "41100000", "41300000", s("40555555"), UNCHANGED),
                ok("DE shifts a quotient of one or more", "DE", "41300000", "41100000", s("41300000"), UNCHANGED),
                ok("DDR divides long", "DDR", "4110000000000000", "4130000000000000", "4055555555555555", UNCHANGED),
                ok("DER of zero gives a true zero", "DER", "80000000", "41100000", s("00000000"), UNCHANGED),
                new Case("DER by zero is suppressed", "DER", "41100000", "41000000", 0, s("41100000"), UNCHANGED, DIVIDE),
                new Case("DDR of zero by zero is suppressed", "DDR", "0000000000000000", "0000000000000000", 0,
                        "0000000000000000", UNCHANGED, DIVIDE),
                ok("HER halves", "HER", "00000000", "41200000", s("41100000"), UNCHANGED),
                ok("HER normalizes", "HER", "00000000", "C1100000", s("C0800000"), UNCHANGED),
                ok("HDR halves long", "HDR", "0000000000000000", "4110000000000000", "4080000000000000", UNCHANGED),
                ok("HER keeps the last bit in the guard digit", "HER", "00000000", "41000001", s("3B800000"), UNCHANGED),
                ok("HER of a zero fraction gives a true zero", "HER", "00000000", "C3000000", s("00000000"), UNCHANGED),
                ok("HER underflow without the mask gives a true zero", "HER", "00000000", "00100000", s("00000000"),
                        UNCHANGED),
                new Case("HER underflow with the mask", "HER", "00000000", "00100000", 2, s("7F800000"), UNCHANGED, UNDERFLOW),
                ok("LRER rounds up", "LRER", "00000000", "4110000080000000", s("41100001"), UNCHANGED),
                ok("LRER rounds down", "LRER", "00000000", "411000007FFFFFFF", s("41100000"), UNCHANGED),
                ok("LRER carries into the characteristic", "LRER", "00000000", "41FFFFFF80000000", s("42100000"), UNCHANGED),
                ok("LRER does not normalize", "LRER", "00000000", "4200001000000000", s("42000010"), UNCHANGED),
                new Case("LRER overflow", "LRER", "00000000", "7FFFFFFF80000000", 0, s("00100000"), UNCHANGED, OVERFLOW));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void floatingPointInstructionFollowsThePrinciplesOfOperation(Case c) {
        Opcode op = Opcode.valueOf(c.op());
        machine.cpu.fpr[0] = Long.parseUnsignedLong(c.first().length() == 8 ? c.first() + LOW : c.first(), 16);
        String instruction;
        if (op.format() == Format.RR) {
            machine.cpu.fpr[1] = Long.parseUnsignedLong(c.second().length() == 8 ? c.second() + "77777777" : c.second(), 16);
            instruction = InstructionHarness.hex(op.code(), 1) + "02";
        } else {
            machine.poke(OPERAND, c.second());
            instruction = InstructionHarness.hex(op.code(), 1) + "000400";
        }
        var outcome = machine.execute(instruction, c.mask(), UNCHANGED);
        assertEquals(c.code(), outcome.interruption(), "interruption code");
        assertEquals(c.expected(), InstructionHarness.hex(machine.cpu.fpr[0], 8), "register 0");
        assertEquals(c.cc(), outcome.conditionCode(), "condition code");
    }

    @Test
    void storeShortStoresTheHighHalf() {
        machine.cpu.fpr[2] = 0x412000005A5A5A5AL;
        assertEquals(0, machine.execute("70400400", 0, 0).interruption());
        assertEquals("412000000000", machine.peek(OPERAND, 6));
    }

    @Test
    void storeLongStoresAllSixtyFourBits() {
        machine.cpu.fpr[3] = 0xC276A00000000001L;
        assertEquals(0, machine.execute("60600400", 0, 0).interruption());
        assertEquals("C276A00000000001", machine.peek(OPERAND, 8));
    }

    @Test
    void storeIntoAProtectedBlockIsSuppressed() {
        machine.cpu.fpr[0] = 0x4110000000000000L;
        machine.storage.setKey(OPERAND, 0x20);
        machine.machine.key(1);
        assertEquals(4, machine.execute("60000400", 0, 0).interruption());
        assertEquals(4, machine.execute("70000400", 0, 0).interruption());
        assertEquals("0000000000000000", machine.peek(OPERAND, 8));
    }

    record BadRegister(String title, String instruction) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<BadRegister> badRegisters() {
        return Stream.of(
                new BadRegister("ADR with an odd R1", "2A12"),
                new BadRegister("AER with R2 of 8", "3A08"),
                new BadRegister("LER with R1 of 10", "38A0"),
                new BadRegister("LD with R1 of 1 before any storage access", "68100000"),
                new BadRegister("STE with R1 of 3", "70300400"),
                new BadRegister("LRER with R2 of 7", "3507"),
                new BadRegister("AXR with R1 of 2", "3620"),
                new BadRegister("SXR with R2 of 6", "3706"),
                new BadRegister("MXR with R1 of 6", "2660"),
                new BadRegister("MXDR with R1 of 2", "2720"),
                new BadRegister("MXDR with R2 of 1", "2701"),
                new BadRegister("MXD with R1 of 2", "67200400"),
                new BadRegister("LRDR with R2 of 2", "2502"));
    }

    @ParameterizedTest
    @MethodSource("badRegisters")
    void invalidFloatingPointRegisterIsASpecificationException(BadRegister b) {
        machine.cpu.gpr[0] = 0;
        machine.cpu.fpr[0] = 0x4110000000000000L;
        assertEquals(6, machine.execute(b.instruction(), 0, 0).interruption());
        assertEquals(0x4110000000000000L, machine.cpu.fpr[0]);
    }
}
