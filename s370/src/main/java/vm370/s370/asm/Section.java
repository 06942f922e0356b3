package vm370.s370.asm;

/**
 * A control section (CSECT, START, private code) or a dummy section (DSECT) with its own
 * location counter. Offsets are kept relative to the section; after pass 1 each control section
 * gets its origin in the assembly's address space, and addresses are origin + offset.
 */
final class Section implements Relocatable {

    final String name;
    final boolean dummy;
    /** The relocation id that expressions carry for this section. */
    final int relocationId;
    /** The external symbol dictionary id; 0 for a dummy section. */
    int esdId;
    int origin;
    /** The location counter, and the highest offset reached. */
    int location;
    int highWater;

    Section(String name, boolean dummy, int relocationId) {
        this.name = name;
        this.dummy = dummy;
        this.relocationId = relocationId;
    }

    void advance(int bytes) {
        location += bytes;
        if (location > highWater) {
            highWater = location;
        }
    }

    int length() {
        return highWater;
    }
}
