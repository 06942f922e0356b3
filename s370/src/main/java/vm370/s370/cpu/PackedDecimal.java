package vm370.s370.cpu;

import java.util.Arrays;

/**
 * One CPU's working storage for the decimal instructions, and the arithmetic they share. Fields
 * of up to 15 digits are worked on as binary longs; longer ones are unpacked to digit arrays (least
 * significant digit first). Results are packed back with the preferred signs C and D.
 *
 * <p>Owned by the CPU thread; never shared between CPUs (a shared decimal buffer let two guests
 * of another emulator corrupt each other's arithmetic).
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Decimal Instructions"</a>
 */
final class PackedDecimal {

    /** Digit positions of a work array: 31 digits and one for a carry. */
    static final int WIDTH = 32;
    /** Where the second operand's bytes go in {@link #bytes}, after the first operand's. */
    static final int SECOND = 16;
    /** Fields of at most this many bytes (15 digits) are worked on as binary numbers. */
    static final int BINARY_BYTES = 8;
    private static final long[] POWERS_OF_TEN = new long[16];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    final byte[] first = new byte[WIDTH];
    final byte[] second = new byte[WIDTH];
    final byte[] result = new byte[WIDTH];
    /** Operand bytes as fetched, and the pattern of EDIT (up to 256 bytes). */
    final byte[] bytes = new byte[256];

    /** The state of EDIT and EDIT AND MARK. */
    final DecimalEdit.Editor editor = new DecimalEdit.Editor();

    /** Number of digits in a packed field of {@code length} bytes. */
    static int digits(int length) {
        return 2 * length - 1;
    }

    /** True for the minus sign codes B and D; every other sign code (A, C, E, F) is plus. */
    static boolean isMinus(int sign) {
        return sign == 0xB || sign == 0xD;
    }

    /** 10 to the power {@code n}, for n up to 15. */
    static long powerOfTen(int n) {
        return POWERS_OF_TEN[n];
    }

    /**
     * Fetches a packed operand and unpacks its digits into {@code into}, zero-extended to 32 digits.
     * Every byte is access-checked before any is used; an invalid digit or sign is a data exception.
     * @return true when the sign is minus
     */
    boolean load(Cpu cpu, int address, int length, byte[] into) {
        cpu.fetchBytes(address, bytes, 0, length);
        return unpack(bytes, 0, length, into);
    }

    /** Unpacks {@code length} packed bytes at {@code offset} into digits; a data exception for an invalid code. */
    static boolean unpack(byte[] packed, int offset, int length, byte[] into) {
        int end = offset + length - 1;
        int sign = packed[end] & 0xF;
        if (sign < 0xA) {
            throw new ProgramInterruption(ProgramInterruptionCode.DATA);
        }
        int invalid = 0;
        int d = 0;
        for (int i = end; i >= offset; i--) {
            int b = packed[i] & 0xFF;
            if (i != end) {
                into[d++] = (byte) (b & 0xF);
                invalid |= (b & 0xF) + 6;
            }
            into[d++] = (byte) (b >>> 4);
            invalid |= (b >>> 4) + 6;
        }
        if ((invalid & 0x10) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.DATA);
        }
        Arrays.fill(into, d, WIDTH, (byte) 0);
        return isMinus(sign);
    }

    /** True when the packed field at {@code offset} has a minus sign code (the codes are checked elsewhere). */
    static boolean minus(byte[] packed, int offset, int length) {
        return isMinus(packed[offset + length - 1] & 0xF);
    }

    /** The magnitude of a packed field of at most 8 bytes; a data exception for an invalid digit or sign. */
    static long magnitude(byte[] packed, int offset, int length) {
        int end = offset + length - 1;
        int last = packed[end] & 0xFF;
        if ((last & 0xF) < 0xA) {
            throw new ProgramInterruption(ProgramInterruptionCode.DATA);
        }
        long value = 0;
        int invalid = (last >>> 4) + 6;
        for (int i = offset; i < end; i++) {
            int b = packed[i] & 0xFF;
            invalid |= (b >>> 4) + 6 | (b & 0xF) + 6;
            value = value * 100 + (b >>> 4) * 10 + (b & 0xF);
        }
        if ((invalid & 0x10) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.DATA);
        }
        return value * 10 + (last >>> 4);
    }

    /** Fetches a field of 1-8 bytes as a right-aligned number, in at most three storage accesses. */
    static long fetch(Cpu cpu, int address, int length) {
        if (length == 8) {
            return cpu.fetchDoubleword(address);
        }
        long value = 0;
        int at = address;
        if ((length & 4) != 0) {
            value = cpu.fetchWord(at) & 0xFFFF_FFFFL;
            at += 4;
        }
        if ((length & 2) != 0) {
            value = value << 16 | cpu.fetchHalfword(at) & 0xFFFF;
            at += 2;
        }
        if ((length & 1) != 0) {
            value = value << 8 | cpu.fetchByte(at);
        }
        return value;
    }

    /** Stores the low {@code length} (1-8) bytes of a number; the caller has access-checked the whole field. */
    static void store(Cpu cpu, int address, int length, long value) {
        if (length == 8) {
            cpu.storeDoubleword(address, value);
            return;
        }
        int at = address + length;
        if ((length & 1) != 0) {
            cpu.storeByte(--at, (int) value);
            value >>>= 8;
        }
        if ((length & 2) != 0) {
            at -= 2;
            cpu.storeHalfword(at, (int) value);
            value >>>= 16;
        }
        if ((length & 4) != 0) {
            cpu.storeWord(at - 4, (int) value);
        }
    }

    /** The signed value of a packed field of at most 8 bytes held in a long; a data exception for an invalid code. */
    static long value(long packed, int length) {
        int sign = (int) packed & 0xF;
        long digits = packed >>> 4;
        if (sign < 0xA || ((digits >>> 3) & (digits >>> 2 | digits >>> 1) & 0x1111_1111_1111_1111L) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.DATA);
        }
        long value = binary(digits);
        return isMinus(sign) ? -value : value;
    }

    /**
     * Up to 16 decimal digits (one per 4 bits, the digits above the field zero) as a binary number:
     * neighbouring digits, then pairs, quartets and octets are combined side by side, four
     * multiplications in a row rather than one per digit.
     */
    private static long binary(long digits) {
        long x = (digits >>> 4 & 0x0F0F_0F0F_0F0F_0F0FL) * 10 + (digits & 0x0F0F_0F0F_0F0F_0F0FL);
        x = (x >>> 8 & 0x00FF_00FF_00FF_00FFL) * 100 + (x & 0x00FF_00FF_00FF_00FFL);
        x = (x >>> 16 & 0x0000_FFFF_0000_FFFFL) * 10_000 + (x & 0x0000_FFFF_0000_FFFFL);
        return (x >>> 32) * 100_000_000L + (x & 0xFFFF_FFFFL);
    }

    /** A magnitude below 10^15 as packed digits with a preferred sign, right-aligned in a long. */
    static long packed(long magnitude, boolean minus) {
        long high = magnitude / 100_000_000L;
        int low = (int) (magnitude - high * 100_000_000L);
        return (decimalDigits((int) high) << 32 | decimalDigits(low)) << 4 | (minus ? 0xD : 0xC);
    }

    /**
     * A number below 10^8 as 8 decimal digits, 4 bits each. The digits are split side by side, as
     * {@link #binary} joins them: two 4-digit halves in 32-bit lanes, then pairs in 16-bit and digits
     * in 8-bit lanes, each step dividing every lane at once by a multiply and shift exact for its
     * range (x * 5243 >>> 19 is x / 100 below 43,699; x * 103 >>> 10 is x / 10 below 179); then the
     * byte-wide digits are squeezed into nibbles.
     */
    private static long decimalDigits(int value) {
        int high = value / 10_000;
        long x = (long) high << 32 | value - high * 10_000;
        long hundreds = (x * 5243 >>> 19) & 0x0000_007F_0000_007FL;
        x = hundreds << 16 | x - hundreds * 100;
        long tens = (x * 103 >>> 10) & 0x000F_000F_000F_000FL;
        x = tens << 8 | x - tens * 10;
        x = (x | x >>> 4) & 0x00FF_00FF_00FF_00FFL;
        x = (x | x >>> 8) & 0x0000_FFFF_0000_FFFFL;
        return (x | x >>> 16) & 0xFFFF_FFFFL;
    }

    /** Packs the low digits of a binary magnitude with a preferred sign into {@code length} bytes of {@link #bytes}. */
    void pack(long magnitude, boolean minus, int length, int offset) {
        int end = offset + length - 1;
        bytes[end] = (byte) (magnitude % 10 << 4 | (minus ? 0xD : 0xC));
        magnitude /= 10;
        for (int i = end - 1; i >= offset; i--) {
            bytes[i] = (byte) (magnitude / 10 % 10 << 4 | magnitude % 10);
            magnitude /= 100;
        }
    }

    /** Packs the low digits of {@code digits} with a preferred sign into {@code length} bytes of {@link #bytes}. */
    void pack(byte[] digits, boolean minus, int length, int offset) {
        int d = 0;
        int end = offset + length - 1;
        bytes[end] = (byte) (digits[d++] << 4 | (minus ? 0xD : 0xC));
        for (int i = end - 1; i >= offset; i--) {
            bytes[i] = (byte) (digits[d + 1] << 4 | digits[d]);
            d += 2;
        }
    }

    /** True when digits {@code from} up to (not including) {@code to} are all zero. */
    static boolean zero(byte[] digits, int from, int to) {
        for (int i = from; i < to; i++) {
            if (digits[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Compares the magnitudes of two digit arrays: negative, zero or positive. */
    static int compareMagnitudes(byte[] a, byte[] b) {
        for (int i = WIDTH - 1; i >= 0; i--) {
            if (a[i] != b[i]) {
                return a[i] - b[i];
            }
        }
        return 0;
    }

    /**
     * {@link #result} = first + second as signed numbers; returns the sign of the result (true: minus).
     * A zero result gets the sign of the first operand here; callers apply the PoO's zero rule.
     */
    boolean addSigned(boolean firstMinus, boolean secondMinus) {
        if (firstMinus == secondMinus) {
            int carry = 0;
            for (int i = 0; i < WIDTH; i++) {
                int s = first[i] + second[i] + carry;
                carry = s >= 10 ? 1 : 0;
                result[i] = (byte) (s - 10 * carry);
            }
            return firstMinus;
        }
        if (compareMagnitudes(first, second) >= 0) {
            subtract(first, second);
            return firstMinus;
        }
        subtract(second, first);
        return secondMinus;
    }

    /** {@link #result} = larger - smaller, magnitudes. */
    private void subtract(byte[] larger, byte[] smaller) {
        int borrow = 0;
        for (int i = 0; i < WIDTH; i++) {
            int s = larger[i] - smaller[i] - borrow;
            borrow = s < 0 ? 1 : 0;
            result[i] = (byte) (s + 10 * borrow);
        }
    }

    /** The value of the low {@code count} digits (at most 18) as a binary number. */
    static long toLong(byte[] digits, int count) {
        long v = 0;
        for (int i = count - 1; i >= 0; i--) {
            v = v * 10 + digits[i];
        }
        return v;
    }

    /** {@link #result} = first x multiplier, where the multiplier has at most 15 digits. */
    void multiply(long multiplier) {
        long carry = 0;
        for (int i = 0; i < WIDTH; i++) {
            long t = first[i] * multiplier + carry;
            result[i] = (byte) (t % 10);
            carry = t / 10;
        }
    }

    /**
     * Divides the {@code count}-digit dividend in {@link #first} by a divisor of at most 15 digits:
     * the quotient digits go to {@link #result}, and the remainder is returned.
     */
    long divide(int count, long divisor) {
        long remainder = 0;
        Arrays.fill(result, (byte) 0);
        for (int i = count - 1; i >= 0; i--) {
            remainder = remainder * 10 + first[i];
            result[i] = (byte) (remainder / divisor);
            remainder %= divisor;
        }
        return remainder;
    }
}
