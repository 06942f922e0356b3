package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;

/**
 * Reading and writing whole CMS files as lines of text (EBCDIC records), and the checks every
 * file command shares: a valid file mode, a disk that is accessed and, for writing, read/write.
 * Errors come back as the message and return code the command ends with.
 */
public final class FileIo {

    private FileIo() {
    }

    /** An error a file operation ended with: the message already says which command. */
    public record Failure(int returnCode, String message) {
    }

    /** Whether {@code mode} is a CMS file mode: a letter or *, an optional number 0-6 or *. */
    public static boolean validMode(String mode) {
        if (mode.isEmpty() || mode.length() > 2) {
            return false;
        }
        char letter = mode.charAt(0);
        boolean letterOk = letter == '*' || (letter >= 'A' && letter <= 'Z');
        return letterOk && (mode.length() == 1 || mode.charAt(1) == '*' || (mode.charAt(1) >= '0' && mode.charAt(1) <= '6'));
    }

    /** The records of a file as text, trailing blanks kept as written. */
    public static Optional<List<String>> readLines(Disks.Found file) {
        FsResult<RecordReader> opened = file.disk().disk().openReader(file.file().fileName(), file.file().fileType());
        if (!(opened instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(reader.status().records());
        byte[] record = new byte[Math.max(1, reader.status().lrecl())];
        for (int i = 0; i < reader.status().records(); i++) {
            FsCode code = reader.read(record);
            if (code != FsCode.OK) {
                return Optional.empty();
            }
            lines.add(Supervisor.EBCDIC.decode(record, 0, reader.length()));
        }
        return Optional.of(lines);
    }

    /**
     * The disk a file is written to: the mode's letter (A when none), accessed and read/write; the
     * failure names the command's module ({@code DMSxxx}) in its message.
     */
    public static CmsResult<AccessedDisk> writableDisk(CmsSession cms, String module, String mode) {
        char letter = mode.isEmpty() || mode.charAt(0) == '*' ? 'A' : mode.charAt(0);
        Optional<AccessedDisk> disk = cms.disks().get(letter);
        if (disk.isEmpty()) {
            return failed(36, String.format("%s069E DISK '%c' NOT ACCESSED", module, letter));
        }
        if (disk.get().readOnly()) {
            return failed(36, String.format("%s037E DISK '%c' IS READ/ONLY", module, letter));
        }
        return new CmsResult.Done<>(disk.get());
    }

    /** A failed result with this return code and message. */
    static <T> CmsResult<T> failed(int returnCode, String message) {
        return new CmsResult.Failed<>(new Failure(returnCode, message));
    }

    /** The mode number of a file mode ({@code A1} → 1), or {@code fallback}. */
    public static int modeNumber(String mode, int fallback) {
        return mode.length() == 2 && Character.isDigit(mode.charAt(1)) ? mode.charAt(1) - '0' : fallback;
    }

    /**
     * Writes lines as a file (replacing it): RECFM F pads or cuts each line to {@code lrecl}, V keeps
     * each line's length (an empty line is one blank). Returns FsCode.OK or the failure's code.
     */
    public static FsCode writeLines(AccessedDisk disk, FileId id, RecordFormat format, int lrecl, List<String> lines) {
        FsResult<RecordWriter> opened = disk.disk().openWriter(id, format, lrecl, WriteMode.REPLACE);
        if (!(opened instanceof FsResult.Done<RecordWriter>(RecordWriter writer))) {
            return opened.code();
        }
        byte[] record = new byte[Math.max(lrecl, 1)];
        for (String line : lines) {
            int length = encode(line, format, lrecl, record);
            FsCode code = writer.write(record, 0, length);
            if (code != FsCode.OK) {
                writer.discard();
                return code;
            }
        }
        return writer.close();
    }

    /** Encodes a line as a record into {@code record} (grown by the caller for V); the record's length. */
    static int encode(String line, RecordFormat format, int lrecl, byte[] record) {
        byte[] text = Supervisor.EBCDIC.encode(line.isEmpty() && format == RecordFormat.V ? " " : line);
        if (format == RecordFormat.F) {
            Arrays.fill(record, 0, lrecl, (byte) 0x40);
            System.arraycopy(text, 0, record, 0, Math.min(text.length, lrecl));
            return lrecl;
        }
        int n = Math.min(text.length, record.length);
        System.arraycopy(text, 0, record, 0, n);
        return n;
    }

    /** The message for a file-system failure while writing {@code fileId}. */
    public static String writeError(String module, FsCode code, String fileId, char mode) {
        return switch (code) {
            case DISK_READ_ONLY -> String.format("%s037E DISK '%c' IS READ/ONLY", module, mode);
            case DISK_FULL -> String.format("%s105S ERROR '13' WRITING FILE '%s' ON DISK", module, fileId);
            default -> String.format("%s105S ERROR '%d' WRITING FILE '%s' ON DISK", module, code.returnCode(), fileId);
        };
    }
}
