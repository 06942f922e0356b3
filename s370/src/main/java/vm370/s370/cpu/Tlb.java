package vm370.s370.cpu;

import java.util.Arrays;

/**
 * The CPU's translation-lookaside buffer, direct-mapped by logical 2K block (8,192 entries cover
 * 16M): for each block, the 4K frame that holds it and the block's offset in that frame, once for
 * fetches and once for stores. An entry exists only after translation, prefixing, the key check and
 * the reference (and, for stores, change) bit have been done, so a hit needs nothing more. It is
 * emptied as a whole whenever any of those inputs change (PSW key, DAT mode, CR0/CR1, prefix, keys,
 * frames, PTLB); it remembers which entries it filled, so emptying a lightly used buffer is cheap.
 * Owned by the CPU's thread.
 */
final class Tlb {

    static final int BLOCKS = 1 << 13;
    private static final int TRACKED = 128;

    final byte[][] fetchFrame = new byte[BLOCKS][];
    final int[] fetchBase = new int[BLOCKS];
    final byte[][] storeFrame = new byte[BLOCKS][];
    final int[] storeBase = new int[BLOCKS];
    /** The offset {@link Cpu#operandFrame} found: a second result without allocating. */
    int offset;
    private final int[] filled = new int[TRACKED];
    /** Entries filled since the last purge; more than {@link #TRACKED} means "purge everything". */
    private int filledCount;

    void fillFetch(int index, byte[] frame, int base) {
        track(index);
        fetchFrame[index] = frame;
        fetchBase[index] = base;
    }

    void fillStore(int index, byte[] frame, int base) {
        track(index);
        storeFrame[index] = frame;
        storeBase[index] = base;
    }

    private void track(int index) {
        if (filledCount < TRACKED) {
            filled[filledCount] = index;
        }
        filledCount++;
    }

    void purge() {
        if (filledCount > TRACKED) {
            Arrays.fill(fetchFrame, null);
            Arrays.fill(storeFrame, null);
        } else {
            for (int i = 0; i < filledCount; i++) {
                fetchFrame[filled[i]] = null;
                storeFrame[filled[i]] = null;
            }
        }
        filledCount = 0;
    }
}
