package vm370.s370.asm;

import java.util.HashMap;
import java.util.Map;
import vm370.s370.isa.Opcode;

/**
 * The assembler instructions of ordinary assembly (HLASM Language Reference, "Assembler
 * instruction statements"); the macro language's are in {@link MacroProcessor}.
 */
enum Directive implements Operation {
    DC, DS, EQU, ORG, CSECT, DSECT, START, END, USING, DROP, ENTRY, EXTRN, WXTRN, CNOP, LTORG,
    PRINT, TITLE, EJECT, SPACE;

    /** Every operation the ordinary assembler knows: an {@link Opcode}, an {@link ExtendedMnemonic} or a Directive. */
    private static final Map<String, Operation> OPERATIONS = operations();

    private static Map<String, Operation> operations() {
        Map<String, Operation> all = new HashMap<>();
        for (Opcode opcode : Opcode.values()) {
            all.put(opcode.mnemonic(), new Operation.Machine(opcode));
        }
        all.putAll(ExtendedMnemonic.ALL);
        for (Directive directive : values()) {
            all.put(directive.name(), directive);
        }
        return Map.copyOf(all);
    }

    /** The operation named, or null when it is none of these (a macro, or undefined). */
    static Operation operation(String name) {
        return OPERATIONS.get(name);
    }
}
