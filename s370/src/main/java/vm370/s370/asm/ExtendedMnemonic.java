package vm370.s370.asm;

import java.util.HashMap;
import java.util.Map;
import vm370.s370.isa.Opcode;

/**
 * The branch extended mnemonics (HLASM Language Reference, "Branching with extended mnemonic
 * codes"): BC or BCR with the mask already filled in; the source gives only the remaining operand.
 */
record ExtendedMnemonic(String name, Opcode base, int mask) implements Operation {

    /** Condition suffixes and their masks: after compare (H L E NH NL NE), arithmetic (P M Z O NP NM NZ NO). */
    private static final String[] SUFFIXES = {"H", "L", "E", "NH", "NL", "NE", "P", "M", "Z", "O", "NP", "NM", "NZ", "NO"};
    private static final int[] MASKS = {2, 4, 8, 13, 11, 7, 2, 4, 8, 1, 13, 11, 7, 14};

    /** Every extended mnemonic by name, derived from the suffix table. */
    static final Map<String, ExtendedMnemonic> ALL = derive();

    private static Map<String, ExtendedMnemonic> derive() {
        Map<String, ExtendedMnemonic> all = new HashMap<>();
        add(all, "B", 15);
        add(all, "NOP", 0);
        for (int k = 0; k < SUFFIXES.length; k++) {
            add(all, "B" + SUFFIXES[k], MASKS[k]);
        }
        return Map.copyOf(all);
    }

    private static void add(Map<String, ExtendedMnemonic> all, String name, int mask) {
        all.put(name, new ExtendedMnemonic(name, Opcode.BC, mask));
        all.put(name + "R", new ExtendedMnemonic(name + "R", Opcode.BCR, mask));
    }
}
