package vm370.s370.cpu;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Arrays;
import vm370.s370.isa.Decoder;
import vm370.s370.isa.Opcode;
import vm370.s370.isa.Semantics;

/**
 * The CPU's dispatch, derived once from {@link Opcode}: a {@link MethodHandles#tableSwitch} on the
 * first byte whose cases are the handlers bound from the table. Held in a constant, the JIT turns it
 * into a jump table with direct calls, which a call through the megamorphic {@link Semantics}
 * interface is not (measured: about a fifth faster on the benchmark loop). The table stays the one
 * source: nothing here names an instruction.
 */
final class DispatchTable {

    /** Decode classes of a first byte. */
    static final byte GENERAL = 0;
    static final byte PRIVILEGED = 1;
    static final byte TWO_BYTES = 2;
    static final byte UNASSIGNED = 3;

    /** (first byte, cpu, instruction) to the handler; the JIT folds the constant into a jump table. */
    static final MethodHandle HANDLERS = dispatchTable();

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

    private static MethodHandle dispatchTable() {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodHandle execute = lookup.findVirtual(Semantics.class, "execute",
                    MethodType.methodType(void.class, Cpu.class, long.class));
            MethodHandle twoBytes = lookup.findStatic(DispatchTable.class, "dispatchTwoBytes",
                    MethodType.methodType(void.class, int.class, Cpu.class, long.class));
            MethodHandle[] cases = new MethodHandle[256];
            Arrays.fill(cases, twoBytes);
            for (Opcode op : Opcode.values()) {
                if (!op.hasExtendedCode()) {
                    cases[op.code()] = MethodHandles.dropArguments(execute.bindTo(op.semantics()), 0, int.class);
                }
            }
            return MethodHandles.tableSwitch(twoBytes, cases);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The B2xx and 9Cxx-9Fxx instructions (already checked by the CPU): through the decoder. */
    private static void dispatchTwoBytes(int first, Cpu cpu, long instruction) {
        cpu.decoder.decode(instruction).semantics().execute(cpu, instruction);
    }
}
