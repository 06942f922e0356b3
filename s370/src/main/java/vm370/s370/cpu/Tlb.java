package vm370.s370.cpu;

import java.util.Arrays;

/**
 * The CPU's translation-lookaside buffer, direct-mapped by logical 2K block (8,192 entries cover
 * 16M): for each block, the 4K frame that holds it and the block's offset in that frame, once for
 * fetches and once for stores. An entry exists only after translation, prefixing, the key check and
 * the reference (and, for stores, change) bit have been done, so a hit needs nothing more. It is
 * emptied as a whole whenever any of those inputs change (PSW key, DAT mode, CR0/CR1, prefix, keys,
 * frames, PTLB); it remembers which entries it filled, so emptying a lightly used buffer is cheap.
 *
 * <p>Its 128K of arrays exist only while the CPU uses them: until the first fill, and again after
 * {@link #release}, the fields point at one shared table that stays empty (nothing writes to it:
 * every write goes through a fill, which allocates first). So a CPU that waits, as thousands of
 * idle virtual machines do, costs no buffer. Owned by the CPU's thread.
 */
final class Tlb {

    static final int BLOCKS = 1 << 13;
    private static final int TRACKED = 128;

    /** The table every released buffer reads: all misses. Never written (see the class comment). */
    private static final byte[][] NO_FRAMES = new byte[BLOCKS][];
    private static final int[] NO_BASES = new int[BLOCKS];

    byte[][] fetchFrame = NO_FRAMES;
    int[] fetchBase = NO_BASES;
    /** The absolute 2K block number of each fetch entry: where the CPU's decoded instructions are kept. */
    int[] fetchBlock = NO_BASES;
    byte[][] storeFrame = NO_FRAMES;
    int[] storeBase = NO_BASES;
    /**
     * Store entries of blocks holding decoded instructions, kept apart so that the inline store
     * paths miss them: the CPU's checked path stores through them and reports each store.
     */
    byte[][] watchedStoreFrame = NO_FRAMES;
    /** The offset {@link Cpu#operandFrame} found: a second result without allocating. */
    int offset;
    private final int[] filled = new int[TRACKED];
    /** Entries filled since the last purge; more than {@link #TRACKED} means "purge everything". */
    private int filledCount;

    void fillFetch(int index, byte[] frame, int base, int absoluteBlock) {
        allocate();
        track(index);
        fetchFrame[index] = frame;
        fetchBase[index] = base;
        fetchBlock[index] = absoluteBlock;
    }

    void fillStore(int index, byte[] frame, int base) {
        allocate();
        track(index);
        storeFrame[index] = frame;
        storeBase[index] = base;
    }

    void fillWatchedStore(int index, byte[] frame, int base) {
        allocate();
        track(index);
        watchedStoreFrame[index] = frame;
        storeBase[index] = base;
    }

    private void track(int index) {
        if (filledCount < TRACKED) {
            filled[filledCount] = index;
        }
        filledCount++;
    }

    private void allocate() {
        if (fetchFrame == NO_FRAMES) {
            fetchFrame = new byte[BLOCKS][];
            fetchBase = new int[BLOCKS];
            fetchBlock = new int[BLOCKS];
            storeFrame = new byte[BLOCKS][];
            storeBase = new int[BLOCKS];
            watchedStoreFrame = new byte[BLOCKS][];
            filledCount = 0;
        }
    }

    /** Empties the buffer and gives its arrays back: the CPU will wait a while (an idle virtual machine). */
    void release() {
        fetchFrame = NO_FRAMES;
        fetchBase = NO_BASES;
        fetchBlock = NO_BASES;
        storeFrame = NO_FRAMES;
        storeBase = NO_BASES;
        watchedStoreFrame = NO_FRAMES;
        filledCount = 0;
    }

    void purge() {
        if (fetchFrame == NO_FRAMES) {
            return;
        }
        if (filledCount > TRACKED) {
            Arrays.fill(fetchFrame, null);
            Arrays.fill(storeFrame, null);
            Arrays.fill(watchedStoreFrame, null);
        } else {
            for (int i = 0; i < filledCount; i++) {
                fetchFrame[filled[i]] = null;
                storeFrame[filled[i]] = null;
                watchedStoreFrame[filled[i]] = null;
            }
        }
        filledCount = 0;
    }
}
