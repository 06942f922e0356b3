package vm370.s370.isa;

import static vm370.s370.isa.Fields.b;
import static vm370.s370.isa.Fields.byte1;
import static vm370.s370.isa.Fields.d;
import static vm370.s370.isa.Fields.r1;
import static vm370.s370.isa.Fields.r2;
import static vm370.s370.isa.Fields.ssB2;
import static vm370.s370.isa.Fields.ssD2;

import java.util.List;

/**
 * Instruction formats: where each field sits. An instruction is held as a {@code long} with its
 * bytes left-aligned in the low 48 bits (byte 0 in bits 47-40), whatever its length; this class
 * turns such bits into {@link Operands}, back again, and into assembler text.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Instruction Formats"</a>
 */
public enum Format {
    /** R1,R2 (or M1,R2). */
    RR(2),
    /** R1 alone. */
    RR1(2),
    /** An 8-bit immediate in the second byte (SVC). */
    I(2),
    /** R1,D2(X2,B2). */
    RX(4),
    /** R1,R3,D2(B2) (or R1,M3,D2(B2)). */
    RS(4),
    /** R1,D2(B2): the shifts, whose R3 field is ignored. */
    RS2(4),
    /** D1(B1),I2. */
    SI(4),
    /** D1(B1): SI instructions without an immediate operand. */
    SI1(4),
    /** D2(B2) after a two-byte operation code. */
    S(4),
    /** A two-byte operation code and no operand. */
    S0(4),
    /** D1(L,B1),D2(B2). */
    SS1(6),
    /** D1(L1,B1),D2(L2,B2). */
    SS2(6),
    /** D1(L1,B1),D2(B2),I3 (SRP). */
    SSI(6);

    /** How one operand of a format is written in assembler source; the assembler parses by this. */
    public enum OperandSyntax {
        /** A register or a mask: an absolute expression 0-15. */
        REGISTER,
        /** An immediate byte (SI's I2, SVC's I) or SRP's rounding digit. */
        IMMEDIATE,
        /** D(B), or an implicit address. */
        ADDRESS,
        /** D(X,B), or an implicit address with an optional index. */
        INDEXED_ADDRESS,
        /** D(L,B), or an implicit address with an optional length. */
        LENGTH_ADDRESS
    }

    private final int length;

    Format(int length) {
        this.length = length;
    }

    /** The operands of this format in source order, as the assembler parses them. */
    public List<OperandSyntax> syntax() {
        return switch (this) {
            case RR -> List.of(OperandSyntax.REGISTER, OperandSyntax.REGISTER);
            case RR1 -> List.of(OperandSyntax.REGISTER);
            case I -> List.of(OperandSyntax.IMMEDIATE);
            case RX -> List.of(OperandSyntax.REGISTER, OperandSyntax.INDEXED_ADDRESS);
            case RS -> List.of(OperandSyntax.REGISTER, OperandSyntax.REGISTER, OperandSyntax.ADDRESS);
            case RS2 -> List.of(OperandSyntax.REGISTER, OperandSyntax.ADDRESS);
            case SI -> List.of(OperandSyntax.ADDRESS, OperandSyntax.IMMEDIATE);
            case SI1, S -> List.of(OperandSyntax.ADDRESS);
            case S0 -> List.of();
            case SS1 -> List.of(OperandSyntax.LENGTH_ADDRESS, OperandSyntax.ADDRESS);
            case SS2 -> List.of(OperandSyntax.LENGTH_ADDRESS, OperandSyntax.LENGTH_ADDRESS);
            case SSI -> List.of(OperandSyntax.LENGTH_ADDRESS, OperandSyntax.ADDRESS, OperandSyntax.IMMEDIATE);
        };
    }

    /** The instruction's length in bytes. */
    public int length() {
        return length;
    }

    /** The operand fields of an instruction of this format, held left-aligned in 48 bits. */
    public Operands decode(long i) {
        return switch (this) {
            case RR -> new Operands.Rr(r1(i), r2(i));
            case RR1 -> new Operands.R(r1(i));
            case I -> new Operands.I(byte1(i));
            case RX -> new Operands.Rx(r1(i), r2(i), b(i), d(i));
            case RS -> new Operands.Rs(r1(i), r2(i), b(i), d(i));
            case RS2 -> new Operands.Rs(r1(i), 0, b(i), d(i));
            case SI -> new Operands.Si(b(i), d(i), byte1(i));
            case SI1 -> new Operands.Si(b(i), d(i), 0);
            case S -> new Operands.S(b(i), d(i));
            case S0 -> new Operands.None();
            case SS1 -> new Operands.Ss1(byte1(i), b(i), d(i), ssB2(i), ssD2(i));
            case SS2 -> new Operands.Ss2(r1(i), r2(i), b(i), d(i), ssB2(i), ssD2(i));
            case SSI -> new Operands.Ssi(r1(i), r2(i), b(i), d(i), ssB2(i), ssD2(i));
        };
    }

    /**
     * The whole instruction, left-aligned in 48 bits: the operation code and these operands.
     * @throws IllegalArgumentException when the operands are not of this format or a field overflows
     */
    public long encode(Opcode opcode, Operands operands) {
        long op = opcode.hasExtendedCode() ? (long) opcode.code() << 32 : (long) opcode.code() << 40;
        return op | switch (operands) {
            case Operands.Rr o when this == RR -> nibbles(o.r1(), o.r2());
            case Operands.R o when this == RR1 -> nibbles(o.r1(), 0);
            case Operands.I o when this == I -> field(o.immediate(), 0xFF) << 32;
            case Operands.Rx o when this == RX -> nibbles(o.r1(), o.x2()) | address(o.b2(), o.d2());
            case Operands.Rs o when this == RS || this == RS2 -> nibbles(o.r1(), o.r3()) | address(o.b2(), o.d2());
            case Operands.Si o when this == SI || this == SI1 -> field(o.i2(), 0xFF) << 32 | address(o.b1(), o.d1());
            case Operands.S o when this == S -> address(o.b2(), o.d2());
            case Operands.None o when this == S0 -> 0L;
            case Operands.Ss1 o when this == SS1 ->
                    field(o.length(), 0xFF) << 32 | address(o.b1(), o.d1()) | address(o.b2(), o.d2()) >>> 16;
            case Operands.Ss2 o when this == SS2 ->
                    nibbles(o.length1(), o.length2()) | address(o.b1(), o.d1()) | address(o.b2(), o.d2()) >>> 16;
            case Operands.Ssi o when this == SSI ->
                    nibbles(o.length1(), o.i3()) | address(o.b1(), o.d1()) | address(o.b2(), o.d2()) >>> 16;
            default -> throw new IllegalArgumentException(
                    "operands: " + operands + " (expected: the operands of format " + this + ")");
        };
    }

    /** The operands as assembler source writes them, such as {@code 1,8(2,13)}; lengths as written (field + 1). */
    public String render(long i) {
        return switch (this) {
            case RR -> r1(i) + "," + r2(i);
            case RR1 -> Integer.toString(r1(i));
            case I -> Integer.toString(byte1(i));
            case RX -> r1(i) + "," + storage(d(i), r2(i), b(i));
            case RS -> r1(i) + "," + r2(i) + "," + storage(d(i), 0, b(i));
            case RS2 -> r1(i) + "," + storage(d(i), 0, b(i));
            case SI -> storage(d(i), 0, b(i)) + "," + byte1(i);
            case SI1, S -> storage(d(i), 0, b(i));
            case S0 -> "";
            case SS1 -> lengthStorage(d(i), byte1(i) + 1, b(i)) + "," + storage(ssD2(i), 0, ssB2(i));
            case SS2 -> lengthStorage(d(i), r1(i) + 1, b(i)) + "," + lengthStorage(ssD2(i), r2(i) + 1, ssB2(i));
            case SSI -> lengthStorage(d(i), r1(i) + 1, b(i)) + "," + storage(ssD2(i), 0, ssB2(i)) + "," + r2(i);
        };
    }

    private static long nibbles(int high, int low) {
        return (field(high, 0xF) << 4 | field(low, 0xF)) << 32;
    }

    private static long address(int base, int displacement) {
        return (field(base, 0xF) << 12 | field(displacement, 0xFFF)) << 16;
    }

    private static long field(int value, int mask) {
        if ((value & ~mask) != 0) {
            throw new IllegalArgumentException("field value: " + value + " (expected: 0 to " + mask + ")");
        }
        return value;
    }

    /** D(X,B) with the empty parts left out as assembler source does: {@code 8}, {@code 8(,13)}, {@code 8(2)}. */
    private static String storage(int displacement, int index, int base) {
        if (index == 0 && base == 0) {
            return Integer.toString(displacement);
        }
        if (index == 0) {
            return displacement + "(," + base + ")";
        }
        return displacement + "(" + index + (base == 0 ? "" : "," + base) + ")";
    }

    private static String lengthStorage(int displacement, int length, int base) {
        return displacement + "(" + length + (base == 0 ? "" : "," + base) + ")";
    }
}
