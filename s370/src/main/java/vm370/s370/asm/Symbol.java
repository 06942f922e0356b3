package vm370.s370.asm;

import java.util.Arrays;

/**
 * An ordinary symbol: its value (absolute, or an offset in a section, or an external), its length
 * and type attributes, and the statements that define and reference it for the cross-reference.
 */
final class Symbol {

    final String name;
    /** The section it is relative to; null when absolute or external. */
    Section section;
    ExternalSymbol external;
    int offset;
    int length = 1;
    char type = 'U';
    int definedAt;
    private int[] references = new int[2];
    private int referenceCount;

    Symbol(String name) {
        this.name = name;
    }

    boolean defined() {
        return definedAt != 0;
    }

    int value() {
        return section == null ? offset : section.origin + offset;
    }

    int relocationId() {
        if (section != null) {
            return section.relocationId;
        }
        return external == null ? 0 : external.relocationId;
    }

    void reference(int statement) {
        if (referenceCount > 0 && references[referenceCount - 1] == statement) {
            return;
        }
        if (referenceCount == references.length) {
            references = Arrays.copyOf(references, referenceCount * 2);
        }
        references[referenceCount++] = statement;
    }

    int[] references() {
        return Arrays.copyOf(references, referenceCount);
    }
}
