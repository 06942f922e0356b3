package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hexadecimal floating point against independent models: known conversions of decimal values,
 * products and quotients against exact BigInteger arithmetic truncated as the PoO says, and sums
 * and differences against Java's double arithmetic within the precision of the format.
 */
class FloatingPointPropertyTest {

    private static final int ROUNDS = 3000;

    private final InstructionHarness machine = new InstructionHarness();
    private final Random random = new Random(1970);

    /** A double as a long HFP number: every double in range fits exactly in the 56-bit fraction. */
    static long toHfp(double d) {
        if (d == 0) {
            return 0;
        }
        long bits = Double.doubleToRawLongBits(d);
        long mantissa = bits & ((1L << 52) - 1) | 1L << 52;
        int t = Math.getExponent(d) + 4;
        int shift = Math.floorMod(t, 4);
        int exponent = (t - shift) / 4;
        return (d < 0 ? HexFloat.SIGN : 0) | (long) (exponent + 64) << 56 | mantissa << shift;
    }

    /** A long HFP number as a double (rounded to 53 bits). */
    static double toDouble(long image) {
        double magnitude = Math.scalb((double) HexFloat.fraction(image), 4 * (HexFloat.characteristic(image) - 64) - 56);
        return image < 0 ? -magnitude : magnitude;
    }

    record Known(double value, long image) {
    }

    static Stream<Known> known() {
        return Stream.of(
                new Known(1.0, 0x4110000000000000L),
                new Known(0.5, 0x4080000000000000L),
                new Known(-2.0, 0xC120000000000000L),
                new Known(-118.625, 0xC276A00000000000L),
                new Known(255.0, 0x42FF000000000000L),
                new Known(1.0 / 16, 0x4010000000000000L),
                new Known(0.1, 0x401999999999999AL));
    }

    @ParameterizedTest
    @MethodSource("known")
    void knownValuesConvertBothWays(Known k) {
        assertEquals(k.image(), toHfp(k.value()));
        assertEquals(k.value(), toDouble(k.image()));
    }

    private double randomDouble() {
        double magnitude = Math.scalb(1.0 + random.nextDouble(), random.nextInt(120) - 60);
        return random.nextBoolean() ? -magnitude : magnitude;
    }

    private long run(String rr, long a, long b) {
        machine.cpu.fpr[0] = a;
        machine.cpu.fpr[1] = b;
        assertEquals(0, machine.execute(rr, 0, 0).interruption());
        return machine.cpu.fpr[0];
    }

    @Test
    void longAddAndSubtractAgreeWithDoubleArithmetic() {
        for (int round = 0; round < ROUNDS; round++) {
            double a = randomDouble();
            double b = random.nextInt(4) == 0 ? -a * (1 + Math.scalb(random.nextDouble(), -40)) : randomDouble();
            checkClose(a + b, toDouble(run("2A02", toHfp(a), toHfp(b))), a + " + " + b);
            checkClose(a - b, toDouble(run("2B02", toHfp(a), toHfp(b))), a + " - " + b);
        }
    }

    @Test
    void shortAddAgreesWithDoubleArithmeticWithinSixDigits() {
        for (int round = 0; round < ROUNDS; round++) {
            long a = toHfp(randomDouble()) & HexFloat.HIGH;
            long b = toHfp(randomDouble()) & HexFloat.HIGH;
            double exact = toDouble(a) + toDouble(b);
            double got = toDouble(run("3A02", a, b) & HexFloat.HIGH);
            double scale = Math.max(Math.abs(toDouble(a)), Math.abs(toDouble(b)));
            assertTrue(Math.abs(got - exact) <= scale * 0x1p-19, toDouble(a) + " + " + toDouble(b) + " gave " + got);
        }
    }

    /** Truncation error of HFP long: under one unit in the 14th hexadecimal digit, relative to the larger operand. */
    private static void checkClose(double exact, double got, String what) {
        assertTrue(Math.abs(got - exact) <= Math.abs(exact) * 0x1p-47 + Math.ulp(exact) * 4 || exact == got,
                what + " = " + exact + ", got " + got);
    }

    private static final BigInteger SIXTEEN = BigInteger.valueOf(16);

    /** The first {@code digits} hex digits of a positive number, normalized: fraction and the shift applied. */
    private static long[] normalizeTruncate(BigInteger value, int totalDigits, int digits) {
        int length = (value.bitLength() + 3) / 4;
        BigInteger fraction = value.shiftRight(4 * (length - digits));
        return new long[] {fraction.longValueExact(), totalDigits - length};
    }

    @Test
    void longMultiplyIsTheExactProductTruncated() {
        for (int round = 0; round < ROUNDS; round++) {
            long a = toHfp(randomDouble());
            long b = toHfp(randomDouble());
            BigInteger exact = BigInteger.valueOf(HexFloat.fraction(a)).multiply(BigInteger.valueOf(HexFloat.fraction(b)));
            long[] t = normalizeTruncate(exact, 28, 14);
            int c = HexFloat.characteristic(a) + HexFloat.characteristic(b) - 64 - (int) t[1];
            long expected = HexFloat.image((a ^ b) < 0, c, t[0]);
            assertEquals(expected, run("2C02", a, b), toDouble(a) + " * " + toDouble(b));
        }
    }

    @Test
    void longDivideIsTheExactQuotientTruncated() {
        for (int round = 0; round < ROUNDS; round++) {
            long a = toHfp(randomDouble());
            long b = toHfp(randomDouble());
            BigInteger scaled = BigInteger.valueOf(HexFloat.fraction(a)).multiply(SIXTEEN.pow(15));
            BigInteger quotient = scaled.divide(BigInteger.valueOf(HexFloat.fraction(b)));
            long[] t = normalizeTruncate(quotient, 15, 14);
            int c = HexFloat.characteristic(a) - HexFloat.characteristic(b) + 64 - (int) t[1];
            long expected = HexFloat.image((a ^ b) < 0, c, t[0]);
            assertEquals(expected, run("2D02", a, b), toDouble(a) + " / " + toDouble(b));
        }
    }

    @Test
    void multiplyLongToExtendedIsExact() {
        for (int round = 0; round < ROUNDS; round++) {
            long a = toHfp(randomDouble());
            long b = toHfp(randomDouble());
            BigInteger exact = BigInteger.valueOf(HexFloat.fraction(a)).multiply(BigInteger.valueOf(HexFloat.fraction(b)));
            int shift = exact.bitLength() > 108 ? 0 : 4;
            BigInteger fraction = exact.shiftLeft(shift);
            int c = HexFloat.characteristic(a) + HexFloat.characteristic(b) - 64 - shift / 4;
            run("2702", a, b);
            boolean minus = (a ^ b) < 0;
            assertEquals(HexFloat.image(minus, c, fraction.shiftRight(56).longValueExact()), machine.cpu.fpr[0]);
            assertEquals(HexFloat.image(minus, c - 14, fraction.longValue() & HexFloat.FRACTION), machine.cpu.fpr[1]);
        }
    }

    @Test
    void extendedMultiplyIsTheExactProductTruncated() {
        for (int round = 0; round < ROUNDS; round++) {
            long[] a = {toHfp(randomDouble()), random.nextLong() & HexFloat.FRACTION};
            long[] b = {toHfp(randomDouble()), random.nextLong() & HexFloat.FRACTION};
            BigInteger fa = BigInteger.valueOf(HexFloat.fraction(a[0])).shiftLeft(56).or(BigInteger.valueOf(a[1]));
            BigInteger fb = BigInteger.valueOf(HexFloat.fraction(b[0])).shiftLeft(56).or(BigInteger.valueOf(b[1]));
            BigInteger product = fa.multiply(fb);
            int length = (product.bitLength() + 3) / 4;
            BigInteger fraction = product.shiftRight(4 * (length - 28));
            int c = HexFloat.characteristic(a[0]) + HexFloat.characteristic(b[0]) - 64 - (56 - length);
            machine.cpu.fpr[0] = a[0];
            machine.cpu.fpr[1] = a[1];
            machine.cpu.fpr[2] = b[0];
            machine.cpu.fpr[3] = b[1];
            assertEquals(0, machine.execute("2604", 0, 0).interruption());
            boolean minus = (a[0] ^ b[0]) < 0;
            assertEquals(HexFloat.image(minus, c, fraction.shiftRight(56).longValueExact()), machine.cpu.fpr[0]);
            assertEquals(HexFloat.image(minus, c - 14, fraction.longValue() & HexFloat.FRACTION), machine.cpu.fpr[1]);
        }
    }

    @Test
    void compareAgreesWithDoubleComparison() {
        for (int round = 0; round < ROUNDS; round++) {
            double a = randomDouble();
            double b = random.nextInt(5) == 0 ? a : randomDouble();
            machine.cpu.fpr[0] = toHfp(a);
            machine.cpu.fpr[1] = toHfp(b);
            int cc = machine.execute("2902", 0, 0).conditionCode();
            assertEquals(a == b ? 0 : a < b ? 1 : 2, cc, a + " vs " + b);
        }
    }
}
