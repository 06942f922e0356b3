package vm370.s370.isa;

import java.util.Arrays;

/**
 * Machine code built instruction by instruction from the {@link Opcode} table (through
 * {@link Format#encode}), for the CPU benchmark and for tests that need a few instructions without
 * the assembler. Addresses are those the bytes will have when loaded at the origin.
 */
public final class CodeBuffer {

    private final int origin;
    private byte[] bytes = new byte[256];
    private int size;

    public CodeBuffer(int origin) {
        this.origin = origin;
    }

    /** The address the next byte will have. */
    public int here() {
        return origin + size;
    }

    public int origin() {
        return origin;
    }

    /** Appends one instruction. */
    public CodeBuffer emit(Opcode opcode, Operands operands) {
        long encoded = opcode.format().encode(opcode, operands);
        int length = opcode.format().length();
        for (int i = 0; i < length; i++) {
            put((int) (encoded >>> (40 - 8 * i)));
        }
        return this;
    }

    /** RR: R1 (or mask), R2. */
    public CodeBuffer rr(Opcode opcode, int r1, int r2) {
        return emit(opcode, opcode.format() == Format.RR1 ? new Operands.R(r1)
                : opcode.format() == Format.I ? new Operands.I(r1) : new Operands.Rr(r1, r2));
    }

    /** RX: R1, D2(X2,B2). */
    public CodeBuffer rx(Opcode opcode, int r1, int d2, int x2, int b2) {
        return emit(opcode, new Operands.Rx(r1, x2, b2, d2));
    }

    /** RS: R1, R3, D2(B2) (R3 ignored by the shifts). */
    public CodeBuffer rs(Opcode opcode, int r1, int r3, int d2, int b2) {
        return emit(opcode, new Operands.Rs(r1, opcode.format() == Format.RS2 ? 0 : r3, b2, d2));
    }

    /** SI: D1(B1), I2. */
    public CodeBuffer si(Opcode opcode, int d1, int b1, int i2) {
        return emit(opcode, new Operands.Si(b1, d1, opcode.format() == Format.SI1 ? 0 : i2));
    }

    /** S: D2(B2); S0 when the format has no operand. */
    public CodeBuffer s(Opcode opcode, int d2, int b2) {
        return emit(opcode, opcode.format() == Format.S0 ? new Operands.None() : new Operands.S(b2, d2));
    }

    /** SS with one length: D1(L,B1), D2(B2), the length as written (1-256). */
    public CodeBuffer ss(Opcode opcode, int length, int d1, int b1, int d2, int b2) {
        return emit(opcode, new Operands.Ss1(length - 1, b1, d1, b2, d2));
    }

    /** SS with two lengths as written (1-16). */
    public CodeBuffer ss2(Opcode opcode, int length1, int d1, int b1, int length2, int d2, int b2) {
        return emit(opcode, new Operands.Ss2(length1 - 1, length2 - 1, b1, d1, b2, d2));
    }

    /** Appends raw halfwords (data, or deliberately invalid instructions). */
    public CodeBuffer halfwords(int... values) {
        for (int v : values) {
            put(v >>> 8);
            put(v);
        }
        return this;
    }

    /** Appends a fullword. */
    public CodeBuffer word(int value) {
        return halfwords(value >>> 16, value & 0xFFFF);
    }

    /** Appends a doubleword. */
    public CodeBuffer doubleword(long value) {
        return word((int) (value >>> 32)).word((int) value);
    }

    /** Appends zero bytes up to the next multiple of {@code boundary} (relative to address 0). */
    public CodeBuffer align(int boundary) {
        while (here() % boundary != 0) {
            put(0);
        }
        return this;
    }

    /** Appends {@code count} copies of a byte. */
    public CodeBuffer fill(int count, int value) {
        for (int i = 0; i < count; i++) {
            put(value);
        }
        return this;
    }

    public byte[] toBytes() {
        return Arrays.copyOf(bytes, size);
    }

    private void put(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }
}
