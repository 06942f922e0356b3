package vm370.cms.fs;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One accessed CMS disk: FORMAT, ACCESS, and the file operations over it (list, state, read, write,
 * erase, rename, copy, QUERY DISK figures). Every change ends in one directory commit; a sequential
 * writer commits once, when it closes. Not thread-safe: a disk belongs to one virtual machine's CMS.
 */
public final class CmsDisk {

    private final BlockDevice device;
    private final Directory directory;
    private final char modeLetter;
    private final boolean readOnly;
    private final Clock clock;
    /** The directory in force, in directory order, keyed "FN FT". */
    private final LinkedHashMap<String, FileStatus> files = new LinkedHashMap<>();
    /** Writers not yet closed, keyed as {@code files}: one per file, as CMS keeps one active-file entry. */
    private final HashMap<String, RecordWriter> writers = new HashMap<>();

    private CmsDisk(BlockDevice device, Directory directory, char modeLetter, boolean readOnly, Clock clock,
            List<FileStatus> fsts) {
        this.device = device;
        this.directory = directory;
        this.modeLetter = modeLetter;
        this.readOnly = readOnly || device.readOnly();
        this.clock = clock;
        for (FileStatus f : fsts) {
            files.put(key(f.fileName(), f.fileType()), f.withModeLetter(modeLetter));
        }
    }

    /** Blocks in the first {@code cylinders} cylinders of a CKD device (FORMAT's cylinder count). */
    public static int blocksInCylinders(BlockDevice device, int cylinders) {
        return device.cylinders() == 0 ? device.blockCount()
                : (int) Math.min(device.blockCount(), (long) device.blockCount() / device.cylinders() * cylinders);
    }

    /**
     * FORMAT: writes an empty EDF disk over the first {@code blocks} blocks of the device (all when 0)
     * with label {@code volser} (up to 6 characters are kept), and returns it accessed read/write as
     * {@code modeLetter}. A device too small for label, directory and map is DISK_FULL.
     */
    public static FsResult<CmsDisk> format(BlockDevice device, String volser, int blocks, char modeLetter,
            Clock clock) {
        if (device.readOnly()) {
            return new FsResult.Failed<>(FsCode.DISK_READ_ONLY);
        }
        int size = blocks <= 0 ? device.blockCount() : Math.min(blocks, device.blockCount());
        if (size <= Directory.RESERVED + 2) {
            return new FsResult.Failed<>(FsCode.DISK_FULL);
        }
        try {
            LocalDateTime now = LocalDateTime.now(clock);
            Directory directory = Directory.format(device, volser.toUpperCase(Locale.ROOT), size, now);
            FsCode code = directory.commit(List.of(), new BlockList(), now);
            if (code != FsCode.OK) {
                return new FsResult.Failed<>(code);
            }
            return new FsResult.Done<>(new CmsDisk(device, directory, modeLetter, false, clock, List.of()));
        } catch (IOException e) {
            return new FsResult.Failed<>(FsCode.IO_ERROR);
        }
    }

    /** ACCESS: reads label, directory and allocation map; NOT_FORMATTED when it is no CMS EDF disk. */
    public static FsResult<CmsDisk> access(BlockDevice device, char modeLetter, boolean readOnly, Clock clock) {
        try {
            List<FileStatus> fsts = new ArrayList<>();
            FsResult<Directory> read = Directory.read(device, fsts, !readOnly && !device.readOnly());
            return switch (read) {
                case FsResult.Done<Directory> d ->
                        new FsResult.Done<>(new CmsDisk(device, d.value(), modeLetter, readOnly, clock, fsts));
                case FsResult.Failed<Directory> f -> new FsResult.Failed<>(f.code());
            };
        } catch (IOException e) {
            return new FsResult.Failed<>(FsCode.IO_ERROR);
        }
    }

    private static String key(String fileName, String fileType) {
        return fileName + " " + fileType;
    }

    public DiskLabel label() {
        return directory.label();
    }

    public char modeLetter() {
        return modeLetter;
    }

    public boolean readOnly() {
        return readOnly;
    }

    BlockDevice device() {
        return device;
    }

    /** The files matching {@code pattern}, in directory order; mode-0 files are private to a R/W accessor. */
    public List<FileStatus> list(FilePattern pattern) {
        List<FileStatus> out = new ArrayList<>();
        for (FileStatus f : files.values()) {
            if (pattern.matches(f) && !(readOnly && f.modeNumber() == 0)) {
                out.add(f);
            }
        }
        return out;
    }

    /** STATE: the file's FST, when the file exists (and is visible). */
    public Optional<FileStatus> state(String fileName, String fileType) {
        FileStatus f = files.get(key(fileName.toUpperCase(Locale.ROOT), fileType.toUpperCase(Locale.ROOT)));
        return f == null || (readOnly && f.modeNumber() == 0) ? Optional.empty() : Optional.of(f);
    }

    /** QUERY DISK figures. */
    public DiskUsage usage() {
        AllocationMap map = directory.map();
        DiskLabel label = directory.label();
        return new DiskUsage(label.volser(), modeLetter, readOnly, label.cylinders(), label.blockSize(),
                files.size(), map.used(), map.free(), map.blocks());
    }

    /** Opens a file for reading; its pointer blocks are read now, once. */
    public FsResult<RecordReader> openReader(String fileName, String fileType) {
        Optional<FileStatus> file = state(fileName, fileType);
        if (file.isEmpty()) {
            return new FsResult.Failed<>(FsCode.FILE_NOT_FOUND);
        }
        try {
            return new FsResult.Done<>(new RecordReader(device, file.get(), PointerTree.resolve(file.get(), device,
                    null)));
        } catch (IOException e) {
            return new FsResult.Failed<>(FsCode.IO_ERROR);
        }
    }

    /**
     * Opens a file for writing. With UPDATE an existing file keeps its records (its RECFM must match,
     * and an F file's LRECL), and a writer already open on it is returned; with REPLACE an open writer
     * is closed first and the new file takes the old one's place at close.
     */
    public FsResult<RecordWriter> openWriter(FileId id, RecordFormat format, int lrecl, WriteMode mode) {
        if (readOnly) {
            return new FsResult.Failed<>(FsCode.DISK_READ_ONLY);
        }
        if (lrecl < 1 || lrecl > 65535) {
            return new FsResult.Failed<>(FsCode.WRONG_LENGTH);
        }
        String key = key(id.fileName(), id.fileType());
        RecordWriter open = writers.get(key);
        if (open != null && mode == WriteMode.UPDATE && open.format() == format) {
            return new FsResult.Done<>(open);
        }
        FsCode closed = closeWriter(key);
        if (closed != FsCode.OK) {
            return new FsResult.Failed<>(closed);
        }
        FsResult<RecordWriter> opened = newWriter(id, format, lrecl, mode);
        if (opened instanceof FsResult.Done<RecordWriter>(RecordWriter writer)) {
            writers.put(key, writer);
        }
        return opened;
    }

    /** Closes the writer open on a file, if any, before the file is erased, renamed or replaced. */
    private FsCode closeWriter(String key) {
        RecordWriter open = writers.get(key);
        return open == null ? FsCode.OK : open.close();
    }

    void forget(RecordWriter writer) {
        writers.remove(key(writer.id().fileName(), writer.id().fileType()), writer);
    }

    private FsResult<RecordWriter> newWriter(FileId id, RecordFormat format, int lrecl, WriteMode mode) {
        FileStatus old = files.get(key(id.fileName(), id.fileType()));
        try {
            BlockList release = new BlockList();
            if (old == null) {
                return new FsResult.Done<>(new RecordWriter(this, id, format, lrecl, new BlockList(), release, 0, true));
            }
            BlockList blocks = PointerTree.resolve(old, device, release);
            if (mode == WriteMode.REPLACE) {
                addData(release, blocks);
                return new FsResult.Done<>(new RecordWriter(this, id, format, lrecl, new BlockList(), release, 0,
                        false));
            }
            if (old.format() != format) {
                return new FsResult.Failed<>(FsCode.WRONG_RECORD_FORMAT);
            }
            if (format == RecordFormat.F && old.lrecl() != lrecl) {
                return new FsResult.Failed<>(FsCode.WRONG_LENGTH);
            }
            return new FsResult.Done<>(new RecordWriter(this, id, format, Math.max(lrecl, old.lrecl()), blocks, release,
                    old.records(), false));
        } catch (IOException e) {
            return new FsResult.Failed<>(FsCode.IO_ERROR);
        }
    }

    private static void addData(BlockList into, BlockList data) {
        for (int i = 0; i < data.size(); i++) {
            if (data.block(i) != 0) {
                into.add(data.block(i), 0, 0);
            }
        }
    }

    AllocationMap map() {
        return directory.map();
    }

    /** Whether {@code blocks} more blocks can be taken and the file and directory still be committed. */
    boolean hasRoomFor(int blocks, int dataBlocks, RecordFormat format, boolean newFile) {
        int pointers = PointerTree.pointerBlocks(dataBlocks, PointerTree.fanout(device.blockSize(), format));
        return directory.map().free() - blocks >= pointers + directory.commitReserve(files.size() + (newFile ? 1 : 0));
    }

    /** Ends a writer: pointer blocks, FST, commit. On failure its new blocks are given back. */
    FsCode commitWriter(RecordWriter writer, BlockList fresh) throws IOException {
        forget(writer);
        if (writer.records() == 0) {
            freeAll(fresh);
            return FsCode.OK;
        }
        BlockList pointers = new BlockList();
        PointerTree.Root root = PointerTree.build(writer.blocks(), writer.format(), device, directory.map(), pointers);
        LocalDateTime now = LocalDateTime.now(clock);
        FileId id = writer.id();
        FileStatus fst = new FileStatus(id.fileName(), id.fileType(), modeLetter, id.modeNumber(), writer.format(),
                writer.lrecl(), writer.records(), writer.blocks().size(), root.firstPointer(), root.levels(),
                writer.dated() != null ? writer.dated() : now);
        LinkedHashMap<String, FileStatus> proposed = new LinkedHashMap<>(files);
        proposed.put(key(id.fileName(), id.fileType()), fst);
        FsCode code = directory.commit(proposed.values(), writer.replacedBlocks(), now);
        if (code != FsCode.OK) {
            freeAll(pointers);
            freeAll(fresh);
            return code;
        }
        files.clear();
        files.putAll(proposed);
        return FsCode.OK;
    }

    void freeAll(BlockList blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            directory.map().free(blocks.block(i));
        }
    }

    /** ERASE: removes every file matching the pattern in one commit; the number erased. */
    public FsResult<Integer> erase(FilePattern pattern) {
        if (readOnly) {
            return new FsResult.Failed<>(FsCode.DISK_READ_ONLY);
        }
        List<FileStatus> victims = list(pattern);
        if (victims.isEmpty()) {
            return new FsResult.Failed<>(FsCode.FILE_NOT_FOUND);
        }
        for (FileStatus f : victims) {
            FsCode closed = closeWriter(key(f.fileName(), f.fileType()));
            if (closed != FsCode.OK) {
                return new FsResult.Failed<>(closed);
            }
        }
        victims = list(pattern);
        try {
            BlockList release = new BlockList();
            LinkedHashMap<String, FileStatus> proposed = new LinkedHashMap<>(files);
            for (FileStatus f : victims) {
                addData(release, PointerTree.resolve(f, device, release));
                proposed.remove(key(f.fileName(), f.fileType()));
            }
            return change(proposed, release, victims.size());
        } catch (IOException e) {
            return new FsResult.Failed<>(FsCode.IO_ERROR);
        }
    }

    /** RENAME: gives a file a new name, type and mode number; the data stays where it is. */
    public FsCode rename(String fileName, String fileType, FileId to) {
        if (readOnly) {
            return FsCode.DISK_READ_ONLY;
        }
        Optional<FileStatus> from = state(fileName, fileType);
        if (from.isEmpty()) {
            return FsCode.FILE_NOT_FOUND;
        }
        String target = key(to.fileName(), to.fileType());
        String source = key(from.get().fileName(), from.get().fileType());
        FsCode closed = closeWriter(source);
        if (closed != FsCode.OK) {
            return closed;
        }
        from = state(fileName, fileType);
        if (files.containsKey(target) && !target.equals(source)) {
            return FsCode.FILE_EXISTS;
        }
        LinkedHashMap<String, FileStatus> proposed = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            proposed.put(e.getKey().equals(source) ? target : e.getKey(), e.getKey().equals(source)
                    ? e.getValue().renamed(to.fileName(), to.fileType(), to.modeNumber()) : e.getValue());
        }
        try {
            return change(proposed, new BlockList(), 1).code();
        } catch (IOException e) {
            return FsCode.IO_ERROR;
        }
    }

    private FsResult<Integer> change(LinkedHashMap<String, FileStatus> proposed, BlockList release, int count)
            throws IOException {
        FsCode code = directory.commit(proposed.values(), release, LocalDateTime.now(clock));
        if (code != FsCode.OK) {
            return new FsResult.Failed<>(code);
        }
        files.clear();
        files.putAll(proposed);
        return new FsResult.Done<>(count);
    }

    /**
     * COPYFILE: copies a file of this disk to {@code target} (this disk or another) as {@code to};
     * an existing target is FILE_EXISTS unless {@code replace}.
     */
    public FsCode copy(String fileName, String fileType, CmsDisk target, FileId to, boolean replace) {
        FsResult<RecordReader> opened = openReader(fileName, fileType);
        if (!(opened instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
            return opened.code();
        }
        if (!replace && target.state(to.fileName(), to.fileType()).isPresent()) {
            return FsCode.FILE_EXISTS;
        }
        FileStatus source = reader.status();
        FsResult<RecordWriter> created = target.openWriter(to, source.format(), source.lrecl(), WriteMode.REPLACE);
        if (!(created instanceof FsResult.Done<RecordWriter>(RecordWriter writer))) {
            return created.code();
        }
        byte[] record = new byte[source.lrecl()];
        for (int n = 1; n <= source.records(); n++) {
            FsCode code = reader.read(record);
            if (code == FsCode.OK) {
                code = writer.write(record, 0, reader.length());
            }
            if (code != FsCode.OK) {
                writer.discard();
                return code;
            }
        }
        return writer.close();
    }
}
