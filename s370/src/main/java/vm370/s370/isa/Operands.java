package vm370.s370.isa;

/**
 * An instruction's operand fields, one record per {@link Format}, as the assembler and the
 * disassembler see them. Length fields hold the encoded value (the length minus one), as in the
 * instruction. The CPU does not use these: it reads fields straight from the bits with {@link Fields}.
 */
public sealed interface Operands {

    /** RR: two registers, or a mask and a register (BCR). */
    record Rr(int r1, int r2) implements Operands { }

    /** RR with only R1 (SPM). */
    record R(int r1) implements Operands { }

    /** An 8-bit immediate in the RR slot (SVC). */
    record I(int immediate) implements Operands { }

    /** RX: R1 (or a mask), and the address D2(X2,B2). */
    record Rx(int r1, int x2, int b2, int d2) implements Operands { }

    /** RS: R1, R3 (or a mask, for ICM/STCM/CLM) and D2(B2); the shifts have no R3 (it is 0). */
    record Rs(int r1, int r3, int b2, int d2) implements Operands { }

    /** SI: D1(B1) and an immediate byte; 0 for the forms without one. */
    record Si(int b1, int d1, int i2) implements Operands { }

    /** S: D2(B2) after a two-byte operation code. */
    record S(int b2, int d2) implements Operands { }

    /** No operands (PTLB). */
    record None() implements Operands { }

    /** SS with one length: D1(L,B1),D2(B2). */
    record Ss1(int length, int b1, int d1, int b2, int d2) implements Operands { }

    /** SS with two lengths: D1(L1,B1),D2(L2,B2). */
    record Ss2(int length1, int length2, int b1, int d1, int b2, int d2) implements Operands { }

    /** SS with a length and an immediate digit (SRP): D1(L1,B1),D2(B2),I3. */
    record Ssi(int length1, int i3, int b1, int d1, int b2, int d2) implements Operands { }
}
