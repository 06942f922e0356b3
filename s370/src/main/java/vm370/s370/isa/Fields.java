package vm370.s370.isa;

/**
 * Field extraction from an instruction held left-aligned in 48 bits: byte 0 (the operation code)
 * in bits 47-40, byte 1 in 39-32, and so on. All methods are tiny and static so the JIT inlines them.
 */
public final class Fields {

    private Fields() {
    }

    /** R1, M1, or L1 of SS2: bits 8-11 of the instruction. */
    public static int r1(long i) {
        return (int) (i >>> 36) & 0xF;
    }

    /** R2, X2, R3, M3, or L2 of SS2: bits 12-15. */
    public static int r2(long i) {
        return (int) (i >>> 32) & 0xF;
    }

    /** The byte in bits 8-15: the I2 of SI, the L of SS1, the I of SVC. */
    public static int byte1(long i) {
        return (int) (i >>> 32) & 0xFF;
    }

    /** The base register at bits 16-19: B2 of RX, RS and S; B1 of SI and SS. */
    public static int b(long i) {
        return (int) (i >>> 28) & 0xF;
    }

    /** The displacement at bits 20-31: D2 of RX, RS and S; D1 of SI and SS. */
    public static int d(long i) {
        return (int) (i >>> 16) & 0xFFF;
    }

    /** B2 of SS: bits 32-35. */
    public static int ssB2(long i) {
        return (int) (i >>> 12) & 0xF;
    }

    /** D2 of SS: bits 36-47. */
    public static int ssD2(long i) {
        return (int) i & 0xFFF;
    }

    /** The second byte of a two-byte operation code (B2xx, 9Cxx-9Fxx). */
    public static int extendedCode(long i) {
        return (int) (i >>> 32) & 0xFF;
    }

    /** The instruction's length in bytes, from the first two bits of its operation code. */
    public static int length(int firstByte) {
        return switch (firstByte >>> 6) {
            case 0 -> 2;
            case 1, 2 -> 4;
            default -> 6;
        };
    }
}
