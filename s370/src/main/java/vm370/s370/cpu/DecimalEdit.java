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
     * Edits the packed source (second operand) into the pattern (first operand). The fill byte is the
     * first pattern byte; the significance indicator decides between source digits and fill; a plus
     * sign in a source byte's right half turns significance off. CC tells the last field's value.
     */
    static void edit(Cpu cpu, long instruction, boolean mark) {
        int length = Fields.byte1(instruction) + 1;
        int pattern = cpu.addressFirst(instruction);
        int source = cpu.addressSecond(instruction);
        PackedDecimal d = cpu.decimal;
        byte[] b = d.bytes;
        cpu.checkAccess(pattern, length, true);
        cpu.fetchBytes(pattern, b, 0, length);
        int fill = b[0] & 0xFF;
        boolean significance = false;
        boolean nonzero = false;
        boolean rightHalfNext = false;
        int sourceByte = 0;
        int markAddress = -1;
        for (int k = 0; k < length; k++) {
            int p = b[k] & 0xFF;
            if (p == DIGIT_SELECTOR || p == SIGNIFICANCE_STARTER) {
                int digit;
                if (rightHalfNext) {
                    digit = sourceByte & 0xF;
                } else {
                    sourceByte = cpu.fetchByte(source);
                    source = (source + 1) & 0xFFFFFF;
                    digit = sourceByte >>> 4;
                    if (digit > 9) {
                        throw new ProgramInterruption(ProgramInterruptionCode.DATA);
                    }
                }
                if (digit != 0 && !significance) {
                    markAddress = (pattern + k) & 0xFFFFFF;
                }
                nonzero |= digit != 0;
                significance |= digit != 0;
                b[k] = (byte) (significance ? 0xF0 | digit : fill);
                significance |= p == SIGNIFICANCE_STARTER;
                int right = sourceByte & 0xF;
                if (!rightHalfNext && right >= 0xA) {
                    significance &= PackedDecimal.isMinus(right);
                    rightHalfNext = false;
                } else {
                    rightHalfNext = !rightHalfNext;
                }
            } else if (p == FIELD_SEPARATOR) {
                b[k] = (byte) fill;
                significance = false;
                nonzero = false;
            } else if (!significance) {
                b[k] = (byte) fill;
            }
        }
        cpu.storeBytes(pattern, b, 0, length);
        if (mark && markAddress >= 0) {
            cpu.gpr[1] = cpu.gpr[1] & 0xFF000000 | markAddress;
        }
        cpu.conditionCode = !nonzero ? 0 : significance ? 1 : 2;
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
