package vm370.s370.cpu;

import static vm370.s370.isa.Fields.r1;
import static vm370.s370.isa.Fields.r2;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Fixed-point (signed binary) instructions: loads, stores, add, subtract, compare, multiply, divide
 * and the arithmetic shifts. Overflow sets condition code 3 and, when program-mask bit 36/20 is one,
 * ends in a fixed-point-overflow interruption after the result is stored (completion).
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Fixed-Point Arithmetic"</a>
 */
public final class FixedPoint {

    /** LM and STM move words within one operand frame through this view when the operand lies in one 2K block. */
    private static final VarHandle WORD = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private FixedPoint() {
    }

    /** Condition code of a signed result: 0 zero, 1 negative, 2 positive. */
    static int signCode(int value) {
        return value == 0 ? 0 : value < 0 ? 1 : 2;
    }

    static int signCode(long value) {
        return value == 0 ? 0 : value < 0 ? 1 : 2;
    }

    /** Sets CC 3 and raises the fixed-point-overflow interruption when the program mask enables it. */
    static void overflow(Cpu cpu) {
        cpu.conditionCode = 3;
        if ((cpu.programMask & 0x8) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.FIXED_POINT_OVERFLOW);
        }
    }

    private static void add(Cpu cpu, int r, int b) {
        int a = cpu.gpr[r];
        int sum = a + b;
        cpu.gpr[r] = sum;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            overflow(cpu);
        } else {
            cpu.conditionCode = signCode(sum);
        }
    }

    private static void subtract(Cpu cpu, int r, int b) {
        int a = cpu.gpr[r];
        int difference = a - b;
        cpu.gpr[r] = difference;
        if (((a ^ b) & (a ^ difference)) < 0) {
            overflow(cpu);
        } else {
            cpu.conditionCode = signCode(difference);
        }
    }

    private static void compare(Cpu cpu, int a, int b) {
        cpu.conditionCode = a == b ? 0 : a < b ? 1 : 2;
    }

    static void requireEven(int r) {
        if ((r & 1) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
    }

    static void requireAligned(int address, int boundary) {
        if ((address & (boundary - 1)) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
    }

    /** The even-odd pair R, R+1 as one 64-bit value. */
    static long pair(Cpu cpu, int r) {
        return (long) cpu.gpr[r] << 32 | cpu.gpr[r + 1] & 0xFFFFFFFFL;
    }

    static void setPair(Cpu cpu, int r, long value) {
        cpu.gpr[r] = (int) (value >>> 32);
        cpu.gpr[r + 1] = (int) value;
    }

    /** LPR (RR): load positive; the maximum negative number overflows. */
    public static void loadPositiveRegister(Cpu cpu, long instruction) {
        int v = cpu.gpr[r2(instruction)];
        if (v == Integer.MIN_VALUE) {
            cpu.gpr[r1(instruction)] = v;
            overflow(cpu);
            return;
        }
        int result = Math.abs(v);
        cpu.gpr[r1(instruction)] = result;
        cpu.conditionCode = result == 0 ? 0 : 2;
    }

    /** LNR (RR): load negative. */
    public static void loadNegativeRegister(Cpu cpu, long instruction) {
        int v = cpu.gpr[r2(instruction)];
        int result = v > 0 ? -v : v;
        cpu.gpr[r1(instruction)] = result;
        cpu.conditionCode = result == 0 ? 0 : 1;
    }

    /** LTR (RR): load and test. */
    public static void loadAndTestRegister(Cpu cpu, long instruction) {
        int v = cpu.gpr[r2(instruction)];
        cpu.gpr[r1(instruction)] = v;
        cpu.conditionCode = signCode(v);
    }

    /** LCR (RR): load complement; the maximum negative number overflows. */
    public static void loadComplementRegister(Cpu cpu, long instruction) {
        int v = cpu.gpr[r2(instruction)];
        cpu.gpr[r1(instruction)] = -v;
        if (v == Integer.MIN_VALUE) {
            overflow(cpu);
        } else {
            cpu.conditionCode = signCode(-v);
        }
    }

    /** LR (RR): load register. */
    public static void loadRegister(Cpu cpu, long instruction) {
        cpu.gpr[r1(instruction)] = cpu.gpr[r2(instruction)];
    }

    /** CR (RR): compare. */
    public static void compareRegister(Cpu cpu, long instruction) {
        compare(cpu, cpu.gpr[r1(instruction)], cpu.gpr[r2(instruction)]);
    }

    /** AR (RR): add. */
    public static void addRegister(Cpu cpu, long instruction) {
        add(cpu, r1(instruction), cpu.gpr[r2(instruction)]);
    }

    /** SR (RR): subtract. */
    public static void subtractRegister(Cpu cpu, long instruction) {
        subtract(cpu, r1(instruction), cpu.gpr[r2(instruction)]);
    }

    /** MR (RR): multiply R1+1 by R2 into the even-odd pair R1, R1+1. */
    public static void multiplyRegister(Cpu cpu, long instruction) {
        int r = r1(instruction);
        requireEven(r);
        setPair(cpu, r, (long) cpu.gpr[r + 1] * cpu.gpr[r2(instruction)]);
    }

    /** DR (RR): divide the pair R1, R1+1; remainder to R1, quotient to R1+1. */
    public static void divideRegister(Cpu cpu, long instruction) {
        int r = r1(instruction);
        requireEven(r);
        divide(cpu, r, cpu.gpr[r2(instruction)]);
    }

    private static void divide(Cpu cpu, int r, int divisor) {
        long dividend = pair(cpu, r);
        if (divisor == 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.FIXED_POINT_DIVIDE);
        }
        if (dividend == (int) dividend && (dividend != Integer.MIN_VALUE || divisor != -1)) {
            // A dividend that fits in 32 bits (as after SRDA): the shorter division, and the quotient always fits.
            cpu.gpr[r] = (int) dividend % divisor;
            cpu.gpr[r + 1] = (int) dividend / divisor;
            return;
        }
        long quotient = dividend / divisor;
        if (quotient != (int) quotient) {
            throw new ProgramInterruption(ProgramInterruptionCode.FIXED_POINT_DIVIDE);
        }
        cpu.gpr[r] = (int) (dividend % divisor);
        cpu.gpr[r + 1] = (int) quotient;
    }

    /** STH (RX): store halfword. */
    public static void storeHalfword(Cpu cpu, long instruction) {
        cpu.storeHalfword(cpu.addressRx(instruction), cpu.gpr[r1(instruction)]);
    }

    /** LA (RX): load address (24 bits, the left byte zero). */
    public static void loadAddress(Cpu cpu, long instruction) {
        cpu.gpr[r1(instruction)] = cpu.addressRx(instruction);
    }

    /** LH (RX): load halfword, sign-extended. */
    public static void loadHalfword(Cpu cpu, long instruction) {
        cpu.gpr[r1(instruction)] = cpu.fetchHalfword(cpu.addressRx(instruction));
    }

    /** CH (RX): compare halfword. */
    public static void compareHalfword(Cpu cpu, long instruction) {
        compare(cpu, cpu.gpr[r1(instruction)], cpu.fetchHalfword(cpu.addressRx(instruction)));
    }

    /** AH (RX): add halfword. */
    public static void addHalfword(Cpu cpu, long instruction) {
        add(cpu, r1(instruction), cpu.fetchHalfword(cpu.addressRx(instruction)));
    }

    /** SH (RX): subtract halfword. */
    public static void subtractHalfword(Cpu cpu, long instruction) {
        subtract(cpu, r1(instruction), cpu.fetchHalfword(cpu.addressRx(instruction)));
    }

    /** MH (RX): multiply halfword; the low 32 bits of the product, no overflow. */
    public static void multiplyHalfword(Cpu cpu, long instruction) {
        int r = r1(instruction);
        cpu.gpr[r] = cpu.gpr[r] * cpu.fetchHalfword(cpu.addressRx(instruction));
    }

    /** ST (RX): store. */
    public static void store(Cpu cpu, long instruction) {
        cpu.storeWord(cpu.addressRx(instruction), cpu.gpr[r1(instruction)]);
    }

    /** L (RX): load. */
    public static void load(Cpu cpu, long instruction) {
        cpu.gpr[r1(instruction)] = cpu.fetchWord(cpu.addressRx(instruction));
    }

    /** C (RX): compare. */
    public static void compare(Cpu cpu, long instruction) {
        compare(cpu, cpu.gpr[r1(instruction)], cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** A (RX): add. */
    public static void add(Cpu cpu, long instruction) {
        add(cpu, r1(instruction), cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** S (RX): subtract. */
    public static void subtract(Cpu cpu, long instruction) {
        subtract(cpu, r1(instruction), cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** M (RX): multiply R1+1 by a word into the pair R1, R1+1. */
    public static void multiply(Cpu cpu, long instruction) {
        int r = r1(instruction);
        requireEven(r);
        setPair(cpu, r, (long) cpu.gpr[r + 1] * cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** D (RX): divide the pair R1, R1+1 by a word. */
    public static void divide(Cpu cpu, long instruction) {
        int r = r1(instruction);
        requireEven(r);
        divide(cpu, r, cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** SRA (RS): shift right single arithmetic by the low 6 bits of the address. */
    public static void shiftRightSingle(Cpu cpu, long instruction) {
        int r = r1(instruction);
        int result = cpu.gpr[r] >> Math.min(31, cpu.addressFirst(instruction) & 63);
        cpu.gpr[r] = result;
        cpu.conditionCode = signCode(result);
    }

    /** SLA (RS): shift left single arithmetic; the sign stays, a bit unlike the sign shifted out is overflow. */
    public static void shiftLeftSingle(Cpu cpu, long instruction) {
        int r = r1(instruction);
        int n = cpu.addressFirst(instruction) & 63;
        int value = cpu.gpr[r];
        int m = Math.min(n, 31);
        int numeric = value & 0x7FFFFFFF;
        int out = m == 0 ? 0 : (int) (0x7FFFFFFFL << (31 - m) & 0x7FFFFFFFL);
        boolean lost = value >= 0 ? (numeric & out) != 0 : (numeric & out) != out || n > 31;
        int result = value & 0x80000000 | (m == 31 ? 0 : numeric << m & 0x7FFFFFFF);
        cpu.gpr[r] = result;
        if (lost) {
            overflow(cpu);
        } else {
            cpu.conditionCode = signCode(result);
        }
    }

    /** SRDA (RS): shift the pair R1, R1+1 right double arithmetic. */
    public static void shiftRightDouble(Cpu cpu, long instruction) {
        int r = r1(instruction);
        requireEven(r);
        long result = pair(cpu, r) >> (cpu.addressFirst(instruction) & 63);
        setPair(cpu, r, result);
        cpu.conditionCode = signCode(result);
    }

    /** SLDA (RS): shift the pair left double arithmetic; a bit unlike the sign shifted out is overflow. */
    public static void shiftLeftDouble(Cpu cpu, long instruction) {
        int r = r1(instruction);
        requireEven(r);
        int n = cpu.addressFirst(instruction) & 63;
        long value = pair(cpu, r);
        long numeric = value & Long.MAX_VALUE;
        long out = n == 0 ? 0 : Long.MAX_VALUE << (63 - n) & Long.MAX_VALUE;
        boolean lost = value >= 0 ? (numeric & out) != 0 : (numeric & out) != out;
        long result = value & Long.MIN_VALUE | (n == 63 ? 0 : numeric << n & Long.MAX_VALUE);
        setPair(cpu, r, result);
        if (lost) {
            overflow(cpu);
        } else {
            cpu.conditionCode = signCode(result);
        }
    }

    /** STM (RS): store registers R1 through R3 (wrapping from 15 to 0) in successive words. */
    public static void storeMultiple(Cpu cpu, long instruction) {
        int r = r1(instruction);
        int last = r2(instruction);
        int count = ((last - r) & 15) + 1;
        int address = cpu.addressFirst(instruction);
        byte[] frame = cpu.operandFrame(address, count * 4, true);
        if (frame != null) {
            int at = cpu.tlb.offset;
            for (int i = 0; i < count; i++) {
                WORD.set(frame, at + i * 4, cpu.gpr[(r + i) & 15]);
            }
            return;
        }
        cpu.checkAccess(address, count * 4, true);
        for (int i = 0; i < count; i++) {
            cpu.storeWord(address + i * 4, cpu.gpr[(r + i) & 15]);
        }
    }

    /** LM (RS): load registers R1 through R3 (wrapping from 15 to 0) from successive words. */
    public static void loadMultiple(Cpu cpu, long instruction) {
        int r = r1(instruction);
        int last = r2(instruction);
        int count = ((last - r) & 15) + 1;
        int address = cpu.addressFirst(instruction);
        byte[] frame = cpu.operandFrame(address, count * 4, false);
        if (frame != null) {
            int at = cpu.tlb.offset;
            for (int i = 0; i < count; i++) {
                cpu.gpr[(r + i) & 15] = (int) WORD.get(frame, at + i * 4);
            }
            return;
        }
        cpu.checkAccess(address, count * 4, false);
        for (int i = 0; i < count; i++) {
            cpu.gpr[(r + i) & 15] = cpu.fetchWord(address + i * 4);
        }
    }
}
