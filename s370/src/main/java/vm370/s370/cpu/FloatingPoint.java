package vm370.s370.cpu;

import static vm370.s370.cpu.HexFloat.HIGH;
import static vm370.s370.cpu.HexFloat.LONG;
import static vm370.s370.cpu.HexFloat.SHORT;
import static vm370.s370.cpu.HexFloat.SIGN;

import vm370.s370.isa.Fields;

/**
 * The hexadecimal floating-point instructions: short, long and extended operands in the four
 * floating-point registers (0, 2, 4, 6; a short number uses a register's high half and leaves
 * the low half alone). Handlers check register numbers, fetch operands, and hand the arithmetic
 * to {@link HexFloat} and {@link ExtendedHexFloat}.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Floating-Point Instructions"</a>
 */
public final class FloatingPoint {

    private FloatingPoint() {
    }

    /** LPDR (RR): load positive long register. */
    public static void loadPositiveLongRegister(Cpu cpu, long instruction) {
        loadWithSign(cpu, instruction, LONG, SIGN, 0);
    }

    /** LNDR (RR): load negative long register. */
    public static void loadNegativeLongRegister(Cpu cpu, long instruction) {
        loadWithSign(cpu, instruction, LONG, SIGN, SIGN);
    }

    /** LTDR (RR): load and test long register. */
    public static void loadAndTestLongRegister(Cpu cpu, long instruction) {
        loadWithSign(cpu, instruction, LONG, 0, 0);
    }

    /** LCDR (RR): load complement long register. */
    public static void loadComplementLongRegister(Cpu cpu, long instruction) {
        loadWithSign(cpu, instruction, LONG, 0, SIGN);
    }

    /** HDR (RR): halve long register. */
    public static void halveLongRegister(Cpu cpu, long instruction) {
        HexFloat.halve(cpu, register(Fields.r1(instruction)), longRegister(cpu, Fields.r2(instruction)), LONG);
    }

    /** LRDR (RR): load rounded extended to long register. */
    public static void loadRoundedExtendedToLongRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        int r2 = pair(Fields.r2(instruction));
        HexFloat.round(cpu, r1, cpu.fpr[r2 >> 1], cpu.fpr[(r2 >> 1) + 1] >>> 55 & 1, LONG);
    }

    /** MXR (RR): multiply extended register. */
    public static void multiplyExtendedRegister(Cpu cpu, long instruction) {
        int r1 = pair(Fields.r1(instruction));
        int r2 = pair(Fields.r2(instruction));
        ExtendedHexFloat.multiply(cpu, r1, cpu.fpr[r1 >> 1], cpu.fpr[(r1 >> 1) + 1], cpu.fpr[r2 >> 1], cpu.fpr[(r2 >> 1) + 1]);
    }

    /** MXDR (RR): multiply long to extended register. */
    public static void multiplyLongToExtendedRegister(Cpu cpu, long instruction) {
        int r1 = pair(Fields.r1(instruction));
        ExtendedHexFloat.multiplyLong(cpu, r1, cpu.fpr[r1 >> 1], longRegister(cpu, Fields.r2(instruction)));
    }

    /** LDR (RR): load long register. */
    public static void loadLongRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        HexFloat.store(cpu, r1, LONG, longRegister(cpu, Fields.r2(instruction)));
    }

    /** CDR (RR): compare long register. */
    public static void compareLongRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longRegister(cpu, Fields.r2(instruction));
        HexFloat.compare(cpu, longRegister(cpu, r1), second, LONG);
    }

    /** ADR (RR): add normalized long register. */
    public static void addNormalizedLongRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longRegister(cpu, Fields.r2(instruction));
        HexFloat.add(cpu, r1, longRegister(cpu, r1), second, LONG, true);
    }

    /** SDR (RR): subtract normalized long register. */
    public static void subtractNormalizedLongRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longRegister(cpu, Fields.r2(instruction));
        HexFloat.add(cpu, r1, longRegister(cpu, r1), second ^ SIGN, LONG, true);
    }

    /** MDR (RR): multiply long register. */
    public static void multiplyLongRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longRegister(cpu, Fields.r2(instruction));
        HexFloat.multiply(cpu, r1, longRegister(cpu, r1), second, LONG);
    }

    /** DDR (RR): divide long register. */
    public static void divideLongRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longRegister(cpu, Fields.r2(instruction));
        HexFloat.divide(cpu, r1, longRegister(cpu, r1), second, LONG);
    }

    /** AWR (RR): add unnormalized long register. */
    public static void addUnnormalizedLongRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longRegister(cpu, Fields.r2(instruction));
        HexFloat.add(cpu, r1, longRegister(cpu, r1), second, LONG, false);
    }

    /** SWR (RR): subtract unnormalized long register. */
    public static void subtractUnnormalizedLongRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longRegister(cpu, Fields.r2(instruction));
        HexFloat.add(cpu, r1, longRegister(cpu, r1), second ^ SIGN, LONG, false);
    }

    /** LPER (RR): load positive short register. */
    public static void loadPositiveShortRegister(Cpu cpu, long instruction) {
        loadWithSign(cpu, instruction, SHORT, SIGN, 0);
    }

    /** LNER (RR): load negative short register. */
    public static void loadNegativeShortRegister(Cpu cpu, long instruction) {
        loadWithSign(cpu, instruction, SHORT, SIGN, SIGN);
    }

    /** LTER (RR): load and test short register. */
    public static void loadAndTestShortRegister(Cpu cpu, long instruction) {
        loadWithSign(cpu, instruction, SHORT, 0, 0);
    }

    /** LCER (RR): load complement short register. */
    public static void loadComplementShortRegister(Cpu cpu, long instruction) {
        loadWithSign(cpu, instruction, SHORT, 0, SIGN);
    }

    /** HER (RR): halve short register. */
    public static void halveShortRegister(Cpu cpu, long instruction) {
        HexFloat.halve(cpu, register(Fields.r1(instruction)), shortRegister(cpu, Fields.r2(instruction)), SHORT);
    }

    /** LRER (RR): load rounded long to short register. */
    public static void loadRoundedLongToShortRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        HexFloat.round(cpu, r1, longRegister(cpu, Fields.r2(instruction)), 1L << 31, SHORT);
    }

    /** AXR (RR): add normalized extended register. */
    public static void addNormalizedExtendedRegister(Cpu cpu, long instruction) {
        addExtended(cpu, instruction, 0);
    }

    /** SXR (RR): subtract normalized extended register. */
    public static void subtractNormalizedExtendedRegister(Cpu cpu, long instruction) {
        addExtended(cpu, instruction, SIGN);
    }

    /** LER (RR): load short register. */
    public static void loadShortRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        HexFloat.store(cpu, r1, SHORT, shortRegister(cpu, Fields.r2(instruction)));
    }

    /** CER (RR): compare short register. */
    public static void compareShortRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortRegister(cpu, Fields.r2(instruction));
        HexFloat.compare(cpu, shortRegister(cpu, r1), second, SHORT);
    }

    /** AER (RR): add normalized short register. */
    public static void addNormalizedShortRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortRegister(cpu, Fields.r2(instruction));
        HexFloat.add(cpu, r1, shortRegister(cpu, r1), second, SHORT, true);
    }

    /** SER (RR): subtract normalized short register. */
    public static void subtractNormalizedShortRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortRegister(cpu, Fields.r2(instruction));
        HexFloat.add(cpu, r1, shortRegister(cpu, r1), second ^ SIGN, SHORT, true);
    }

    /** MER (RR): multiply short register. */
    public static void multiplyShortRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortRegister(cpu, Fields.r2(instruction));
        HexFloat.multiply(cpu, r1, shortRegister(cpu, r1), second, SHORT);
    }

    /** DER (RR): divide short register. */
    public static void divideShortRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortRegister(cpu, Fields.r2(instruction));
        HexFloat.divide(cpu, r1, shortRegister(cpu, r1), second, SHORT);
    }

    /** AUR (RR): add unnormalized short register. */
    public static void addUnnormalizedShortRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortRegister(cpu, Fields.r2(instruction));
        HexFloat.add(cpu, r1, shortRegister(cpu, r1), second, SHORT, false);
    }

    /** SUR (RR): subtract unnormalized short register. */
    public static void subtractUnnormalizedShortRegister(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortRegister(cpu, Fields.r2(instruction));
        HexFloat.add(cpu, r1, shortRegister(cpu, r1), second ^ SIGN, SHORT, false);
    }

    /** STD (RX): store long. */
    public static void storeLong(Cpu cpu, long instruction) {
        cpu.storeDoubleword(cpu.addressRx(instruction), longRegister(cpu, Fields.r1(instruction)));
    }

    /** MXD (RX): multiply long to extended. */
    public static void multiplyLongToExtended(Cpu cpu, long instruction) {
        int r1 = pair(Fields.r1(instruction));
        ExtendedHexFloat.multiplyLong(cpu, r1, cpu.fpr[r1 >> 1], longStorage(cpu, instruction));
    }

    /** LD (RX): load long. */
    public static void loadLong(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        HexFloat.store(cpu, r1, LONG, longStorage(cpu, instruction));
    }

    /** CD (RX): compare long. */
    public static void compareLong(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longStorage(cpu, instruction);
        HexFloat.compare(cpu, longRegister(cpu, r1), second, LONG);
    }

    /** AD (RX): add normalized long. */
    public static void addNormalizedLong(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longStorage(cpu, instruction);
        HexFloat.add(cpu, r1, longRegister(cpu, r1), second, LONG, true);
    }

    /** SD (RX): subtract normalized long. */
    public static void subtractNormalizedLong(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longStorage(cpu, instruction);
        HexFloat.add(cpu, r1, longRegister(cpu, r1), second ^ SIGN, LONG, true);
    }

    /** MD (RX): multiply long. */
    public static void multiplyLong(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longStorage(cpu, instruction);
        HexFloat.multiply(cpu, r1, longRegister(cpu, r1), second, LONG);
    }

    /** DD (RX): divide long. */
    public static void divideLong(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longStorage(cpu, instruction);
        HexFloat.divide(cpu, r1, longRegister(cpu, r1), second, LONG);
    }

    /** AW (RX): add unnormalized long. */
    public static void addUnnormalizedLong(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longStorage(cpu, instruction);
        HexFloat.add(cpu, r1, longRegister(cpu, r1), second, LONG, false);
    }

    /** SW (RX): subtract unnormalized long. */
    public static void subtractUnnormalizedLong(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = longStorage(cpu, instruction);
        HexFloat.add(cpu, r1, longRegister(cpu, r1), second ^ SIGN, LONG, false);
    }

    /** STE (RX): store short. */
    public static void storeShort(Cpu cpu, long instruction) {
        cpu.storeWord(cpu.addressRx(instruction), (int) (longRegister(cpu, Fields.r1(instruction)) >>> 32));
    }

    /** LE (RX): load short. */
    public static void loadShort(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        HexFloat.store(cpu, r1, SHORT, shortStorage(cpu, instruction));
    }

    /** CE (RX): compare short. */
    public static void compareShort(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortStorage(cpu, instruction);
        HexFloat.compare(cpu, shortRegister(cpu, r1), second, SHORT);
    }

    /** AE (RX): add normalized short. */
    public static void addNormalizedShort(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortStorage(cpu, instruction);
        HexFloat.add(cpu, r1, shortRegister(cpu, r1), second, SHORT, true);
    }

    /** SE (RX): subtract normalized short. */
    public static void subtractNormalizedShort(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortStorage(cpu, instruction);
        HexFloat.add(cpu, r1, shortRegister(cpu, r1), second ^ SIGN, SHORT, true);
    }

    /** ME (RX): multiply short. */
    public static void multiplyShort(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortStorage(cpu, instruction);
        HexFloat.multiply(cpu, r1, shortRegister(cpu, r1), second, SHORT);
    }

    /** DE (RX): divide short. */
    public static void divideShort(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortStorage(cpu, instruction);
        HexFloat.divide(cpu, r1, shortRegister(cpu, r1), second, SHORT);
    }

    /** AU (RX): add unnormalized short. */
    public static void addUnnormalizedShort(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortStorage(cpu, instruction);
        HexFloat.add(cpu, r1, shortRegister(cpu, r1), second, SHORT, false);
    }

    /** SU (RX): subtract unnormalized short. */
    public static void subtractUnnormalizedShort(Cpu cpu, long instruction) {
        int r1 = register(Fields.r1(instruction));
        long second = shortStorage(cpu, instruction);
        HexFloat.add(cpu, r1, shortRegister(cpu, r1), second ^ SIGN, SHORT, false);
    }

    // ---------------------------------------------------------------- operands

    /** A floating-point register number: 0, 2, 4 or 6, else a specification exception. */
    static int register(int r) {
        if ((r & 9) != 0) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        return r;
    }

    /** The first register of an extended pair: 0 or 4, else a specification exception. */
    static int pair(int r) {
        if (!ExtendedHexFloat.isPair(r)) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        return r;
    }

    private static long shortRegister(Cpu cpu, int r) {
        return cpu.fpr[register(r) >> 1] & HIGH;
    }

    private static long longRegister(Cpu cpu, int r) {
        return cpu.fpr[register(r) >> 1];
    }

    private static long shortStorage(Cpu cpu, long instruction) {
        return (long) cpu.fetchWord(cpu.addressRx(instruction)) << 32;
    }

    private static long longStorage(Cpu cpu, long instruction) {
        return cpu.fetchDoubleword(cpu.addressRx(instruction));
    }

    /** LOAD POSITIVE, NEGATIVE, AND TEST, COMPLEMENT: clear then flip the sign bit; CC from the result. */
    private static void loadWithSign(Cpu cpu, long instruction, int digits, long clear, long flip) {
        int r1 = register(Fields.r1(instruction));
        long operand = digits == SHORT ? shortRegister(cpu, Fields.r2(instruction)) : longRegister(cpu, Fields.r2(instruction));
        long result = (operand & ~clear) ^ flip;
        HexFloat.store(cpu, r1, digits, result);
        cpu.conditionCode = HexFloat.resultCode(result);
    }

    /** AXR and SXR: both operands are register pairs. */
    private static void addExtended(Cpu cpu, long instruction, long negate) {
        int r1 = pair(Fields.r1(instruction)) >> 1;
        int r2 = pair(Fields.r2(instruction)) >> 1;
        ExtendedHexFloat.add(cpu, r1 << 1, cpu.fpr[r1], cpu.fpr[r1 + 1], cpu.fpr[r2] ^ negate, cpu.fpr[r2 + 1]);
    }
}
