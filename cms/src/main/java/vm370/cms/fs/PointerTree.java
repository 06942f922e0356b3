package vm370.cms.fs;

import java.io.IOException;
import java.util.Arrays;
import vm370.s370.storage.BigEndian;

/**
 * The pointer blocks above a file's data blocks (cms-edf.md §3.2): level-1 entries point at data
 * blocks in order, higher levels at pointer blocks, fan-out B/PTRSZ. F entries are a 4-byte block
 * number (0 = null block, read as zeros); V entries are {block, last record, first header
 * displacement or X'FFFFFFFF'} and the last word of a V pointer block is the offset of its last entry.
 */
final class PointerTree {

    private PointerTree() {
    }

    /** The root of a built tree: FSTFOP and FSTNLVL. */
    record Root(int firstPointer, int levels) {
    }

    /** Pointer blocks a file of {@code dataBlocks} blocks needs at most. */
    static int pointerBlocks(int dataBlocks, int fanout) {
        int total = 0;
        int count = dataBlocks;
        while (count > 1) {
            count = (count + fanout - 1) / fanout;
            total += count;
        }
        return total;
    }

    static int fanout(int blockSize, RecordFormat format) {
        return blockSize / format.pointerSize();
    }

    /**
     * Writes the pointer blocks for {@code data} into newly allocated blocks, whose numbers are added
     * to {@code written}; the caller has made sure {@link #pointerBlocks} blocks are free.
     */
    static Root build(BlockList data, RecordFormat format, BlockDevice device, AllocationMap map, BlockList written)
            throws IOException {
        int count = data.size();
        if (count == 1) {
            return new Root(data.block(0), 0);
        }
        int blockSize = device.blockSize();
        int fanout = fanout(blockSize, format);
        byte[] scratch = new byte[blockSize];
        BlockList level = data;
        int levels = 0;
        while (count > 1) {
            BlockList parent = new BlockList();
            for (int from = 0; from < count; from += fanout) {
                int to = Math.min(count, from + fanout);
                int block = allNull(level, from, to) ? 0 : writePointerBlock(level, from, to, format, device, map,
                        scratch);
                if (block != 0) {
                    written.add(block, 0, 0);
                }
                parent.add(block, level.lastRecord(to - 1), level.firstHeader(from));
            }
            level = parent;
            count = parent.size();
            levels++;
        }
        return new Root(level.block(0), levels);
    }

    private static boolean allNull(BlockList level, int from, int to) {
        for (int i = from; i < to; i++) {
            if (level.block(i) != 0) {
                return false;
            }
        }
        return true;
    }

    private static int writePointerBlock(BlockList level, int from, int to, RecordFormat format, BlockDevice device,
            AllocationMap map, byte[] scratch) throws IOException {
        Arrays.fill(scratch, (byte) 0);
        int size = format.pointerSize();
        for (int i = from; i < to; i++) {
            int at = (i - from) * size;
            BigEndian.putWord(scratch, at, level.block(i));
            if (format == RecordFormat.V) {
                BigEndian.putWord(scratch, at + 4, level.lastRecord(i));
                BigEndian.putWord(scratch, at + 8, level.firstHeader(i));
            }
        }
        if (format == RecordFormat.V) {
            BigEndian.putWord(scratch, scratch.length - 4, (to - from - 1) * size);
        }
        int block = map.allocate();
        if (block == 0) {
            throw new IllegalStateException("pointer block: none free (expected: space reserved before writing)");
        }
        device.write(block, scratch);
        return block;
    }

    /**
     * Reads a file's tree once into its list of data blocks; pointer blocks read are added to
     * {@code pointerBlocks} when it is not null (to free them on erase).
     */
    static BlockList resolve(FileStatus file, BlockDevice device, BlockList pointerBlocks) throws IOException {
        BlockList level = new BlockList();
        if (file.levels() == 0) {
            level.add(file.firstPointer(), file.records(), 0);
            return level;
        }
        int blockSize = device.blockSize();
        int fanout = fanout(blockSize, file.format());
        int size = file.format().pointerSize();
        byte[] scratch = new byte[blockSize];
        level.add(file.firstPointer(), file.records(), 0);
        for (int depth = file.levels(); depth >= 1; depth--) {
            long span = 1;
            for (int i = 1; i < depth; i++) {
                span *= fanout;
            }
            long need = (file.dataBlocks() + span - 1) / span;
            BlockList next = new BlockList();
            for (int i = 0; i < level.size() && next.size() < need; i++) {
                int block = level.block(i);
                if (block == 0) {
                    for (int k = 0; k < fanout && next.size() < need; k++) {
                        next.add(0, 0, BlockList.NO_HEADER);
                    }
                    continue;
                }
                device.read(block, scratch);
                if (pointerBlocks != null) {
                    pointerBlocks.add(block, 0, 0);
                }
                for (int k = 0; k < fanout && next.size() < need; k++) {
                    int at = k * size;
                    boolean variable = file.format() == RecordFormat.V;
                    next.add(BigEndian.word(scratch, at), variable ? BigEndian.word(scratch, at + 4) : 0,
                            variable ? BigEndian.word(scratch, at + 8) : 0);
                }
            }
            level = next;
        }
        return level;
    }
}
