package vm370.s370.cpu;

import static vm370.s370.isa.Fields.byte1;
import static vm370.s370.isa.Fields.r1;
import static vm370.s370.isa.Fields.r2;

/**
 * Storage-to-storage character instructions: move, compare, AND/OR/XOR, numerics and zones,
 * translate, and the interruptible MOVE LONG and COMPARE LOGICAL LONG. Operands are processed
 * left to right one byte at a time, so overlapping operands behave as the PoO says (MVC with the
 * destination one byte right of the source propagates a byte). Both operands are checked for
 * access before any byte is stored.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "General Instructions"</a>
 */
public final class Strings {

    private static final int MOVE = 0;
    private static final int AND = 1;
    private static final int OR = 2;
    private static final int EXCLUSIVE_OR = 3;
    private static final int NUMERICS = 4;
    private static final int ZONES = 5;
    /**
     * Bytes MVCL or CLCL handles in one execution; with more to do it ends with the registers updated
     * and the PSW on itself, so interruptions are taken between units as the PoO allows.
     */
    private static final int LONG_UNIT = 4096;
    /** CLC operands up to this length are compared in a plain loop. */
    private static final int SHORT_COMPARE = 32;

    private Strings() {
    }

    private static int combine(int operation, int first, int second) {
        return switch (operation) {
            case MOVE -> second;
            case AND -> first & second;
            case OR -> first | second;
            case EXCLUSIVE_OR -> first ^ second;
            case NUMERICS -> first & 0xF0 | second & 0x0F;
            default -> second & 0xF0 | first & 0x0F;
        };
    }

    /** The SS instructions that store into the first operand; returns true when any result byte is not zero. */
    private static boolean storageToStorage(Cpu cpu, long instruction, int operation) {
        int length = byte1(instruction) + 1;
        int first = cpu.addressFirst(instruction);
        int second = cpu.addressSecond(instruction);
        byte[] source = cpu.operandFrame(second, length, false);
        int sourceOffset = cpu.tlb.offset;
        byte[] target = source == null ? null : cpu.operandFrame(first, length, true);
        int accumulated = 0;
        if (target != null) {
            int targetOffset = cpu.tlb.offset;
            if (operation == MOVE && (source != target || targetOffset <= sourceOffset || targetOffset >= sourceOffset + length)) {
                System.arraycopy(source, sourceOffset, target, targetOffset, length);
                return true;
            }
            for (int k = 0; k < length; k++) {
                int result = combine(operation, target[targetOffset + k] & 0xFF, source[sourceOffset + k] & 0xFF);
                target[targetOffset + k] = (byte) result;
                accumulated |= result;
            }
            return accumulated != 0;
        }
        cpu.checkAccess(second, length, false);
        cpu.checkAccess(first, length, true);
        for (int k = 0; k < length; k++) {
            int a = first + k & 0xFFFFFF;
            int firstByte = operation == MOVE ? 0 : cpu.fetchByte(a);
            int result = combine(operation, firstByte, cpu.fetchByte(second + k & 0xFFFFFF));
            cpu.storeByte(a, result);
            accumulated |= result;
        }
        return accumulated != 0;
    }

    /** MVC (SS). */
    public static void moveCharacters(Cpu cpu, long instruction) {
        storageToStorage(cpu, instruction, MOVE);
    }

    /** MVN (SS): move the low four bits of each byte. */
    public static void moveNumerics(Cpu cpu, long instruction) {
        storageToStorage(cpu, instruction, NUMERICS);
    }

    /** MVZ (SS): move the high four bits of each byte. */
    public static void moveZones(Cpu cpu, long instruction) {
        storageToStorage(cpu, instruction, ZONES);
    }

    /** NC (SS): CC 0 result zero, 1 not zero. */
    public static void andCharacters(Cpu cpu, long instruction) {
        cpu.conditionCode = storageToStorage(cpu, instruction, AND) ? 1 : 0;
    }

    /** OC (SS). */
    public static void orCharacters(Cpu cpu, long instruction) {
        cpu.conditionCode = storageToStorage(cpu, instruction, OR) ? 1 : 0;
    }

    /** XC (SS). */
    public static void exclusiveOrCharacters(Cpu cpu, long instruction) {
        cpu.conditionCode = storageToStorage(cpu, instruction, EXCLUSIVE_OR) ? 1 : 0;
    }

    /** CLC (SS): compare logical characters; CC 0 equal, 1 first low, 2 first high. */
    public static void compareLogicalCharacters(Cpu cpu, long instruction) {
        int length = byte1(instruction) + 1;
        int first = cpu.addressFirst(instruction);
        int second = cpu.addressSecond(instruction);
        byte[] a = cpu.operandFrame(first, length, false);
        int aOffset = cpu.tlb.offset;
        byte[] b = a == null ? null : cpu.operandFrame(second, length, false);
        if (b != null) {
            int bOffset = cpu.tlb.offset;
            // Short operands, the usual case, byte by byte: the library's vectorized mismatch costs more to set up.
            int k = 0;
            if (length <= SHORT_COMPARE) {
                while (k < length && a[aOffset + k] == b[bOffset + k]) {
                    k++;
                }
            } else {
                k = java.util.Arrays.mismatch(a, aOffset, aOffset + length, b, bOffset, bOffset + length);
                k = k < 0 ? length : k;
            }
            cpu.conditionCode = k == length ? 0 : (a[aOffset + k] & 0xFF) < (b[bOffset + k] & 0xFF) ? 1 : 2;
            return;
        }
        cpu.checkAccess(first, length, false);
        cpu.checkAccess(second, length, false);
        int cc = 0;
        for (int k = 0; k < length && cc == 0; k++) {
            int x = cpu.fetchByte(first + k & 0xFFFFFF);
            int y = cpu.fetchByte(second + k & 0xFFFFFF);
            cc = x == y ? 0 : x < y ? 1 : 2;
        }
        cpu.conditionCode = cc;
    }

    /** TR (SS): replace each first-operand byte by the byte it indexes in the second-operand table. */
    public static void translate(Cpu cpu, long instruction) {
        int length = byte1(instruction) + 1;
        int first = cpu.addressFirst(instruction);
        int table = cpu.addressSecond(instruction);
        cpu.checkAccess(first, length, true);
        byte[] translated = cpu.scratch;
        for (int k = 0; k < length; k++) {
            translated[k] = (byte) cpu.fetchByte(table + cpu.fetchByte(first + k & 0xFFFFFF));
        }
        for (int k = 0; k < length; k++) {
            cpu.storeByte(first + k & 0xFFFFFF, translated[k]);
        }
    }

    /**
     * TRT (SS): finds the first first-operand byte whose table entry is not zero: its address to bits
     * 8-31 of register 1, the entry to bits 24-31 of register 2; CC 0 none, 1 found before the last
     * byte, 2 found at the last byte.
     */
    public static void translateAndTest(Cpu cpu, long instruction) {
        int length = byte1(instruction) + 1;
        int first = cpu.addressFirst(instruction);
        int table = cpu.addressSecond(instruction);
        cpu.checkAccess(first, length, false);
        for (int k = 0; k < length; k++) {
            int address = first + k & 0xFFFFFF;
            int function = cpu.fetchByte(table + cpu.fetchByte(address));
            if (function != 0) {
                cpu.gpr[1] = cpu.gpr[1] & 0xFF000000 | address;
                cpu.gpr[2] = cpu.gpr[2] & 0xFFFFFF00 | function;
                cpu.conditionCode = k == length - 1 ? 2 : 1;
                return;
            }
        }
        cpu.conditionCode = 0;
    }

    /**
     * MVCL (RR): moves the second operand (R2, length in R2+1) to the first (R1, length in R1+1),
     * padding with bits 0-7 of R2+1. CC 0 lengths equal, 1 first shorter, 2 first longer, 3 destructive
     * overlap (nothing moved). Interruptible: after each unit the registers show the progress and, if
     * more remains, the instruction address is left on the MVCL so it resumes where it stopped; an
     * access exception part way leaves the registers showing the bytes already moved.
     */
    public static void moveLong(Cpu cpu, long instruction) {
        int r1 = r1(instruction);
        int r2 = r2(instruction);
        FixedPoint.requireEven(r1 | r2);
        int[] g = cpu.gpr;
        int destination = g[r1] & 0xFFFFFF;
        int destinationLength = g[r1 + 1] & 0xFFFFFF;
        int source = g[r2] & 0xFFFFFF;
        int sourceLength = g[r2 + 1] & 0xFFFFFF;
        int pad = g[r2 + 1] >>> 24;
        int cc = Integer.compare(destinationLength, sourceLength);
        cc = cc == 0 ? 0 : cc < 0 ? 1 : 2;
        int distance = destination - source & 0xFFFFFF;
        if (distance != 0 && distance < Math.min(destinationLength, sourceLength)) {
            cpu.conditionCode = 3;
            return;
        }
        int budget = LONG_UNIT;
        try {
            while (destinationLength > 0 && budget-- > 0) {
                cpu.storeByte(destination, sourceLength > 0 ? cpu.fetchByte(source) : pad);
                destination = destination + 1 & 0xFFFFFF;
                destinationLength--;
                if (sourceLength > 0) {
                    source = source + 1 & 0xFFFFFF;
                    sourceLength--;
                }
            }
        } finally {
            g[r1] = destination;
            g[r1 + 1] = g[r1 + 1] & 0xFF000000 | destinationLength;
            g[r2] = source;
            g[r2 + 1] = g[r2 + 1] & 0xFF000000 | sourceLength;
        }
        if (destinationLength > 0) {
            cpu.instructionAddress = cpu.instructionAddress - (cpu.ilc << 1) & 0xFFFFFF;
            return;
        }
        cpu.conditionCode = cc;
    }

    /**
     * CLCL (RR): compares the operands, the shorter padded with bits 0-7 of R2+1. CC 0 equal, 1 first
     * low, 2 first high; the registers then address the first unequal byte. Interruptible like MVCL.
     */
    public static void compareLogicalLong(Cpu cpu, long instruction) {
        int r1 = r1(instruction);
        int r2 = r2(instruction);
        FixedPoint.requireEven(r1 | r2);
        int[] g = cpu.gpr;
        int first = g[r1] & 0xFFFFFF;
        int firstLength = g[r1 + 1] & 0xFFFFFF;
        int second = g[r2] & 0xFFFFFF;
        int secondLength = g[r2 + 1] & 0xFFFFFF;
        int pad = g[r2 + 1] >>> 24;
        int cc = 0;
        int budget = LONG_UNIT;
        boolean interrupted = false;
        while ((firstLength > 0 || secondLength > 0) && cc == 0) {
            if (budget-- <= 0) {
                interrupted = true;
                break;
            }
            int a = firstLength > 0 ? cpu.fetchByte(first) : pad;
            int b = secondLength > 0 ? cpu.fetchByte(second) : pad;
            if (a != b) {
                cc = a < b ? 1 : 2;
                break;
            }
            if (firstLength > 0) {
                first = first + 1 & 0xFFFFFF;
                firstLength--;
            }
            if (secondLength > 0) {
                second = second + 1 & 0xFFFFFF;
                secondLength--;
            }
        }
        g[r1] = first;
        g[r1 + 1] = g[r1 + 1] & 0xFF000000 | firstLength;
        g[r2] = second;
        g[r2 + 1] = g[r2 + 1] & 0xFF000000 | secondLength;
        if (interrupted) {
            cpu.instructionAddress = cpu.instructionAddress - (cpu.ilc << 1) & 0xFFFFFF;
            return;
        }
        cpu.conditionCode = cc;
    }
}
