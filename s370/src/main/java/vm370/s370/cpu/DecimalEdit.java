package vm370.s370.cpu;

import vm370.s370.isa.Fields;

/**
 * EDIT, EDIT AND MARK, and SHIFT AND ROUND DECIMAL: the decimal instructions that are driven by a
 * pattern or a shift amount rather than by plain arithmetic. The edited result is built in the
 * CPU's decimal work area and stored at the end, so an exception leaves the pattern unchanged.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "EDIT" and "SHIFT AND ROUND DECIMAL"</a>
 */
final class DecimalEdit {

    private static final int DIGIT_SELECTOR = 0x20;
    private static final int SIGNIFICANCE_STARTER = 0x21;
    private static final int FIELD_SEPARATOR = 0x22;

    private DecimalEdit() {
    }

    /**
     * Edits the packed source (second operand) into the pattern (first operand), building the result
     * in the CPU's work area and storing it at the end. EDMK puts the address of the first significant
     * result digit in bits 8-31 of register 1 (unchanged when significance was only forced).
     */
    static void edit(Cpu cpu, long instruction, boolean mark) {
        int length = Fields.byte1(instruction) + 1;
        int pattern = cpu.addressFirst(instruction);
        byte[] b = cpu.decimal.bytes;
        cpu.checkAccess(pattern, length, true);
        cpu.fetchBytes(pattern, b, 0, length);
        Editor editor = cpu.decimal.editor;
        editor.start(cpu, cpu.addressSecond(instruction), b[0] & 0xFF);
        for (int k = 0; k < length; k++) {
            b[k] = (byte) editor.edit(b[k] & 0xFF, (pattern + k) & 0xFFFFFF);
        }
        cpu.storeBytes(pattern, b, 0, length);
        if (mark && editor.markAddress >= 0) {
            cpu.gpr[1] = cpu.gpr[1] & 0xFF000000 | editor.markAddress;
        }
        cpu.conditionCode = editor.conditionCode();
    }

    /**
     * The state of one EDIT, one per CPU: the fill byte, the significance indicator, where the next
     * source digit comes from, and whether the current field has a nonzero digit.
     */
    static final class Editor {
        private Cpu cpu;
        private int source;
        private int fill;
        private int sourceByte;
        private int pendingSign;
        private boolean rightHalfNext;
        private boolean significance;
        private boolean nonzero;
        /** The address of the result digit that turned significance on, or -1. */
        int markAddress;

        void start(Cpu owner, int sourceAddress, int fillByte) {
            cpu = owner;
            source = sourceAddress;
            fill = fillByte;
            pendingSign = 0;
            rightHalfNext = false;
            significance = false;
            nonzero = false;
            markAddress = -1;
        }

        /** The result byte for one pattern byte at {@code address}. */
        int edit(int patternByte, int address) {
            return switch (patternByte) {
                case DIGIT_SELECTOR, SIGNIFICANCE_STARTER -> digit(patternByte == SIGNIFICANCE_STARTER, address);
                case FIELD_SEPARATOR -> {
                    significance = false;
                    nonzero = false;
                    yield fill;
                }
                default -> significance ? patternByte : fill;
            };
        }

        /** A digit selector or significance starter: a zoned source digit, or the fill byte before significance. */
        private int digit(boolean starter, int address) {
            int digit = nextDigit();
            if (digit != 0 && !significance) {
                markAddress = address;
            }
            nonzero |= digit != 0;
            significance |= digit != 0;
            int result = significance ? 0xF0 | digit : fill;
            significance |= starter;
            if (pendingSign != 0) {
                significance &= PackedDecimal.isMinus(pendingSign);
                pendingSign = 0;
            }
            return result;
        }

        /** The next source digit: a byte's left half (which must be a digit), then its right half unless that is a sign. */
        private int nextDigit() {
            if (rightHalfNext) {
                rightHalfNext = false;
                return sourceByte & 0xF;
            }
            sourceByte = cpu.fetchByte(source);
            source = (source + 1) & 0xFFFFFF;
            int digit = sourceByte >>> 4;
            if (digit > 9) {
                throw new ProgramInterruption(ProgramInterruptionCode.DATA);
            }
            int right = sourceByte & 0xF;
            if (right >= 0xA) {
                pendingSign = right;
            } else {
                rightHalfNext = true;
            }
            return digit;
        }

        /** CC 0: the last field is zero (or had no digits); 1: nonzero and minus; 2: nonzero and plus. */
        int conditionCode() {
            return !nonzero ? 0 : significance ? 1 : 2;
        }
    }

    /**
     * SRP: shifts the digits of the first operand left (zeros in, lost nonzero digits are an overflow)
     * or right (rounded by adding I3 to the leftmost digit shifted out) by the signed 6-bit amount in
     * bits 26-31 of the second-operand address.
     */
    static void shiftAndRound(Cpu cpu, long instruction) {
        int length = Fields.r1(instruction) + 1;
        int rounding = Fields.r2(instruction);
        int address = cpu.addressFirst(instruction);
        int shift = cpu.addressSecond(instruction) << 26 >> 26;
        PackedDecimal d = cpu.decimal;
        cpu.checkAccess(address, length, true);
        boolean minus = d.load(cpu, address, length, d.first);
        if (rounding > 9) {
            throw new ProgramInterruption(ProgramInterruptionCode.DATA);
        }
        int digits = PackedDecimal.digits(length);
        byte[] in = d.first;
        byte[] out = d.result;
        boolean overflow = false;
        if (shift >= 0) {
            overflow = !PackedDecimal.zero(in, Math.max(0, digits - shift), digits);
            for (int i = 0; i < digits; i++) {
                out[i] = i >= shift ? in[i - shift] : 0;
            }
        } else {
            int n = -shift;
            int carry = in[n - 1] + rounding >= 10 ? 1 : 0;
            for (int i = 0; i < digits; i++) {
                int v = (i + n < PackedDecimal.WIDTH ? in[i + n] : 0) + carry;
                carry = v >= 10 ? 1 : 0;
                out[i] = (byte) (v - 10 * carry);
            }
        }
        boolean zero = PackedDecimal.zero(out, 0, digits);
        boolean sign = minus && (overflow || !zero);
        d.pack(out, sign, length, 0);
        cpu.storeBytes(address, d.bytes, 0, length);
        Decimal.setResultCode(cpu, zero, sign, overflow);
    }
}
