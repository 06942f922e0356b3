package vm370.s370.cpu;

import java.util.Arrays;

/**
 * The CPU's translation-lookaside buffer, direct-mapped by logical 2K block (8,192 entries cover
 * 16M): for each block, the 4K frame that holds it and the block's offset in that frame, once for
 * fetches and once for stores. An entry exists only after translation, prefixing, the key check and
 * the reference (and, for stores, change) bit have been done, so a hit needs nothing more. It is
 * emptied as a whole whenever any of those inputs change (PSW key, DAT mode, CR0/CR1, prefix, keys,
 * frames, PTLB). Owned by the CPU's thread.
 */
final class Tlb {

    static final int BLOCKS = 1 << 13;

    final byte[][] fetchFrame = new byte[BLOCKS][];
    final int[] fetchBase = new int[BLOCKS];
    final byte[][] storeFrame = new byte[BLOCKS][];
    final int[] storeBase = new int[BLOCKS];
    /** The offset {@link Cpu#operandFrame} found: a second result without allocating. */
    int offset;

    void purge() {
        Arrays.fill(fetchFrame, null);
        Arrays.fill(storeFrame, null);
    }
}
