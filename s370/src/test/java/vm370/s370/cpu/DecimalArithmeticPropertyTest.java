package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The packed-decimal arithmetic checked against java.math on random operands of every length:
 * the stored result, its sign code, the condition code and the exceptions must all agree.
 */
class DecimalArithmeticPropertyTest {

    private static final int FIRST = 0x300;
    private static final int SECOND = 0x400;
    private static final int ROUNDS = 1500;

    private final InstructionHarness machine = new InstructionHarness();
    private final Random random = new Random(370);

    /** A random magnitude of at most {@code digits} digits, often short or zero. */
    private BigInteger magnitude(int digits) {
        int n = random.nextInt(4) == 0 ? random.nextInt(Math.min(3, digits + 1)) : random.nextInt(digits + 1);
        StringBuilder s = new StringBuilder("0");
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
        }
        return new BigInteger(s.toString());
    }

    /** A random sign code: any of A to F. */
    private int sign() {
        return 0xA + random.nextInt(6);
    }

    private static boolean minus(int sign) {
        return sign == 0xB || sign == 0xD;
    }

    static String packed(BigInteger magnitude, boolean minus, int length) {
        return packedWithSign(magnitude, minus ? 0xD : 0xC, length);
    }

    static String packedWithSign(BigInteger magnitude, int sign, int length) {
        String digits = magnitude.mod(BigInteger.TEN.pow(2 * length - 1)).toString();
        return "0".repeat(2 * length - 1 - digits.length()) + digits + Integer.toHexString(sign).toUpperCase();
    }

    private String run(String op, int l1, String first, int l2, String second) {
        machine.poke(FIRST, first);
        machine.poke(SECOND, second);
        return op + InstructionHarness.hex((l1 - 1) << 4 | (l2 - 1), 1) + "03000400";
    }

    @Test
    void addAndSubtractDecimalAgreeWithBigInteger() {
        for (int round = 0; round < ROUNDS; round++) {
            int l1 = 1 + random.nextInt(16);
            int l2 = 1 + random.nextInt(16);
            BigInteger m1 = magnitude(2 * l1 - 1);
            BigInteger m2 = magnitude(2 * l2 - 1);
            int s1 = sign();
            int s2 = sign();
            boolean subtract = random.nextBoolean();
            BigInteger a = minus(s1) ? m1.negate() : m1;
            BigInteger b = minus(s2) ? m2.negate() : m2;
            BigInteger sum = subtract ? a.subtract(b) : a.add(b);
            BigInteger limit = BigInteger.TEN.pow(2 * l1 - 1);
            boolean overflow = sum.abs().compareTo(limit) >= 0;
            BigInteger stored = sum.abs().mod(limit);
            boolean negative = sum.signum() < 0 && (overflow || stored.signum() != 0);
            int cc = overflow ? 3 : stored.signum() == 0 ? 0 : negative ? 1 : 2;
            String instruction = run(subtract ? "FB" : "FA", l1, packedWithSign(m1, s1, l1), l2, packedWithSign(m2, s2, l2));
            var outcome = machine.execute(instruction, 4, 0);
            String what = (subtract ? "SP " : "AP ") + a + ", " + b;
            assertEquals(overflow ? 0x0A : 0, outcome.interruption(), what);
            assertEquals(cc, outcome.conditionCode(), what);
            assertEquals(packed(stored, negative, l1), machine.peek(FIRST, l1), what);
        }
    }

    @Test
    void compareDecimalAgreesWithBigInteger() {
        for (int round = 0; round < ROUNDS; round++) {
            int l1 = 1 + random.nextInt(16);
            int l2 = 1 + random.nextInt(16);
            BigInteger m1 = magnitude(2 * l1 - 1);
            BigInteger m2 = random.nextInt(5) == 0 ? m1.mod(BigInteger.TEN.pow(2 * l2 - 1)) : magnitude(2 * l2 - 1);
            int s1 = sign();
            int s2 = sign();
            BigInteger a = minus(s1) ? m1.negate() : m1;
            BigInteger b = minus(s2) ? m2.negate() : m2;
            int order = a.compareTo(b);
            var outcome = machine.execute(run("F9", l1, packedWithSign(m1, s1, l1), l2, packedWithSign(m2, s2, l2)), 0, 3);
            assertEquals(order == 0 ? 0 : order < 0 ? 1 : 2, outcome.conditionCode(), "CP " + a + ", " + b);
        }
    }

    @Test
    void multiplyDecimalAgreesWithBigInteger() {
        for (int round = 0; round < ROUNDS; round++) {
            int l2 = 1 + random.nextInt(8);
            int l1 = l2 + 1 + random.nextInt(16 - l2);
            BigInteger m1 = magnitude(2 * (l1 - l2) - 1);
            BigInteger m2 = magnitude(2 * l2 - 1);
            int s1 = sign();
            int s2 = sign();
            BigInteger product = m1.multiply(m2);
            var outcome = machine.execute(run("FC", l1, packedWithSign(m1, s1, l1), l2, packedWithSign(m2, s2, l2)), 0, 3);
            String what = "MP " + m1 + " x " + m2;
            assertEquals(0, outcome.interruption(), what);
            assertEquals(packed(product, minus(s1) != minus(s2), l1), machine.peek(FIRST, l1), what);
        }
    }

    @Test
    void divideDecimalAgreesWithBigInteger() {
        for (int round = 0; round < ROUNDS; round++) {
            int l2 = 1 + random.nextInt(8);
            int l1 = l2 + 1 + random.nextInt(16 - l2);
            BigInteger dividend = magnitude(2 * l1 - 1);
            BigInteger divisor = magnitude(2 * l2 - 1);
            int s1 = sign();
            int s2 = sign();
            String first = packedWithSign(dividend, s1, l1);
            var outcome = machine.execute(run("FD", l1, first, l2, packedWithSign(divisor, s2, l2)), 0, 3);
            String what = "DP " + dividend + " / " + divisor;
            if (divisor.signum() == 0 || dividend.divide(divisor).compareTo(BigInteger.TEN.pow(2 * (l1 - l2) - 1)) >= 0) {
                assertEquals(0x0B, outcome.interruption(), what);
                assertEquals(first, machine.peek(FIRST, l1), what);
                continue;
            }
            BigInteger[] qr = dividend.divideAndRemainder(divisor);
            assertEquals(0, outcome.interruption(), what);
            assertEquals(packed(qr[0], minus(s1) != minus(s2), l1 - l2) + packed(qr[1], minus(s1), l2),
                    machine.peek(FIRST, l1), what);
        }
    }

    @Test
    void shiftAndRoundDecimalAgreesWithBigInteger() {
        for (int round = 0; round < ROUNDS; round++) {
            int l1 = 1 + random.nextInt(16);
            BigInteger m = magnitude(2 * l1 - 1);
            int s = sign();
            int shift = random.nextInt(64) - 32;
            int rounding = random.nextInt(10);
            BigInteger limit = BigInteger.TEN.pow(2 * l1 - 1);
            BigInteger shifted;
            if (shift >= 0) {
                shifted = m.multiply(BigInteger.TEN.pow(shift));
            } else {
                BigInteger unit = BigInteger.TEN.pow(-shift - 1);
                shifted = m.add(unit.multiply(BigInteger.valueOf(rounding))).divide(unit.multiply(BigInteger.TEN));
            }
            boolean overflow = shifted.compareTo(limit) >= 0;
            BigInteger stored = shifted.mod(limit);
            boolean negative = minus(s) && (overflow || stored.signum() != 0);
            machine.poke(FIRST, packedWithSign(m, s, l1));
            var outcome = machine.execute("F0" + InstructionHarness.hex((l1 - 1) << 4 | rounding, 1) + "0300"
                    + InstructionHarness.hex(shift & 0x3F, 2), 0, 0);
            String what = "SRP " + m + " by " + shift + " rounding " + rounding;
            assertEquals(overflow ? 3 : stored.signum() == 0 ? 0 : negative ? 1 : 2, outcome.conditionCode(), what);
            assertEquals(packed(stored, negative, l1), machine.peek(FIRST, l1), what);
        }
    }

    @Test
    void convertToDecimalAndBackIsTheIdentity() {
        for (int round = 0; round < ROUNDS; round++) {
            int value = random.nextInt();
            machine.cpu.gpr[3] = value;
            machine.execute("4E300400", 0, 0);
            assertEquals(packed(BigInteger.valueOf(value).abs(), value < 0, 8), machine.peek(SECOND, 8));
            machine.execute("4F400400", 0, 0);
            assertEquals(value, machine.cpu.gpr[4]);
        }
    }
}
