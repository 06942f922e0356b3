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
    /**
     * The PoO's normalized addition written over BigInteger for {@code digits}-digit fractions:
     * align to the larger characteristic keeping one guard digit, add, shift right on a carry,
     * normalize, truncate. Returns {sign (0/1), characteristic, fraction}, or null for a zero sum.
     */
    private static BigInteger[] modelAdd(boolean minusA, int ca, BigInteger fa, boolean minusB, int cb, BigInteger fb, int digits) {
        if (ca < cb) {
            return modelAdd(minusB, cb, fb, minusA, ca, fa, digits);
        }
        BigInteger a = fa.shiftLeft(4);
        BigInteger b = fb.shiftLeft(4).shiftRight(Math.min(4 * (ca - cb), 4 * digits + 8));
        BigInteger sum = (minusA ? a.negate() : a).add(minusB ? b.negate() : b);
        boolean minus = sum.signum() < 0;
        sum = sum.abs();
        int c = ca;
        if (sum.bitLength() > 4 * (digits + 1)) {
            sum = sum.shiftRight(4);
            c++;
        }
        if (sum.signum() == 0) {
            return null;
        }
        while (sum.bitLength() <= 4 * digits) {
            sum = sum.shiftLeft(4);
            c--;
        }
        return new BigInteger[] {BigInteger.valueOf(minus ? 1 : 0), BigInteger.valueOf(c), sum.shiftRight(4)};
    }

    @Test
    void extendedAddAndSubtractFollowTheGuardDigitModel() {
        for (int round = 0; round < ROUNDS; round++) {
            long[] r = new long[4];
            for (int i = 0; i < 4; i += 2) {
                int c = 0x30 + random.nextInt(0x20);
                long high = (random.nextBoolean() ? HexFloat.SIGN : 0) | (long) c << 56 | random.nextLong() >>> 8 >>> (4 * random.nextInt(3));
                r[i] = high;
                r[i + 1] = random.nextLong() >>> 8 | (long) ((c - 14) & 0x7F) << 56;
            }
            boolean subtract = random.nextBoolean();
            System.arraycopy(r, 0, machine.cpu.fpr, 0, 4);
            var outcome = machine.execute(subtract ? "3704" : "3604", 0, 0);
            BigInteger fa = BigInteger.valueOf(HexFloat.fraction(r[0])).shiftLeft(56).or(BigInteger.valueOf(HexFloat.fraction(r[1])));
            BigInteger fb = BigInteger.valueOf(HexFloat.fraction(r[2])).shiftLeft(56).or(BigInteger.valueOf(HexFloat.fraction(r[3])));
            BigInteger[] sum = modelAdd(r[0] < 0, HexFloat.characteristic(r[0]), fa, (r[2] < 0) != subtract,
                    HexFloat.characteristic(r[2]), fb, 28);
            String what = (subtract ? "SXR " : "AXR ") + Long.toHexString(r[0]) + " " + Long.toHexString(r[2]);
            if (sum == null) {
                assertEquals(0, machine.cpu.fpr[0], what);
                continue;
            }
            boolean minus = sum[0].signum() != 0;
            int c = sum[1].intValueExact();
            assertEquals(0, outcome.interruption(), what);
            assertEquals(HexFloat.image(minus, c, sum[2].shiftRight(56).longValueExact()), machine.cpu.fpr[0], what);
            assertEquals(HexFloat.image(minus, c - 14, sum[2].longValue() & HexFloat.FRACTION), machine.cpu.fpr[1], what);
            assertEquals(minus ? 1 : 2, outcome.conditionCode(), what);
        }
    }

    @Test
    void longAndShortAddFollowTheGuardDigitModel() {
        for (int round = 0; round < ROUNDS; round++) {
            boolean isShort = random.nextBoolean();
            int digits = isShort ? 6 : 14;
            long[] ops = new long[2];
            for (int i = 0; i < 2; i++) {
                long fraction = random.nextLong() >>> 8 >>> (4 * random.nextInt(3));
                ops[i] = (random.nextBoolean() ? HexFloat.SIGN : 0) | (long) (0x38 + random.nextInt(0x10)) << 56
                        | (isShort ? fraction & 0x00FFFFFF00000000L : fraction);
            }
            machine.cpu.fpr[0] = ops[0];
            machine.cpu.fpr[1] = ops[1];
            var outcome = machine.execute(isShort ? "3A02" : "2A02", 0, 0);
            int shift = isShort ? 32 : 0;
            BigInteger[] sum = modelAdd(ops[0] < 0, HexFloat.characteristic(ops[0]),
                    BigInteger.valueOf(HexFloat.fraction(ops[0]) >>> shift), ops[1] < 0, HexFloat.characteristic(ops[1]),
                    BigInteger.valueOf(HexFloat.fraction(ops[1]) >>> shift), digits);
            long expected = sum == null ? 0
                    : HexFloat.image(sum[0].signum() != 0, sum[1].intValueExact(), sum[2].longValueExact() << shift);
            long got = isShort ? machine.cpu.fpr[0] & HexFloat.HIGH : machine.cpu.fpr[0];
            assertEquals(0, outcome.interruption());
            assertEquals(expected, got, Long.toHexString(ops[0]) + " + " + Long.toHexString(ops[1]));
        }
    }
}
