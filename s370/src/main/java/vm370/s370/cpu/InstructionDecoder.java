package vm370.s370.cpu;

import vm370.s370.isa.Fields;
import vm370.s370.isa.Opcode;

/**
 * Finds the {@link Opcode} of an instruction. Its tables are derived once from {@code Opcode}: one
 * for the first byte, one for the second byte of B2xx, and one for 9Cxx-9Fxx, where only bit 15
 * tells the two instructions of each first byte apart. A duplicate operation code fails here, at
 * class initialization, rather than silently shadowing another instruction.
 */
final class InstructionDecoder {

    /** The decoder for the full S/370 instruction set; immutable, shared by every CPU. */
    static final InstructionDecoder STANDARD = new InstructionDecoder();

    private final Opcode[] primary = new Opcode[256];
    private final Opcode[] extendedB2 = new Opcode[256];
    private final Opcode[] inputOutput = new Opcode[8];

    private InstructionDecoder() {
        for (Opcode op : Opcode.values()) {
            int code = op.code();
            if (code >>> 8 == 0xB2) {
                put(extendedB2, code & 0xFF, op);
            } else if (code >>> 8 >= 0x9C && code >>> 8 <= 0x9F) {
                put(inputOutput, ioIndex(code >>> 8, code & 0xFF), op);
            } else {
                put(primary, code, op);
            }
        }
    }

    private static void put(Opcode[] table, int index, Opcode op) {
        if (table[index] != null) {
            throw new IllegalStateException("operation code of " + op + " already used by " + table[index]);
        }
        table[index] = op;
    }

    private static int ioIndex(int first, int second) {
        return (first - 0x9C) << 1 | second & 1;
    }

    /** The instruction's opcode, or null when the operation code is not assigned. */
    Opcode decode(long instruction) {
        int first = (int) (instruction >>> 40) & 0xFF;
        if (first == 0xB2) {
            return extendedB2[Fields.extendedCode(instruction)];
        }
        if (first >= 0x9C && first <= 0x9F) {
            return inputOutput[ioIndex(first, Fields.extendedCode(instruction))];
        }
        return primary[first];
    }
}
