package vm370.s370.cpu;

/**
 * Hexadecimal floating-point arithmetic on short and long operands held as 64-bit long-format
 * images (a short operand is the high 32 bits, the low 32 zero): alignment with one guard digit,
 * normalization, truncation, and the exponent-overflow, exponent-underflow and significance rules.
 * Each operation stores its result in a floating-point register and then raises any interruption.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Floating-Point Instructions"</a>
 */
final class HexFloat {

    static final long SIGN = 1L << 63;
    static final long FRACTION = 0x00FF_FFFF_FFFF_FFFFL;
    /** The high half of a register: where a short number lives. */
    static final long HIGH = 0xFFFF_FFFF_0000_0000L;
    static final int SHORT = 6;
    static final int LONG = 14;

    private static final int EXPONENT_UNDERFLOW_MASK = 2;
    private static final int SIGNIFICANCE_MASK = 1;
    /** A fraction with its guard digit: 15 digits in bits 59-0. */
    private static final long GUARDED = (1L << 60) - 1;

    private HexFloat() {
    }

    static int characteristic(long image) {
        return (int) (image >>> 56) & 0x7F;
    }

    static long fraction(long image) {
        return image & FRACTION;
    }

    static long image(boolean minus, int characteristic, long fraction) {
        return (minus ? SIGN : 0) | (long) (characteristic & 0x7F) << 56 | fraction;
    }

    /** The bits of a guarded (15-digit) fraction that a {@code digits}-digit operation keeps: its digits and the guard digit. */
    private static long guardMask(int digits) {
        return GUARDED & -1L << (56 - 4 * digits);
    }

    /** The bits of a guarded fraction that survive truncation to {@code digits} digits. */
    private static long resultMask(int digits) {
        return GUARDED & -1L << (60 - 4 * digits);
    }

    /** Leading zero hexadecimal digits of a 56-bit fraction (14 when zero). */
    static int leadingZeroDigits(long fraction) {
        return (Long.numberOfLeadingZeros(fraction) - 8) >> 2;
    }

    /** Places a result in register {@code r1}: all 64 bits for long, the high half only for short. */
    static void store(Cpu cpu, int r1, int digits, long image) {
        int i = r1 >> 1;
        cpu.fpr[i] = digits == SHORT ? image & HIGH | cpu.fpr[i] & ~HIGH : image;
    }

    /** CC 0 for a zero fraction, 1 for minus, 2 for plus. */
    static int resultCode(long image) {
        return fraction(image) == 0 ? 0 : image < 0 ? 1 : 2;
    }

    /**
     * The intermediate sum of two operands aligned to the larger characteristic, with the guard digit,
     * as a signed number (its magnitude may carry into bit 60).
     */
    private static long intermediateSum(long a, long b, int digits) {
        if (characteristic(a) < characteristic(b)) {
            long t = a;
            a = b;
            b = t;
        }
        int shift = 4 * (characteristic(a) - characteristic(b));
        long keep = guardMask(digits);
        long fa = fraction(a) << 4 & keep;
        long fb = shift >= 60 ? 0 : (fraction(b) << 4) >>> shift & keep;
        long sum = (a < 0) == (b < 0) ? fa + fb : fa - fb;
        return a < 0 ? -sum : sum;
    }

    /** ADD and SUBTRACT (normalized or not) for short and long operands; SUBTRACT passes {@code b} with its sign inverted. */
    static void add(Cpu cpu, int r1, long a, long b, int digits, boolean normalize) {
        long sum = intermediateSum(a, b, digits);
        boolean minus = sum < 0;
        long magnitude = Math.abs(sum);
        int c = Math.max(characteristic(a), characteristic(b));
        if (magnitude >>> 60 != 0) {
            magnitude = magnitude >>> 4 & guardMask(digits);
            c++;
        }
        if (normalize && magnitude != 0) {
            int shift = (Long.numberOfLeadingZeros(magnitude) - 4) >> 2;
            magnitude <<= 4 * shift;
            c -= shift;
        }
        long fraction = (magnitude & resultMask(digits)) >>> 4;
        if (normalize ? magnitude == 0 : fraction == 0) {
            zeroSum(cpu, r1, digits, c);
            return;
        }
        finish(cpu, r1, digits, minus, c, fraction, true);
    }

    /** COMPARE: the sign of the intermediate difference, with the guard digit; never an interruption. */
    static void compare(Cpu cpu, long a, long b, int digits) {
        long difference = intermediateSum(a, b ^ SIGN, digits);
        cpu.conditionCode = difference == 0 ? 0 : difference < 0 ? 1 : 2;
    }

    /** A zero sum: with the significance mask on, the characteristic stays and the interruption follows; else a true zero. */
    private static void zeroSum(Cpu cpu, int r1, int digits, int c) {
        cpu.conditionCode = 0;
        if ((cpu.programMask & SIGNIFICANCE_MASK) != 0) {
            store(cpu, r1, digits, image(false, c, 0));
            throw new ProgramInterruption(ProgramInterruptionCode.SIGNIFICANCE);
        }
        store(cpu, r1, digits, 0);
    }

    /**
     * Stores a result whose characteristic may lie outside 0-127: above is an exponent overflow (stored
     * 128 too small), below an exponent underflow (stored 128 too large when the mask bit is on, else a
     * true zero). Sets the condition code when {@code setCode}.
     */
    static void finish(Cpu cpu, int r1, int digits, boolean minus, int c, long fraction, boolean setCode) {
        ProgramInterruptionCode exception = null;
        if (c > 127) {
            exception = ProgramInterruptionCode.EXPONENT_OVERFLOW;
        } else if (c < 0) {
            if ((cpu.programMask & EXPONENT_UNDERFLOW_MASK) == 0) {
                minus = false;
                c = 0;
                fraction = 0;
            } else {
                exception = ProgramInterruptionCode.EXPONENT_UNDERFLOW;
            }
        }
        long result = image(minus, c, fraction);
        store(cpu, r1, digits, result);
        if (setCode) {
            cpu.conditionCode = resultCode(result);
        }
        if (exception != null) {
            throw new ProgramInterruption(exception);
        }
    }

    /** MULTIPLY: short operands give a long product (two trailing zero digits); long operands a truncated long product. */
    static void multiply(Cpu cpu, int r1, long a, long b, int digits) {
        long fa = fraction(a);
        long fb = fraction(b);
        if (fa == 0 || fb == 0) {
            store(cpu, r1, LONG, 0);
            return;
        }
        int za = leadingZeroDigits(fa);
        int zb = leadingZeroDigits(fb);
        fa <<= 4 * za;
        fb <<= 4 * zb;
        int c = characteristic(a) - za + characteristic(b) - zb - 64;
        long product;
        if (digits == SHORT) {
            product = (fa >>> 32) * (fb >>> 32) << 8;
        } else {
            long low = fa * fb;
            product = Math.multiplyHigh(fa, fb) << 8 | low >>> 56;
            if (product >>> 52 == 0) {
                product = product << 4 | (low >>> 52 & 0xF);
                c--;
            }
        }
        if (product >>> 52 == 0) {
            product <<= 4;
            c--;
        }
        finish(cpu, r1, LONG, (a ^ b) < 0, c, product, false);
    }

    /** DIVIDE: both operands prenormalized, every dividend digit used, the quotient truncated. */
    static void divide(Cpu cpu, int r1, long a, long b, int digits) {
        long fa = fraction(a);
        long fb = fraction(b);
        if (fb == 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.FLOATING_POINT_DIVIDE);
        }
        if (fa == 0) {
            store(cpu, r1, digits, 0);
            return;
        }
        int za = leadingZeroDigits(fa);
        int zb = leadingZeroDigits(fb);
        int c = characteristic(a) - za - characteristic(b) + zb + 64;
        int unused = 4 * (LONG - digits);
        long dividend = fa << 4 * za >>> unused;
        long divisor = fb << 4 * zb >>> unused;
        long quotient = dividend / divisor;
        long remainder = dividend % divisor;
        int remaining = digits;
        if (quotient != 0) {
            c++;
            remaining--;
        }
        for (; remaining > 0; remaining--) {
            remainder <<= 4;
            quotient = quotient << 4 | remainder / divisor;
            remainder %= divisor;
        }
        finish(cpu, r1, digits, (a ^ b) < 0, c, quotient << unused, false);
    }

    /** HALVE: the fraction shifted right one bit into the guard digit, then normalized; zero gives a true zero. */
    static void halve(Cpu cpu, int r1, long a, int digits) {
        long f = fraction(a) << 3 & guardMask(digits);
        if (f == 0) {
            store(cpu, r1, digits, 0);
            return;
        }
        int shift = (Long.numberOfLeadingZeros(f) - 4) >> 2;
        f <<= 4 * shift;
        finish(cpu, r1, digits, a < 0, characteristic(a) - shift, (f & resultMask(digits)) >>> 4, false);
    }

    /**
     * LOAD ROUNDED: adds one to the leftmost dropped bit of {@code fraction} (a 56-bit fraction, or the
     * high part of an extended one with {@code roundBit} from its low part), truncates to {@code digits},
     * and shifts right a digit on a carry out; no normalization.
     */
    static void round(Cpu cpu, int r1, long a, long roundBit, int digits) {
        long f = fraction(a) + roundBit;
        int c = characteristic(a);
        if (f >>> 56 != 0) {
            f >>>= 4;
            c++;
        }
        finish(cpu, r1, digits, a < 0, c, f & (FRACTION & -1L << (56 - 4 * digits)), false);
    }
}
