package vm370.s370.cpu;

import java.util.Arrays;
import vm370.s370.isa.Decoder;
import vm370.s370.isa.Opcode;
import vm370.s370.isa.Semantics;

/**
 * The CPU's dispatch, derived once from {@link Opcode}: the handler of each first byte in an array,
 * called through {@link Semantics}. Measured under load against a {@code MethodHandles.tableSwitch}
 * of the same handlers: as fast once compiled, and fast from the start, where the table switch
 * waited many seconds for the JIT to compile one method with every handler inlined (calling
 * through slow method-handle linkage meanwhile). The table stays the one source: nothing here
 * names an instruction.
 */
final class DispatchTable {

    /** Decode classes of a first byte. */
    static final byte GENERAL = 0;
    static final byte PRIVILEGED = 1;
    static final byte TWO_BYTES = 2;
    static final byte UNASSIGNED = 3;

    /** The handler of each first byte; the B2xx and 9Cxx-9Fxx instructions go through the decoder. */
    static final Semantics[] HANDLERS = handlers();

    private DispatchTable() {
    }

    /** How each first byte decodes on this CPU's model: general, privileged, two-byte, or unassigned. */
    static byte[] decodeClasses(Decoder decoder) {
        byte[] classes = new byte[256];
        for (int first = 0; first < 256; first++) {
            boolean twoBytes = first == 0xB2 || first >= 0x9C && first <= 0x9F;
            Opcode op = twoBytes ? null : decoder.decode((long) first << 40);
            classes[first] = twoBytes ? TWO_BYTES
                    : op == null ? UNASSIGNED : op.isPrivileged() ? PRIVILEGED : GENERAL;
        }
        return classes;
    }

    private static Semantics[] handlers() {
        Semantics[] all = new Semantics[256];
        Arrays.fill(all, (Semantics) DispatchTable::dispatchTwoBytes);
        for (Opcode op : Opcode.values()) {
            if (!op.hasExtendedCode()) {
                all[op.code()] = op.semantics();
            }
        }
        return all;
    }

    /** The B2xx and 9Cxx-9Fxx instructions (already checked by the CPU): through the decoder. */
    private static void dispatchTwoBytes(Cpu cpu, long instruction) {
        cpu.decoder.decode(instruction).semantics().execute(cpu, instruction);
    }
}
