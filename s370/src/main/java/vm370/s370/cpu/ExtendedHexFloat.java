package vm370.s370.cpu;

import static vm370.s370.cpu.HexFloat.FRACTION;
import static vm370.s370.cpu.HexFloat.characteristic;
import static vm370.s370.cpu.HexFloat.fraction;
import static vm370.s370.cpu.HexFloat.image;

/**
 * Extended-precision hexadecimal floating point (AXR, SXR, MXR, MXDR, MXD): a 28-digit fraction in a
 * register pair (0-2 or 4-6), the high-order part carrying sign and characteristic, the low-order
 * part the 14 low digits with a characteristic 14 smaller (modulo 128).
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Extended Floating-Point Numbers"</a>
 */
final class ExtendedHexFloat {

    /** Digits of an extended fraction. */
    private static final int DIGITS = 28;

    private ExtendedHexFloat() {
    }

    /** A 128-bit unsigned number: fractions of up to 29 digits (28 and a guard digit) and their carries. */
    record Wide(long hi, long lo) {
        static final Wide ZERO = new Wide(0, 0);

        /** The 28-digit fraction of an extended operand in registers {@code r} and {@code r + 2}. */
        static Wide fractionOf(long high, long low) {
            return new Wide(fraction(high) >>> 8, fraction(high) << 56 | fraction(low));
        }

        Wide shiftLeft(int bits) {
            if (bits == 0) {
                return this;
            }
            if (bits >= 64) {
                return new Wide(bits >= 128 ? 0 : lo << (bits - 64), 0);
            }
            return new Wide(hi << bits | lo >>> (64 - bits), lo << bits);
        }

        Wide shiftRight(int bits) {
            if (bits == 0) {
                return this;
            }
            if (bits >= 64) {
                return new Wide(0, bits >= 128 ? 0 : hi >>> (bits - 64));
            }
            return new Wide(hi >>> bits, lo >>> bits | hi << (64 - bits));
        }

        Wide plus(Wide o) {
            long l = lo + o.lo;
            return new Wide(hi + o.hi + (Long.compareUnsigned(l, lo) < 0 ? 1 : 0), l);
        }

        Wide minus(Wide o) {
            return new Wide(hi - o.hi - (Long.compareUnsigned(lo, o.lo) < 0 ? 1 : 0), lo - o.lo);
        }

        int compareTo(Wide o) {
            return hi != o.hi ? Long.compareUnsigned(hi, o.hi) : Long.compareUnsigned(lo, o.lo);
        }

        boolean isZero() {
            return (hi | lo) == 0;
        }

        int leadingZeros() {
            return hi != 0 ? Long.numberOfLeadingZeros(hi) : 64 + Long.numberOfLeadingZeros(lo);
        }
    }

    /** True for the registers that can hold an extended operand: 0 (with 2) and 4 (with 6). */
    static boolean isPair(int r) {
        return (r & 0xB) == 0;
    }

    /** AXR and SXR (SXR passes {@code bHigh} with its sign inverted): normalized sum with a guard digit; sets the CC. */
    static void add(Cpu cpu, int r1, long aHigh, long aLow, long bHigh, long bLow) {
        if (characteristic(aHigh) < characteristic(bHigh)) {
            long h = aHigh;
            long l = aLow;
            aHigh = bHigh;
            aLow = bLow;
            bHigh = h;
            bLow = l;
        }
        int c = characteristic(aHigh);
        Wide fa = Wide.fractionOf(aHigh, aLow).shiftLeft(4);
        Wide fb = Wide.fractionOf(bHigh, bLow).shiftLeft(4).shiftRight(Math.min(128, 4 * (c - characteristic(bHigh))));
        boolean minus = aHigh < 0;
        Wide sum;
        if ((aHigh < 0) == (bHigh < 0)) {
            sum = fa.plus(fb);
        } else if (fa.compareTo(fb) >= 0) {
            sum = fa.minus(fb);
        } else {
            sum = fb.minus(fa);
            minus = !minus;
        }
        if (sum.leadingZeros() < 12) {
            sum = sum.shiftRight(4);
            c++;
        }
        if (sum.isZero()) {
            cpu.conditionCode = 0;
            if ((cpu.programMask & 1) != 0) {
                store(cpu, r1, false, c, Wide.ZERO);
                throw new ProgramInterruption(ProgramInterruptionCode.SIGNIFICANCE);
            }
            store(cpu, r1, false, 0, null);
            return;
        }
        int shift = (sum.leadingZeros() - 12) >> 2;
        finish(cpu, r1, minus, c - shift, sum.shiftLeft(4 * shift).shiftRight(4), true);
    }

    /** MXR: product of two extended operands, prenormalized, truncated to 28 digits after at most one digit of normalization. */
    static void multiply(Cpu cpu, int r1, long aHigh, long aLow, long bHigh, long bLow) {
        Wide fa = Wide.fractionOf(aHigh, aLow);
        Wide fb = Wide.fractionOf(bHigh, bLow);
        if (fa.isZero() || fb.isZero()) {
            store(cpu, r1, false, 0, null);
            return;
        }
        int za = (fa.leadingZeros() - 16) >> 2;
        int zb = (fb.leadingZeros() - 16) >> 2;
        fa = fa.shiftLeft(4 * za);
        fb = fb.shiftLeft(4 * zb);
        int c = characteristic(aHigh) - za + characteristic(bHigh) - zb - 64;
        long a1 = fa.hi << 8 | fa.lo >>> 56;
        long a0 = fa.lo & FRACTION;
        long b1 = fb.hi << 8 | fb.lo >>> 56;
        long b0 = fb.lo & FRACTION;
        // The 224-bit product in four 56-bit limbs; limbs 3 and 2 are the 28 digits, limb 1 supplies the guard digit.
        long s1 = high56(a0, b0) + low56(a0, b1) + low56(a1, b0);
        long s2 = high56(a0, b1) + high56(a1, b0) + low56(a1, b1) + (s1 >>> 56);
        long limb1 = s1 & FRACTION;
        long limb2 = s2 & FRACTION;
        long limb3 = high56(a1, b1) + (s2 >>> 56);
        if (limb3 >>> 52 == 0) {
            limb3 = limb3 << 4 | limb2 >>> 52;
            limb2 = (limb2 << 4 | limb1 >>> 52) & FRACTION;
            c--;
        }
        finish(cpu, r1, (aHigh ^ bHigh) < 0, c, new Wide(limb3 >>> 8, limb3 << 56 | limb2), false);
    }

    /** MXDR and MXD: the exact 28-digit product of two long operands, normalized by at most one digit. */
    static void multiplyLong(Cpu cpu, int r1, long a, long b) {
        long fa = fraction(a);
        long fb = fraction(b);
        if (fa == 0 || fb == 0) {
            store(cpu, r1, false, 0, null);
            return;
        }
        int za = HexFloat.leadingZeroDigits(fa);
        int zb = HexFloat.leadingZeroDigits(fb);
        fa <<= 4 * za;
        fb <<= 4 * zb;
        int c = characteristic(a) - za + characteristic(b) - zb - 64;
        Wide product = new Wide(high56(fa, fb) >>> 8, high56(fa, fb) << 56 | low56(fa, fb));
        if (product.leadingZeros() >= 20) {
            product = product.shiftLeft(4);
            c--;
        }
        finish(cpu, r1, (a ^ b) < 0, c, product, false);
    }

    /** The top 56 bits of the 112-bit product of two 56-bit numbers. */
    static long high56(long a, long b) {
        return Math.multiplyHigh(a, b) << 8 | (a * b) >>> 56;
    }

    /** The low 56 bits of the product of two 56-bit numbers. */
    static long low56(long a, long b) {
        return a * b & FRACTION;
    }

    /** Stores a 28-digit result with the exponent rules of {@link HexFloat#finish}. */
    private static void finish(Cpu cpu, int r1, boolean minus, int c, Wide fraction, boolean setCode) {
        ProgramInterruptionCode exception = null;
        if (c > 127) {
            exception = ProgramInterruptionCode.EXPONENT_OVERFLOW;
        } else if (c < 0) {
            if ((cpu.programMask & 2) == 0) {
                store(cpu, r1, false, 0, null);
                if (setCode) {
                    cpu.conditionCode = 0;
                }
                return;
            }
            exception = ProgramInterruptionCode.EXPONENT_UNDERFLOW;
        }
        store(cpu, r1, minus, c, fraction);
        if (setCode) {
            cpu.conditionCode = minus ? 1 : 2;
        }
        if (exception != null) {
            throw new ProgramInterruption(exception);
        }
    }

    /** Places an extended result in the pair at {@code r1}; a null fraction means a true zero in both parts. */
    private static void store(Cpu cpu, int r1, boolean minus, int c, Wide fraction) {
        int i = r1 >> 1;
        if (fraction == null) {
            cpu.fpr[i] = 0;
            cpu.fpr[i + 1] = 0;
            return;
        }
        cpu.fpr[i] = image(minus, c, fraction.hi << 8 | fraction.lo >>> 56);
        cpu.fpr[i + 1] = image(minus, c - DIGITS / 2, fraction.lo & FRACTION);
    }
}
