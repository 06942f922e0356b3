package vm370.s370.cpu;

import vm370.s370.isa.Fields;

/**
 * The decimal instructions: packed-decimal arithmetic, packing and unpacking, shifting, editing and
 * conversion to and from binary. Operands are fetched and checked (access, then digit and sign
 * codes) before anything is stored, so a data exception leaves storage unchanged.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Decimal Instructions"</a>
 */
public final class Decimal {

    /** Program-mask bit that lets a decimal overflow interrupt. */
    private static final int DECIMAL_OVERFLOW_MASK = 4;

    private Decimal() {
    }

    /** CVD (RX): CONVERT TO DECIMAL. */
    public static void convertToDecimal(Cpu cpu, long instruction) {
        int value = cpu.gpr[Fields.r1(instruction)];
        long magnitude = Math.abs((long) value);
        long packed = value < 0 ? 0xD : 0xC;
        for (int shift = 4; magnitude != 0; shift += 4) {
            packed |= (magnitude % 10) << shift;
            magnitude /= 10;
        }
        cpu.storeDoubleword(cpu.addressRx(instruction), packed);
    }

    /** CVB (RX): CONVERT TO BINARY; out of range stores the low 32 bits, then a fixed-point-divide exception. */
    public static void convertToBinary(Cpu cpu, long instruction) {
        long packed = cpu.fetchDoubleword(cpu.addressRx(instruction));
        int sign = (int) packed & 0xF;
        if (sign < 0xA) {
            throw new ProgramInterruption(ProgramInterruptionCode.DATA);
        }
        long value = 0;
        for (int shift = 60; shift >= 4; shift -= 4) {
            int digit = (int) (packed >>> shift) & 0xF;
            if (digit > 9) {
                throw new ProgramInterruption(ProgramInterruptionCode.DATA);
            }
            value = value * 10 + digit;
        }
        if (PackedDecimal.isMinus(sign)) {
            value = -value;
        }
        cpu.gpr[Fields.r1(instruction)] = (int) value;
        if (value != (int) value) {
            throw new ProgramInterruption(ProgramInterruptionCode.FIXED_POINT_DIVIDE);
        }
    }

    /** ED (SS1): EDIT. */
    public static void edit(Cpu cpu, long instruction) {
        DecimalEdit.edit(cpu, instruction, false);
    }

    /** EDMK (SS1): EDIT AND MARK; general register 1 gets the address of the first significant digit. */
    public static void editAndMark(Cpu cpu, long instruction) {
        DecimalEdit.edit(cpu, instruction, true);
    }

    /** SRP (SSI): SHIFT AND ROUND DECIMAL. */
    public static void shiftAndRoundDecimal(Cpu cpu, long instruction) {
        DecimalEdit.shiftAndRound(cpu, instruction);
    }

    /** MVO (SS2): MOVE WITH OFFSET, right to left a byte at a time, so overlapping fields behave as architected. */
    public static void moveWithOffset(Cpu cpu, long instruction) {
        int l1 = Fields.r1(instruction) + 1;
        int l2 = Fields.r2(instruction) + 1;
        int p1 = last(cpu.addressFirst(instruction), l1);
        int p2 = last(cpu.addressSecond(instruction), l2);
        checkOperands(cpu, p1, l1, p2, l2);
        int source = cpu.fetchByte(p2);
        cpu.storeByte(p1, (source & 0xF) << 4 | cpu.fetchByte(p1) & 0xF);
        for (int n = 1; n < l1; n++) {
            int high = source >>> 4;
            source = n < l2 ? cpu.fetchByte(back(p2, n)) : 0;
            cpu.storeByte(back(p1, n), (source & 0xF) << 4 | high);
        }
    }

    /** PACK (SS2): zoned to packed, right to left a byte at a time; codes are not checked. */
    public static void pack(Cpu cpu, long instruction) {
        int l1 = Fields.r1(instruction) + 1;
        int l2 = Fields.r2(instruction) + 1;
        int p1 = last(cpu.addressFirst(instruction), l1);
        int p2 = last(cpu.addressSecond(instruction), l2);
        checkOperands(cpu, p1, l1, p2, l2);
        cpu.storeByte(p1, swapNibbles(cpu.fetchByte(p2)));
        int n2 = 1;
        for (int n = 1; n < l1; n++) {
            int low = n2 < l2 ? cpu.fetchByte(back(p2, n2)) & 0xF : 0;
            int high = n2 + 1 < l2 ? cpu.fetchByte(back(p2, n2 + 1)) & 0xF : 0;
            n2 += 2;
            cpu.storeByte(back(p1, n), high << 4 | low);
        }
    }

    /** UNPK (SS2): packed to zoned with zone F, right to left a byte at a time; codes are not checked. */
    public static void unpack(Cpu cpu, long instruction) {
        int l1 = Fields.r1(instruction) + 1;
        int l2 = Fields.r2(instruction) + 1;
        int p1 = last(cpu.addressFirst(instruction), l1);
        int p2 = last(cpu.addressSecond(instruction), l2);
        checkOperands(cpu, p1, l1, p2, l2);
        cpu.storeByte(p1, swapNibbles(cpu.fetchByte(p2)));
        int n = 1;
        for (int n2 = 1; n < l1; n2++) {
            int source = n2 < l2 ? cpu.fetchByte(back(p2, n2)) : 0;
            cpu.storeByte(back(p1, n++), 0xF0 | source & 0xF);
            if (n < l1) {
                cpu.storeByte(back(p1, n++), 0xF0 | source >>> 4);
            }
        }
    }

    /** ZAP (SS2): ZERO AND ADD; only the second operand is checked for valid codes. */
    public static void zeroAndAdd(Cpu cpu, long instruction) {
        int l1 = Fields.r1(instruction) + 1;
        int l2 = Fields.r2(instruction) + 1;
        int a1 = cpu.addressFirst(instruction);
        int a2 = cpu.addressSecond(instruction);
        cpu.checkAccess(a1, l1, true);
        PackedDecimal d = cpu.decimal;
        cpu.fetchBytes(a2, d.bytes, PackedDecimal.SECOND, l2);
        if (overlap(a1, l1, a2, l2) && a1 + l1 < a2 + l2) {
            throw new ProgramInterruption(ProgramInterruptionCode.DATA);
        }
        if (l1 <= PackedDecimal.BINARY_BYTES && l2 <= PackedDecimal.BINARY_BYTES) {
            storeBinaryResult(cpu, d, a1, l1, PackedDecimal.value(d.bytes, PackedDecimal.SECOND, l2));
            return;
        }
        boolean minus = PackedDecimal.unpack(d.bytes, PackedDecimal.SECOND, l2, d.result);
        storeArithmeticResult(cpu, d, a1, l1, minus);
    }

    /** CP (SS2): COMPARE DECIMAL; plus and minus zero are equal. */
    public static void compareDecimal(Cpu cpu, long instruction) {
        int l1 = Fields.r1(instruction) + 1;
        int l2 = Fields.r2(instruction) + 1;
        PackedDecimal d = cpu.decimal;
        loadOperands(cpu, instruction, d, false);
        int order;
        if (l1 <= PackedDecimal.BINARY_BYTES && l2 <= PackedDecimal.BINARY_BYTES) {
            order = Long.compare(PackedDecimal.value(d.bytes, 0, l1), PackedDecimal.value(d.bytes, PackedDecimal.SECOND, l2));
        } else {
            int firstSign = signum(d.first, PackedDecimal.unpack(d.bytes, 0, l1, d.first));
            int secondSign = signum(d.second, PackedDecimal.unpack(d.bytes, PackedDecimal.SECOND, l2, d.second));
            order = firstSign != secondSign ? firstSign - secondSign
                    : firstSign * PackedDecimal.compareMagnitudes(d.first, d.second);
        }
        cpu.conditionCode = order == 0 ? 0 : order < 0 ? 1 : 2;
    }

    /** AP (SS2): ADD DECIMAL. */
    public static void addDecimal(Cpu cpu, long instruction) {
        addOrSubtract(cpu, instruction, false);
    }

    /** SP (SS2): SUBTRACT DECIMAL. */
    public static void subtractDecimal(Cpu cpu, long instruction) {
        addOrSubtract(cpu, instruction, true);
    }

    /** MP (SS2): MULTIPLY DECIMAL; the multiplicand needs as many leftmost zero bytes as the multiplier has bytes. */
    public static void multiplyDecimal(Cpu cpu, long instruction) {
        int l1 = Fields.r1(instruction) + 1;
        int l2 = Fields.r2(instruction) + 1;
        checkMultiplierOrDivisorLength(l1, l2);
        PackedDecimal d = cpu.decimal;
        loadOperands(cpu, instruction, d, true);
        boolean firstMinus = PackedDecimal.unpack(d.bytes, 0, l1, d.first);
        long multiplier = PackedDecimal.magnitude(d.bytes, PackedDecimal.SECOND, l2);
        boolean minus = firstMinus != PackedDecimal.minus(d.bytes, PackedDecimal.SECOND, l2);
        int digits = PackedDecimal.digits(l1);
        if (!PackedDecimal.zero(d.first, digits - 2 * l2, digits)) {
            throw new ProgramInterruption(ProgramInterruptionCode.DATA);
        }
        if (l1 <= PackedDecimal.BINARY_BYTES) {
            d.pack(PackedDecimal.toLong(d.first, digits) * multiplier, minus, l1, 0);
        } else {
            d.multiply(multiplier);
            d.pack(d.result, minus, l1, 0);
        }
        cpu.storeBytes(cpu.addressFirst(instruction), d.bytes, 0, l1);
    }

    /** DP (SS2): DIVIDE DECIMAL; quotient on the left, remainder (with the dividend's sign) on the right. */
    public static void divideDecimal(Cpu cpu, long instruction) {
        int l1 = Fields.r1(instruction) + 1;
        int l2 = Fields.r2(instruction) + 1;
        checkMultiplierOrDivisorLength(l1, l2);
        PackedDecimal d = cpu.decimal;
        loadOperands(cpu, instruction, d, true);
        boolean dividendMinus = PackedDecimal.unpack(d.bytes, 0, l1, d.first);
        long divisor = PackedDecimal.magnitude(d.bytes, PackedDecimal.SECOND, l2);
        boolean quotientMinus = dividendMinus != PackedDecimal.minus(d.bytes, PackedDecimal.SECOND, l2);
        if (divisor == 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.DECIMAL_DIVIDE);
        }
        long remainder = d.divide(PackedDecimal.digits(l1), divisor);
        if (!PackedDecimal.zero(d.result, PackedDecimal.digits(l1 - l2), PackedDecimal.WIDTH)) {
            throw new ProgramInterruption(ProgramInterruptionCode.DECIMAL_DIVIDE);
        }
        d.pack(d.result, quotientMinus, l1 - l2, 0);
        d.pack(remainder, dividendMinus, l2, l1 - l2);
        cpu.storeBytes(cpu.addressFirst(instruction), d.bytes, 0, l1);
    }

    // ---------------------------------------------------------------- shared steps

    /** AP and SP: binary arithmetic when both fields fit in 15 digits, digit arithmetic otherwise. */
    private static void addOrSubtract(Cpu cpu, long instruction, boolean subtract) {
        int l1 = Fields.r1(instruction) + 1;
        int l2 = Fields.r2(instruction) + 1;
        PackedDecimal d = cpu.decimal;
        loadOperands(cpu, instruction, d, true);
        int a1 = cpu.addressFirst(instruction);
        if (l1 <= PackedDecimal.BINARY_BYTES && l2 <= PackedDecimal.BINARY_BYTES) {
            long a = PackedDecimal.value(d.bytes, 0, l1);
            long b = PackedDecimal.value(d.bytes, PackedDecimal.SECOND, l2);
            storeBinaryResult(cpu, d, a1, l1, subtract ? a - b : a + b);
            return;
        }
        boolean firstMinus = PackedDecimal.unpack(d.bytes, 0, l1, d.first);
        boolean secondMinus = PackedDecimal.unpack(d.bytes, PackedDecimal.SECOND, l2, d.second);
        storeArithmeticResult(cpu, d, a1, l1, d.addSigned(firstMinus, secondMinus != subtract));
    }

    /**
     * Access-checks both operands of an SS2 decimal instruction (the first for a store when {@code store}),
     * enforces the overlap rule (fields apart, or rightmost bytes coincident), and fetches their bytes into
     * {@code d.bytes}: the first at 0, the second at {@link PackedDecimal#SECOND}.
     */
    private static void loadOperands(Cpu cpu, long instruction, PackedDecimal d, boolean store) {
        int l1 = Fields.r1(instruction) + 1;
        int l2 = Fields.r2(instruction) + 1;
        int a1 = cpu.addressFirst(instruction);
        int a2 = cpu.addressSecond(instruction);
        if (store) {
            cpu.checkAccess(a1, l1, true);
        }
        cpu.fetchBytes(a2, d.bytes, PackedDecimal.SECOND, l2);
        cpu.fetchBytes(a1, d.bytes, 0, l1);
        if (overlap(a1, l1, a2, l2) && a1 + l1 != a2 + l2) {
            throw new ProgramInterruption(ProgramInterruptionCode.DATA);
        }
    }

    /** Stores a binary result of AP, SP or ZAP on fields of at most 15 digits, as {@link #storeArithmeticResult} does. */
    private static void storeBinaryResult(Cpu cpu, PackedDecimal d, int address, int length, long result) {
        long limit = PackedDecimal.powerOfTen(PackedDecimal.digits(length));
        long magnitude = Math.abs(result);
        boolean overflow = magnitude >= limit;
        long stored = overflow ? magnitude % limit : magnitude;
        boolean minus = result < 0 && (overflow || stored != 0);
        d.pack(stored, minus, length, 0);
        cpu.storeBytes(address, d.bytes, 0, length);
        setResultCode(cpu, stored == 0, minus, overflow);
    }

    /**
     * Stores {@code d.result} into the first operand with the condition code of AP, SP and ZAP: a zero
     * result is plus unless digits were lost, and lost nonzero digits are a decimal overflow (CC 3),
     * which interrupts after the store when the program mask allows.
     */
    private static void storeArithmeticResult(Cpu cpu, PackedDecimal d, int address, int length, boolean minus) {
        int digits = PackedDecimal.digits(length);
        boolean overflow = !PackedDecimal.zero(d.result, digits, PackedDecimal.WIDTH);
        boolean zero = PackedDecimal.zero(d.result, 0, digits);
        boolean sign = minus && (overflow || !zero);
        d.pack(d.result, sign, length, 0);
        cpu.storeBytes(address, d.bytes, 0, length);
        setResultCode(cpu, zero, sign, overflow);
    }

    /** Sets CC 0/1/2/3 for a decimal result and raises the decimal overflow when it is unmasked. */
    static void setResultCode(Cpu cpu, boolean zero, boolean minus, boolean overflow) {
        if (overflow) {
            cpu.conditionCode = 3;
            if ((cpu.programMask & DECIMAL_OVERFLOW_MASK) != 0) {
                throw new ProgramInterruption(ProgramInterruptionCode.DECIMAL_OVERFLOW);
            }
            return;
        }
        cpu.conditionCode = zero ? 0 : minus ? 1 : 2;
    }

    /** MP and DP: the second operand is at most 8 bytes and shorter than the first. */
    private static void checkMultiplierOrDivisorLength(int l1, int l2) {
        if (l2 > 8 || l2 >= l1) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
    }

    /** Access-checks the fields of MVO, PACK and UNPK, given by their rightmost bytes, before any byte moves. */
    private static void checkOperands(Cpu cpu, int p1, int l1, int p2, int l2) {
        cpu.checkAccess(back(p2, l2 - 1), l2, false);
        cpu.checkAccess(back(p1, l1 - 1), l1, true);
    }

    /** -1, 0 or +1: the sign of a decimal number, zero whatever its sign code. */
    private static int signum(byte[] digits, boolean minus) {
        return PackedDecimal.zero(digits, 0, PackedDecimal.WIDTH) ? 0 : minus ? -1 : 1;
    }

    static boolean overlap(int a1, int l1, int a2, int l2) {
        return a1 < a2 + l2 && a2 < a1 + l1;
    }

    private static int last(int address, int length) {
        return (address + length - 1) & 0xFFFFFF;
    }

    private static int back(int address, int n) {
        return (address - n) & 0xFFFFFF;
    }

    private static int swapNibbles(int b) {
        return (b & 0xF) << 4 | b >>> 4;
    }
}
