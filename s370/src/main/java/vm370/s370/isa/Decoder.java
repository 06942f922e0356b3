package vm370.s370.isa;

import java.util.EnumSet;
import java.util.Set;

/**
 * Finds the {@link Opcode} of an instruction on a CPU model with a given set of features. Its tables
 * are derived once from {@code Opcode}: one for the first byte, one for the second byte of B2xx, and
 * one for 9Cxx-9Fxx, where only bit 15 tells the two instructions of each first byte apart. An
 * instruction of a feature the model lacks decodes as unassigned (an operation exception). A
 * duplicate operation code fails here, at construction, rather than silently shadowing another.
 */
public final class Decoder {

    /** Every feature except direct control (RDD/WRD), which a bare machine has no lines for. */
    public static final Set<Feature> STANDARD_FEATURES = EnumSet.complementOf(EnumSet.of(Feature.DIRECT_CONTROL));

    /** The decoder for the standard model; immutable, shared by every CPU of that model. */
    public static final Decoder STANDARD = new Decoder(STANDARD_FEATURES);

    /** Every instruction of the table, whatever the model: what the disassembler reads. */
    public static final Decoder ALL = new Decoder(EnumSet.allOf(Feature.class));

    private final Opcode[] primary = new Opcode[256];
    private final Opcode[] extendedB2 = new Opcode[256];
    private final Opcode[] inputOutput = new Opcode[8];

    public Decoder(Set<Feature> features) {
        for (Opcode op : Opcode.values()) {
            if (!features.contains(op.feature())) {
                continue;
            }
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

    /** The instruction's opcode, or null when the operation code is not assigned on this model. */
    public Opcode decode(long instruction) {
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
