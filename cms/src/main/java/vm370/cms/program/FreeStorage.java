package vm370.cms.program;

import java.util.Map;
import java.util.TreeMap;

/**
 * DMSFREE and DMSFRET: user free storage in doublewords, taken from the top of the virtual
 * machine's storage down towards the loaded program, first fit. CMS gives it all back when the
 * command that got it ends, so each program run starts with an empty allocator.
 * @vm370 DMSFRE
 */
final class FreeStorage {

    private static final int DOUBLEWORD = 8;

    /** Free blocks by address, with their lengths in bytes; neighbours are merged when freed. */
    private final TreeMap<Integer, Integer> free = new TreeMap<>();
    /** Blocks given out, by address, with their lengths in bytes. */
    private final Map<Integer, Integer> allocated = new java.util.HashMap<>();

    /** Free storage between {@code low} and {@code high} (rounded inwards to doublewords). */
    FreeStorage(int low, int high) {
        int from = (low + DOUBLEWORD - 1) & ~(DOUBLEWORD - 1);
        int to = high & ~(DOUBLEWORD - 1);
        if (to > from) {
            free.put(from, to - from);
        }
    }

    /** The address of {@code doublewords} doublewords, the highest block that fits; -1 when none does. */
    int allocate(int doublewords) {
        if (doublewords <= 0) {
            return -1;
        }
        long bytes = (long) doublewords * DOUBLEWORD;
        for (Map.Entry<Integer, Integer> block : free.descendingMap().entrySet()) {
            if (block.getValue() >= bytes) {
                int address = block.getKey() + block.getValue() - (int) bytes;
                if (block.getValue() == bytes) {
                    free.remove(block.getKey());
                } else {
                    free.put(block.getKey(), block.getValue() - (int) bytes);
                }
                allocated.put(address, (int) bytes);
                return address;
            }
        }
        return -1;
    }

    /** Gives back a block; false when no block of this address and size was given out. */
    boolean release(int address, int doublewords) {
        Integer given = allocated.get(address);
        if (given == null || doublewords <= 0 || given != (long) doublewords * DOUBLEWORD) {
            return false;
        }
        allocated.remove(address);
        int bytes = given;
        Map.Entry<Integer, Integer> below = free.lowerEntry(address);
        Map.Entry<Integer, Integer> above = free.higherEntry(address);
        int start = address;
        int length = bytes;
        if (below != null && below.getKey() + below.getValue() == address) {
            start = below.getKey();
            length += below.getValue();
            free.remove(below.getKey());
        }
        if (above != null && address + bytes == above.getKey()) {
            length += above.getValue();
            free.remove(above.getKey());
        }
        free.put(start, length);
        return true;
    }
}
