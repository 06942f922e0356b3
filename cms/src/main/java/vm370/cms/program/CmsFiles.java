package vm370.cms.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FileStatus;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;

/**
 * Whole-file access by CMS file id over the host's accessed disks: find {@code fn ft fm} (a mode of
 * {@code *} or none searches every disk in order), read all records, write a file anew. The
 * loader, GENMOD, MACLIB and ASSEMBLE use it; record-at-a-time access is {@link FileFunctions}'.
 */
public final class CmsFiles {

    /** A file found on a disk. */
    record Located(CmsDisk disk, FileStatus status) {
        String fileId() {
            return status.fileId();
        }
    }

    private final ProgramHost host;

    CmsFiles(ProgramHost host) {
        this.host = host;
    }

    /** Finds a file; {@code mode} is "", "*", a letter, or a letter and number. */
    Optional<Located> find(String fileName, String fileType, String mode) {
        String fn = fileName.toUpperCase(Locale.ROOT);
        String ft = fileType.toUpperCase(Locale.ROOT);
        String fm = mode.strip().toUpperCase(Locale.ROOT);
        for (CmsDisk disk : host.searchOrder()) {
            if (fm.isEmpty() || fm.startsWith("*") || disk.modeLetter() == fm.charAt(0)) {
                Optional<FileStatus> status = disk.state(fn, ft);
                if (status.isPresent() && (fm.length() < 2 || fm.charAt(1) == (char) ('0' + status.get().modeNumber()))) {
                    return Optional.of(new Located(disk, status.get().withModeLetter(disk.modeLetter())));
                }
            }
        }
        return Optional.empty();
    }

    /** Every file of this type on the accessed disks, first occurrence of each name, in search order. */
    List<Located> allOfType(String fileType) {
        List<Located> out = new ArrayList<>();
        for (CmsDisk disk : host.searchOrder()) {
            for (FileStatus f : disk.list(vm370.cms.fs.FilePattern.of("*", fileType))) {
                if (out.stream().noneMatch(l -> l.status().fileName().equals(f.fileName()))) {
                    out.add(new Located(disk, f.withModeLetter(disk.modeLetter())));
                }
            }
        }
        return out;
    }

    /** All records of a file; a read error is IO_ERROR. */
    FsResult<List<byte[]>> records(Located file) {
        FsResult<RecordReader> opened = file.disk().openReader(file.status().fileName(), file.status().fileType());
        if (!(opened instanceof FsResult.Done<RecordReader> done)) {
            return new FsResult.Failed<>(opened.code());
        }
        RecordReader reader = done.value();
        byte[] buffer = new byte[Math.max(1, file.status().lrecl())];
        List<byte[]> out = new ArrayList<>(file.status().records());
        for (int r = 1; r <= file.status().records(); r++) {
            FsCode code = reader.read(r, buffer);
            if (code != FsCode.OK) {
                return new FsResult.Failed<>(code == FsCode.END_OF_FILE ? FsCode.IO_ERROR : code);
            }
            out.add(java.util.Arrays.copyOf(buffer, reader.length()));
        }
        return new FsResult.Done<>(out);
    }

    /** The disk a new file goes to: mode letter given (A when none); a message when it cannot be written. */
    FsResult<CmsDisk> writableDisk(char mode) {
        Optional<CmsDisk> disk = host.disk(mode);
        if (disk.isEmpty()) {
            return new FsResult.Failed<>(FsCode.FILE_NOT_FOUND);
        }
        return disk.get().readOnly() ? new FsResult.Failed<>(FsCode.DISK_READ_ONLY) : new FsResult.Done<>(disk.get());
    }

    /** Writes a whole file anew (replacing one of the same name) and commits it. */
    public static FsCode write(CmsDisk disk, FileId id, RecordFormat format, int lrecl, List<byte[]> records) {
        int length = format == RecordFormat.F ? lrecl
                : Math.max(1, records.stream().mapToInt(r -> r.length).max().orElse(1));
        FsResult<RecordWriter> opened = disk.openWriter(id, format, length, WriteMode.REPLACE);
        if (!(opened instanceof FsResult.Done<RecordWriter> done)) {
            return opened.code();
        }
        RecordWriter writer = done.value();
        byte[] fixed = new byte[lrecl];
        for (byte[] record : records) {
            FsCode code;
            if (format == RecordFormat.F && record.length != lrecl) {
                java.util.Arrays.fill(fixed, (byte) 0x40);
                System.arraycopy(record, 0, fixed, 0, Math.min(lrecl, record.length));
                code = writer.write(fixed, 0, lrecl);
            } else {
                code = writer.write(record, 0, record.length);
            }
            if (code != FsCode.OK) {
                writer.discard();
                return code;
            }
        }
        return writer.close();
    }

    /** Types the message CMS gives a command (its three-letter id) for a disk it cannot write; returns its return code. */
    int diskProblem(String module, FsCode code, char mode) {
        switch (code) {
            case DISK_READ_ONLY -> {
                host.type("DMS" + module + "037E DISK '" + mode + "' IS READ/ONLY");
                return 36;
            }
            case FILE_NOT_FOUND -> {
                host.type("DMS" + module + "069E DISK '" + mode + "' NOT ACCESSED");
                return 36;
            }
            default -> {
                host.type("DMS" + module + "105S ERROR '" + code.returnCode() + "' WRITING FILE ON DISK '" + mode + "'");
                return code.commandReturnCode();
            }
        }
    }
}
