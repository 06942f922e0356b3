package vm370.cms.xedit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FilePattern;
import vm370.cms.fs.FileStatus;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.WriteMode;
import vm370.s370.text.Ebcdic;

/**
 * XEDIT's files on CMS disks: records read with FSREAD's reader and written with a REPLACE writer
 * that commits once, at close (so a failed SAVE leaves the old file). F records are padded with
 * blanks to LRECL; an empty V record is written as one blank, as CMS cannot hold a null record.
 * A file saved with no lines is erased, as CMS has no empty files.
 */
public final class DiskFileStore implements FileStore {

    private static final Ebcdic EBCDIC = Ebcdic.CP037;
    private static final byte[] BLANK = {Ebcdic.SPACE};

    private final Function<Character, Optional<CmsDisk>> disks;

    /** Over a fixed set of disks by mode letter. */
    public DiskFileStore(Map<Character, CmsDisk> disks) {
        TreeMap<Character, CmsDisk> copy = new TreeMap<>(disks);
        this.disks = letter -> Optional.ofNullable(copy.get(letter));
    }

    /** Over the disks CMS has accessed now (the lookup is asked each time). */
    public DiskFileStore(Function<Character, Optional<CmsDisk>> disks) {
        this.disks = disks;
    }

    @Override
    public Read read(FileRef ref) {
        if (ref.modeLetter() == '*') {
            for (char m = 'A'; m <= 'Z'; m++) {
                Optional<CmsDisk> disk = disks.apply(m);
                if (disk.isPresent() && disk.get().state(ref.fileName(), ref.fileType()).isPresent()) {
                    return read(disk.get(), ref);
                }
            }
            return new Read.NotFound();
        }
        Optional<CmsDisk> disk = disks.apply(ref.modeLetter());
        if (disk.isEmpty()) {
            return new Read.Failed(XeditMessage.DISK_NOT_ACCESSED.format(ref.modeLetter()));
        }
        return read(disk.get(), ref);
    }

    private Read read(CmsDisk disk, FileRef ref) {
        FsResult<RecordReader> opened = disk.openReader(ref.fileName(), ref.fileType());
        if (!(opened instanceof FsResult.Done<RecordReader> done)) {
            return opened.code() == FsCode.FILE_NOT_FOUND ? new Read.NotFound()
                    : new Read.Failed(XeditMessage.READ_ERROR.format(opened.code().readReturnCode(), ref));
        }
        RecordReader reader = done.value();
        FileStatus status = reader.status();
        byte[] buffer = new byte[Math.max(status.lrecl(), 1)];
        List<String> lines = new ArrayList<>(status.records());
        for (int n = 1; n <= status.records(); n++) {
            FsCode code = reader.read(buffer);
            if (code != FsCode.OK) {
                return new Read.Failed(XeditMessage.READ_ERROR.format(code.readReturnCode(), ref));
            }
            lines.add(EBCDIC.decode(buffer, 0, reader.length()));
        }
        FileRef found = new FileRef(ref.fileName(), ref.fileType(), "" + disk.modeLetter() + status.modeNumber());
        return new Read.Found(found, status.format(), status.lrecl(), lines);
    }

    @Override
    public List<Listed> list(String fileName, String fileType, char modeLetter) {
        List<Listed> out = new ArrayList<>();
        for (char m = 'A'; m <= 'Z'; m++) {
            Optional<CmsDisk> disk = modeLetter == '*' || modeLetter == m ? disks.apply(m) : Optional.empty();
            if (disk.isEmpty()) {
                continue;
            }
            for (FileStatus f : disk.get().list(new FilePattern(fileName, fileType, -1))) {
                out.add(new Listed(new FileRef(f.fileName(), f.fileType(), "" + m + f.modeNumber()), f.format(),
                        f.lrecl(), f.records(), f.dataBlocks(), f.written()));
            }
        }
        return out;
    }

    @Override
    public String write(FileRef ref, RecordFormat format, int lrecl, List<String> lines) {
        Optional<CmsDisk> found = disks.apply(ref.modeLetter());
        if (found.isEmpty()) {
            return XeditMessage.DISK_NOT_ACCESSED.format(ref.modeLetter());
        }
        CmsDisk disk = found.get();
        if (disk.readOnly()) {
            return XeditMessage.DISK_READ_ONLY.format(ref.modeLetter());
        }
        if (lines.isEmpty()) {
            FsCode erased = disk.erase(FilePattern.of(ref.fileName(), ref.fileType())).code();
            return erased == FsCode.OK || erased == FsCode.FILE_NOT_FOUND ? null : failure(erased, ref);
        }
        FileId id = new FileId(ref.fileName(), ref.fileType(), ref.modeNumber());
        FsResult<RecordWriter> opened = disk.openWriter(id, format, lrecl, WriteMode.REPLACE);
        if (!(opened instanceof FsResult.Done<RecordWriter> done)) {
            return failure(opened.code(), ref);
        }
        RecordWriter writer = done.value();
        byte[] fixed = format == RecordFormat.F ? new byte[lrecl] : null;
        for (String line : lines) {
            FsCode code;
            if (fixed != null) {
                byte[] text = EBCDIC.encode(line);
                int n = Math.min(text.length, lrecl);
                System.arraycopy(text, 0, fixed, 0, n);
                java.util.Arrays.fill(fixed, n, lrecl, Ebcdic.SPACE);
                code = writer.write(fixed, 0, lrecl);
            } else {
                byte[] text = line.isEmpty() ? BLANK : EBCDIC.encode(line);
                code = writer.write(text, 0, text.length);
            }
            if (code != FsCode.OK) {
                writer.discard();
                return failure(code, ref);
            }
        }
        FsCode closed = writer.close();
        return closed == FsCode.OK ? null : failure(closed, ref);
    }

    private static String failure(FsCode code, FileRef ref) {
        return code == FsCode.DISK_READ_ONLY ? XeditMessage.DISK_READ_ONLY.format(ref.modeLetter())
                : XeditMessage.WRITE_ERROR.format(code.returnCode(), ref);
    }
}
