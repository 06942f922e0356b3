package vm370.cms.fs;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The on-disk metadata of one EDF disk: label, directory (the DIRECTOR file of 64-byte FSTs) and
 * allocation map (the ALLOCMAP file). A commit writes a whole new directory and map into blocks that
 * the current ones do not use, the first directory block alternating between 4 and 5 (unless a disk
 * formatted elsewhere keeps file data there), then forces the device and rewrites the label last: a crash before the label write leaves the old, complete
 * directory in force, and one after it the new one. Owned by one {@link CmsDisk}.
 */
final class Directory {

    /** Blocks 1–3 (IPL records, label) and 4–5 (the two homes of the first directory block). */
    static final int RESERVED = 5;
    private static final byte[] DIRECTOR_NAME = {0, 0, 0, 1, 0, 0, 0, 0};
    private static final byte[] ALLOCMAP_NAME = {0, 0, 0, 2, 0, 0, 0, 0};

    private final BlockDevice device;
    private final int blockSize;
    private final byte[] labelBlock;
    private final byte[] scratch;
    private DiskLabel label;
    private final AllocationMap map;
    private BlockList metadata = new BlockList();
    /**
     * Whether commits alternate the first directory block between 4 and 5. Off only for a disk
     * formatted elsewhere whose block 4 or 5 holds file data: there it is rewritten in place.
     */
    private boolean alternate = true;
    /** Set when a commit failed half-way on a host I/O error: memory no longer matches the disk. */
    private boolean broken;

    private Directory(BlockDevice device, byte[] labelBlock, DiskLabel label, AllocationMap map) {
        this.device = device;
        this.blockSize = device.blockSize();
        this.labelBlock = labelBlock;
        this.label = label;
        this.map = map;
        this.scratch = new byte[blockSize];
    }

    DiskLabel label() {
        return label;
    }

    AllocationMap map() {
        return map;
    }

    /** A fresh, empty directory for FORMAT; blocks 1–3 are zeroed and nothing is on disk until commit. */
    static Directory format(BlockDevice device, String volser, int blocks, LocalDateTime now) throws IOException {
        int b = device.blockSize();
        byte[] zero = new byte[b];
        for (int block = 1; block <= 3; block++) {
            device.write(block, zero);
        }
        int cylinders = device.cylinders() == 0 ? 0
                : (int) ((long) device.cylinders() * blocks / device.blockCount());
        DiskLabel label = new DiskLabel(volser, 0, b, 5, cylinders, device.cylinders(), blocks, 0, now, 0, 0, 0, 0,
                0, "");
        AllocationMap map = new AllocationMap(blocks, b);
        for (int block = 1; block <= RESERVED; block++) {
            map.mark(block);
        }
        return new Directory(device, zero.clone(), label, map);
    }

    /**
     * Reads label, directory and allocation map; the FSTs of the files (after the two special ones) go
     * to {@code files}. For writing, a disk formatted elsewhere is checked once for file data in the
     * directory's other home (block 4 or 5), which commits must then leave alone.
     */
    static FsResult<Directory> read(BlockDevice device, List<FileStatus> files, boolean forWriting)
            throws IOException {
        int b = device.blockSize();
        DiskLayout layout = device.layout();
        byte[] labelBlock = new byte[b];
        device.read(layout.labelBlock(b), labelBlock);
        var decoded = DiskLabel.decode(labelBlock, layout.labelOffsetInBlock(b));
        if (decoded.isEmpty() || decoded.get().blockSize() != b || decoded.get().blocks() > device.blockCount()
                || decoded.get().directoryOrigin() <= 3 || decoded.get().directoryOrigin() > decoded.get().blocks()) {
            return new FsResult.Failed<>(FsCode.NOT_FORMATTED);
        }
        DiskLabel label = decoded.get();
        byte[] block = new byte[b];
        device.read(label.directoryOrigin(), block);
        var self = FileStatus.decode(block, 0);
        if (self.isEmpty() || self.get().format() != RecordFormat.F || self.get().lrecl() != DiskLabel.FST_SIZE
                || self.get().records() < 2) {
            return new FsResult.Failed<>(FsCode.NOT_FORMATTED);
        }
        BlockList meta = new BlockList();
        BlockList dirBlocks = PointerTree.resolve(self.get(), device, meta);
        List<FileStatus> all = new ArrayList<>();
        int perBlock = b / DiskLabel.FST_SIZE;
        for (int i = 0; i < self.get().records() && i / perBlock < dirBlocks.size(); i++) {
            if (i % perBlock == 0) {
                device.read(dirBlocks.block(i / perBlock), block);
            }
            int at = i % perBlock * DiskLabel.FST_SIZE;
            if (i >= 2 && block[at] == 0) {
                break;
            }
            FileStatus.decode(block, at).ifPresent(all::add);
        }
        if (all.size() < 2 || !all.get(1).fileType().equals("ALLOCMAP")) {
            return new FsResult.Failed<>(FsCode.NOT_FORMATTED);
        }
        BlockList mapBlocks = PointerTree.resolve(all.get(1), device, meta);
        AllocationMap map = new AllocationMap(label.blocks(), b);
        byte[] bits = new byte[mapBlocks.size() * b];
        for (int i = 0; i < mapBlocks.size(); i++) {
            device.read(mapBlocks.block(i), block);
            System.arraycopy(block, 0, bits, i * b, b);
        }
        map.load(bits);
        addAll(meta, dirBlocks);
        addAll(meta, mapBlocks);
        int origin = label.directoryOrigin();
        int other = origin == 4 ? 5 : 4;
        boolean alternate = (origin == 4 || origin == 5) && (!map.isUsed(other) || contains(meta, other)
                || !forWriting || !anyFileUses(device, all.subList(2, all.size()), other));
        for (int reserved = 1; reserved <= RESERVED; reserved++) {
            map.mark(reserved);
        }
        Directory directory = new Directory(device, labelBlock, label, map);
        directory.alternate = alternate;
        for (int i = 0; i < meta.size(); i++) {
            if (meta.block(i) > RESERVED) {
                directory.metadata.add(meta.block(i), 0, 0);
            }
        }
        files.addAll(all.subList(2, all.size()));
        return new FsResult.Done<>(directory);
    }

    private static boolean anyFileUses(BlockDevice device, List<FileStatus> files, int block) throws IOException {
        for (FileStatus f : files) {
            if (f.firstPointer() == block) {
                return true;
            }
            if (f.levels() > 0) {
                BlockList pointers = new BlockList();
                if (contains(PointerTree.resolve(f, device, pointers), block) || contains(pointers, block)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(BlockList list, int block) {
        for (int i = 0; i < list.size(); i++) {
            if (list.block(i) == block) {
                return true;
            }
        }
        return false;
    }

    private static void addAll(BlockList into, BlockList from) {
        for (int i = 0; i < from.size(); i++) {
            into.add(from.block(i), 0, 0);
        }
    }

    /** Blocks a commit of a directory with {@code files} files needs beyond the ones it frees. */
    int commitReserve(int files) {
        int directoryBlocks = directoryBlocks(files);
        int mapBlocks = AllocationMap.dataBlocks(label.blocks(), blockSize);
        int fanout = blockSize / RecordFormat.F.pointerSize();
        return directoryBlocks - 1 + PointerTree.pointerBlocks(directoryBlocks, fanout) + mapBlocks
                + PointerTree.pointerBlocks(mapBlocks, fanout);
    }

    private int directoryBlocks(int files) {
        int perBlock = blockSize / DiskLabel.FST_SIZE;
        return (files + 2 + perBlock - 1) / perBlock;
    }

    /**
     * Writes {@code files} as the new directory and frees {@code release} (blocks of replaced or erased
     * files), in the crash-safe order: map and directory into unused blocks, force, label, force.
     * After a host I/O error every later commit fails too, until the disk is accessed again.
     */
    FsCode commit(Collection<FileStatus> files, BlockList release, LocalDateTime now) throws IOException {
        if (broken) {
            return FsCode.IO_ERROR;
        }
        if (map.free() < commitReserve(files.size())) {
            return FsCode.DISK_FULL;
        }
        broken = true;
        FsCode code = write(files, release, now);
        broken = false;
        return code;
    }

    private FsCode write(Collection<FileStatus> files, BlockList release, LocalDateTime now) throws IOException {
        int current = label.directoryOrigin();
        int origin = !alternate ? current : current == 4 ? 5 : 4;
        BlockList written = new BlockList();
        BlockList dirBlocks = new BlockList();
        dirBlocks.add(origin, 0, 0);
        allocate(dirBlocks, directoryBlocks(files.size()) - 1, written);
        BlockList mapBlocks = new BlockList();
        allocate(mapBlocks, AllocationMap.dataBlocks(label.blocks(), blockSize), written);
        PointerTree.Root dirRoot = PointerTree.build(dirBlocks, RecordFormat.F, device, map, written);
        PointerTree.Root mapRoot = PointerTree.build(mapBlocks, RecordFormat.F, device, map, written);
        for (int i = 0; i < metadata.size(); i++) {
            map.free(metadata.block(i));
        }
        for (int i = 0; i < release.size(); i++) {
            map.free(release.block(i));
        }
        for (int i = 0; i < mapBlocks.size(); i++) {
            map.copyBlock(i, scratch, blockSize);
            device.write(mapBlocks.block(i), scratch);
        }
        FileStatus self = new FileStatus("", "DIRECTOR", ' ', 0, RecordFormat.F, DiskLabel.FST_SIZE,
                files.size() + 2, dirBlocks.size(), dirRoot.firstPointer(), dirRoot.levels(), now);
        FileStatus bitmap = new FileStatus("", "ALLOCMAP", ' ', 0, RecordFormat.F, blockSize, mapBlocks.size(),
                mapBlocks.size(), mapRoot.firstPointer(), mapRoot.levels(), now);
        writeDirectory(dirBlocks, self, bitmap, files);
        device.flush();
        int firstFree = map.firstFreeByte();
        label = label.withCommit(origin, map.used(), firstFree < 0 ? 0 : mapBlocks.block(firstFree / blockSize),
                firstFree < 0 ? 0 : firstFree % blockSize);
        DiskLayout layout = device.layout();
        label.encode(labelBlock, layout.labelOffsetInBlock(blockSize));
        device.write(layout.labelBlock(blockSize), labelBlock);
        device.flush();
        metadata = written;
        return FsCode.OK;
    }

    private void allocate(BlockList into, int count, BlockList written) {
        for (int i = 0; i < count; i++) {
            int block = map.allocate();
            into.add(block, 0, 0);
            written.add(block, 0, 0);
        }
    }

    private void writeDirectory(BlockList dirBlocks, FileStatus self, FileStatus bitmap, Collection<FileStatus> files)
            throws IOException {
        int perBlock = blockSize / DiskLabel.FST_SIZE;
        Arrays.fill(scratch, (byte) 0);
        self.encode(scratch, 0, blockSize);
        special(scratch, 0, DIRECTOR_NAME);
        bitmap.encode(scratch, DiskLabel.FST_SIZE, blockSize);
        special(scratch, DiskLabel.FST_SIZE, ALLOCMAP_NAME);
        int slot = 2;
        int index = 0;
        for (FileStatus file : files) {
            if (slot == perBlock) {
                device.write(dirBlocks.block(index++), scratch);
                Arrays.fill(scratch, (byte) 0);
                slot = 0;
            }
            file.encode(scratch, slot++ * DiskLabel.FST_SIZE, blockSize);
        }
        device.write(dirBlocks.block(index), scratch);
    }

    /** The two special FSTs carry binary names and no file mode. */
    private static void special(byte[] block, int at, byte[] name) {
        System.arraycopy(name, 0, block, at, 8);
        block[at + 24] = 0;
        block[at + 25] = 0;
    }
}
