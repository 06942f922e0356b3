package vm370.s370.cpu;

import static vm370.s370.isa.Fields.byte1;
import static vm370.s370.isa.Fields.r1;
import static vm370.s370.isa.Fields.r2;

/**
 * Logical (unsigned) instructions on registers, words, bytes and characters under mask: AND, OR,
 * exclusive OR, logical add/subtract/compare, insert/store character, test under mask, and the
 * logical shifts.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "General Instructions"</a>
 */
public final class Logical {

    private Logical() {
    }

    /** Condition code of a logical result: 0 zero, 1 not zero. */
    private static int zeroCode(int value) {
        return value == 0 ? 0 : 1;
    }

    private static void compareLogical(Cpu cpu, int a, int b) {
        int c = Integer.compareUnsigned(a, b);
        cpu.conditionCode = c == 0 ? 0 : c < 0 ? 1 : 2;
    }

    private static void addLogical(Cpu cpu, int r, int b) {
        long sum = (cpu.gpr[r] & 0xFFFFFFFFL) + (b & 0xFFFFFFFFL);
        int result = (int) sum;
        cpu.gpr[r] = result;
        cpu.conditionCode = (result == 0 ? 0 : 1) | (int) (sum >>> 31) & 2;
    }

    private static void subtractLogical(Cpu cpu, int r, int b) {
        long sum = (cpu.gpr[r] & 0xFFFFFFFFL) + (~b & 0xFFFFFFFFL) + 1;
        int result = (int) sum;
        cpu.gpr[r] = result;
        cpu.conditionCode = (result == 0 ? 0 : 1) | (int) (sum >>> 31) & 2;
    }

    /** NR (RR). */
    public static void andRegister(Cpu cpu, long instruction) {
        int r = r1(instruction);
        cpu.conditionCode = zeroCode(cpu.gpr[r] &= cpu.gpr[r2(instruction)]);
    }

    /** CLR (RR). */
    public static void compareLogicalRegister(Cpu cpu, long instruction) {
        compareLogical(cpu, cpu.gpr[r1(instruction)], cpu.gpr[r2(instruction)]);
    }

    /** OR (RR). */
    public static void orRegister(Cpu cpu, long instruction) {
        int r = r1(instruction);
        cpu.conditionCode = zeroCode(cpu.gpr[r] |= cpu.gpr[r2(instruction)]);
    }

    /** XR (RR). */
    public static void exclusiveOrRegister(Cpu cpu, long instruction) {
        int r = r1(instruction);
        cpu.conditionCode = zeroCode(cpu.gpr[r] ^= cpu.gpr[r2(instruction)]);
    }

    /** ALR (RR): CC 0 zero, 1 not zero, 2 zero with carry, 3 not zero with carry. */
    public static void addLogicalRegister(Cpu cpu, long instruction) {
        addLogical(cpu, r1(instruction), cpu.gpr[r2(instruction)]);
    }

    /** SLR (RR): CC 1 not zero, 2 zero with carry, 3 not zero with carry. */
    public static void subtractLogicalRegister(Cpu cpu, long instruction) {
        subtractLogical(cpu, r1(instruction), cpu.gpr[r2(instruction)]);
    }

    /** STC (RX): store bits 24-31 of R1. */
    public static void storeCharacter(Cpu cpu, long instruction) {
        cpu.storeByte(cpu.addressRx(instruction), cpu.gpr[r1(instruction)]);
    }

    /** IC (RX): insert a byte into bits 24-31 of R1. */
    public static void insertCharacter(Cpu cpu, long instruction) {
        int r = r1(instruction);
        int b = cpu.fetchByte(cpu.addressRx(instruction));
        cpu.gpr[r] = cpu.gpr[r] & 0xFFFFFF00 | b;
    }

    /** N (RX). */
    public static void and(Cpu cpu, long instruction) {
        int r = r1(instruction);
        cpu.conditionCode = zeroCode(cpu.gpr[r] &= cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** CL (RX). */
    public static void compareLogical(Cpu cpu, long instruction) {
        compareLogical(cpu, cpu.gpr[r1(instruction)], cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** O (RX). */
    public static void or(Cpu cpu, long instruction) {
        int r = r1(instruction);
        cpu.conditionCode = zeroCode(cpu.gpr[r] |= cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** X (RX). */
    public static void exclusiveOr(Cpu cpu, long instruction) {
        int r = r1(instruction);
        cpu.conditionCode = zeroCode(cpu.gpr[r] ^= cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** AL (RX). */
    public static void addLogical(Cpu cpu, long instruction) {
        addLogical(cpu, r1(instruction), cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** SL (RX). */
    public static void subtractLogical(Cpu cpu, long instruction) {
        subtractLogical(cpu, r1(instruction), cpu.fetchWord(cpu.addressRx(instruction)));
    }

    /** SRL (RS): shift right single logical; 32 or more clears the register. */
    public static void shiftRightSingleLogical(Cpu cpu, long instruction) {
        int r = r1(instruction);
        cpu.gpr[r] = (int) ((cpu.gpr[r] & 0xFFFFFFFFL) >>> (cpu.addressFirst(instruction) & 63));
    }

    /** SLL (RS): shift left single logical. */
    public static void shiftLeftSingleLogical(Cpu cpu, long instruction) {
        int r = r1(instruction);
        cpu.gpr[r] = (int) ((cpu.gpr[r] & 0xFFFFFFFFL) << (cpu.addressFirst(instruction) & 63));
    }

    /** SRDL (RS): shift the even-odd pair right double logical. */
    public static void shiftRightDoubleLogical(Cpu cpu, long instruction) {
        int r = r1(instruction);
        FixedPoint.requireEven(r);
        FixedPoint.setPair(cpu, r, FixedPoint.pair(cpu, r) >>> (cpu.addressFirst(instruction) & 63));
    }

    /** SLDL (RS): shift the even-odd pair left double logical. */
    public static void shiftLeftDoubleLogical(Cpu cpu, long instruction) {
        int r = r1(instruction);
        FixedPoint.requireEven(r);
        FixedPoint.setPair(cpu, r, FixedPoint.pair(cpu, r) << (cpu.addressFirst(instruction) & 63));
    }

    /** TM (SI): CC 0 selected bits all zero (or mask zero), 1 mixed, 3 all one. */
    public static void testUnderMask(Cpu cpu, long instruction) {
        int mask = byte1(instruction);
        int selected = cpu.fetchByte(cpu.addressFirst(instruction)) & mask;
        cpu.conditionCode = selected == 0 ? 0 : selected == mask ? 3 : 1;
    }

    /** MVI (SI). */
    public static void moveImmediate(Cpu cpu, long instruction) {
        cpu.storeByte(cpu.addressFirst(instruction), byte1(instruction));
    }

    /** NI (SI). */
    public static void andImmediate(Cpu cpu, long instruction) {
        int address = cpu.addressFirst(instruction);
        int result = cpu.fetchByte(address) & byte1(instruction);
        cpu.storeByte(address, result);
        cpu.conditionCode = zeroCode(result);
    }

    /** CLI (SI): compare the byte (first operand) with the immediate. */
    public static void compareLogicalImmediate(Cpu cpu, long instruction) {
        int b = cpu.fetchByte(cpu.addressFirst(instruction));
        int i = byte1(instruction);
        cpu.conditionCode = b == i ? 0 : b < i ? 1 : 2;
    }

    /** OI (SI). */
    public static void orImmediate(Cpu cpu, long instruction) {
        int address = cpu.addressFirst(instruction);
        int result = cpu.fetchByte(address) | byte1(instruction);
        cpu.storeByte(address, result);
        cpu.conditionCode = zeroCode(result);
    }

    /** XI (SI). */
    public static void exclusiveOrImmediate(Cpu cpu, long instruction) {
        int address = cpu.addressFirst(instruction);
        int result = cpu.fetchByte(address) ^ byte1(instruction);
        cpu.storeByte(address, result);
        cpu.conditionCode = zeroCode(result);
    }

    /** CLM (RS): compare the bytes of R1 the mask selects with successive storage bytes. */
    public static void compareLogicalCharactersUnderMask(Cpu cpu, long instruction) {
        int mask = r2(instruction);
        int value = cpu.gpr[r1(instruction)];
        int address = cpu.addressFirst(instruction);
        cpu.checkAccess(address, Integer.bitCount(mask), false);
        int cc = 0;
        for (int i = 0; i < 4 && cc == 0; i++) {
            if ((mask & 8 >>> i) != 0) {
                int a = value >>> (24 - 8 * i) & 0xFF;
                int b = cpu.fetchByte(address++);
                cc = a == b ? 0 : a < b ? 1 : 2;
            }
        }
        cpu.conditionCode = cc;
    }

    /** STCM (RS): store the bytes of R1 the mask selects in successive storage bytes. */
    public static void storeCharactersUnderMask(Cpu cpu, long instruction) {
        int mask = r2(instruction);
        int value = cpu.gpr[r1(instruction)];
        int address = cpu.addressFirst(instruction);
        cpu.checkAccess(address, Integer.bitCount(mask), true);
        for (int i = 0; i < 4; i++) {
            if ((mask & 8 >>> i) != 0) {
                cpu.storeByte(address++, value >>> (24 - 8 * i));
            }
        }
    }

    /** ICM (RS): insert successive bytes into the bytes of R1 the mask selects; CC from the inserted bits. */
    public static void insertCharactersUnderMask(Cpu cpu, long instruction) {
        int mask = r2(instruction);
        int r = r1(instruction);
        int address = cpu.addressFirst(instruction);
        cpu.checkAccess(address, Integer.bitCount(mask), false);
        int value = cpu.gpr[r];
        int inserted = 0;
        int first = -1;
        for (int i = 0; i < 4; i++) {
            if ((mask & 8 >>> i) != 0) {
                int b = cpu.fetchByte(address++);
                int shift = 24 - 8 * i;
                value = value & ~(0xFF << shift) | b << shift;
                inserted |= b;
                if (first < 0) {
                    first = b;
                }
            }
        }
        cpu.gpr[r] = value;
        cpu.conditionCode = inserted == 0 ? 0 : (first & 0x80) != 0 ? 1 : 2;
    }
}
