package vm370.s370.asm;

/**
 * One relocation dictionary entry: the adcon at {@code address} in the section {@code positionEsdId}
 * is relocated by the symbol {@code relocationEsdId}. Flags as on the RLD card: type in bits 0-3
 * (0 A, 1 V), length - 1 in bits 4-5, bit 6 set for subtraction.
 */
record Relocation(int relocationEsdId, int positionEsdId, int flags, int address) {

    static int flags(boolean vType, int length, boolean negative) {
        return (vType ? 0x10 : 0) | (length - 1) << 2 | (negative ? 0x02 : 0);
    }
}
