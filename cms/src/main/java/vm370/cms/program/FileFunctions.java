package vm370.cms.program;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FilePattern;
import vm370.cms.fs.FileStatus;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;

/**
 * The file-system functions of SVC 202 over an FSCB-shaped parameter list: RDBUF (FSREAD), WRBUF
 * (FSWRITE), FINIS (FSCLOSE), STATE (FSSTATE), ERASE (FSERASE) and FSOPEN. Files stay open between
 * calls, as CMS keeps its active file table, until FINIS or the end of the command.
 *
 * <p>The FSCB (CMS Macro Reference, FSCB): +0 CL8 function, +8 CL8 fn, +16 CL8 ft, +24 CL2 fm,
 * +26 H item number (0: next), +28 A buffer, +32 F buffer size, +36 CL1 RECFM, +37 X flags,
 * +38 H number of items, +40 F bytes read (returned; also in R0).
 */
final class FileFunctions {

    static final int FSCB_LENGTH = 44;
    private static final int FN = 8;
    private static final int FT = 16;
    private static final int FM = 24;
    private static final int ITEM = 26;
    private static final int BUFFER = 28;
    private static final int SIZE = 32;
    private static final int RECFM = 36;
    private static final int ITEMS = 38;
    private static final int BYTES_READ = 40;

    /** FSWRITE's return codes for what FsCode does not name. */
    private static final int RC_BAD_ADDRESS = 2;
    private static final int RC_NOT_OPEN = 6;
    private static final int RC_BAD_RECFM = 11;
    private static final int RC_V_ITEMS = 18;
    private static final int RC_BAD_NAME = 20;
    private static final int RC_BAD_TYPE = 21;
    private static final int RC_NOT_ACCESSED = 36;

    /** One entry of the active file table. */
    private static final class OpenFile {
        final CmsDisk disk;
        RecordReader reader;
        RecordWriter writer;

        OpenFile(CmsDisk disk) {
            this.disk = disk;
        }
    }

    private final ProgramHost host;
    private final CmsFiles files;
    private final GuestMemory memory;
    private final Map<String, OpenFile> open = new HashMap<>();
    private byte[] transfer = new byte[0];

    FileFunctions(ProgramHost host, CmsFiles files, GuestMemory memory) {
        this.host = host;
        this.files = files;
        this.memory = memory;
    }

    /** A parameter list's fn, ft and fm, upper case, blanks removed. */
    private record Names(String fileName, String fileType, String mode) {
        String key() {
            return fileName + " " + fileType;
        }
    }

    /** The fn, ft and fm fields; a tokenized list (STATE fn ft) may end with the fence where a field would be. */
    private Names names(int plist) {
        return new Names(field(plist + FN, 8), field(plist + FT, 8), field(plist + FM, 2));
    }

    private String field(int address, int length) {
        return memory.byteAt(address) == 0xFF ? "" : memory.text(address, length).toUpperCase(Locale.ROOT);
    }

    /** FSREAD: reads one record (V) or {@code items} records (F) into the buffer; bytes read to +40 and R0. */
    int read(int plist) {
        Names n = names(plist);
        int address = memory.word(plist + BUFFER) & 0xFFFFFF;
        int size = memory.word(plist + SIZE);
        int item = memory.halfword(plist + ITEM);
        int items = Math.max(1, memory.halfword(plist + ITEMS));
        if (size < 0 || !memory.inside(address, size)) {
            return RC_BAD_ADDRESS;
        }
        OpenFile file = open.get(n.key());
        if (file == null || file.reader == null) {
            Optional<CmsFiles.Located> found = files.find(n.fileName(), n.fileType(), n.mode());
            if (found.isEmpty()) {
                return FsCode.FILE_NOT_FOUND.readReturnCode();
            }
            FsCode committed = close(n.key());
            if (committed != FsCode.OK) {
                return committed.readReturnCode();
            }
            found = files.find(n.fileName(), n.fileType(), n.mode());
            FsResult<RecordReader> reader = found.orElseThrow().disk().openReader(n.fileName(), n.fileType());
            if (!(reader instanceof FsResult.Done<RecordReader> done)) {
                return reader.code().readReturnCode();
            }
            file = new OpenFile(found.get().disk());
            file.reader = done.value();
            open.put(n.key(), file);
        }
        RecordReader reader = file.reader;
        boolean fixed = reader.status().format() == RecordFormat.F;
        int perRecord = fixed ? Math.min(size, reader.status().lrecl()) : size;
        if (!fixed) {
            items = 1;
        }
        int total = 0;
        FsCode code = FsCode.OK;
        for (int i = 0; i < items && code == FsCode.OK && total + perRecord <= size; i++) {
            byte[] buffer = transfer(perRecord);
            code = i == 0 && item != 0 ? reader.read(item, buffer) : reader.read(buffer);
            if (code == FsCode.OK || code == FsCode.BUFFER_TOO_SMALL) {
                memory.machine().write(address + total, buffer, 0, reader.length());
                total += reader.length();
            }
            if (code == FsCode.END_OF_FILE && i > 0) {
                code = FsCode.OK;
                break;
            }
        }
        memory.putWord(plist + BYTES_READ, total);
        memory.machine().setGpr(0, total);
        return code.readReturnCode();
    }

    /** FSWRITE: writes {@code items} records of the buffer (F) or one record of {@code size} bytes (V). */
    int write(int plist) {
        Names n = names(plist);
        int address = memory.word(plist + BUFFER) & 0xFFFFFF;
        int size = memory.word(plist + SIZE);
        int item = memory.halfword(plist + ITEM);
        int items = Math.max(1, memory.halfword(plist + ITEMS));
        int recfm = memory.byteAt(plist + RECFM);
        RecordFormat format = recfm == 0xE5 ? RecordFormat.V : RecordFormat.F;
        if (recfm != 0xE5 && recfm != 0xC6 && recfm != 0x40 && recfm != 0) {
            return RC_BAD_RECFM;
        }
        if (format == RecordFormat.V && items > 1) {
            return RC_V_ITEMS;
        }
        if (size <= 0 || size % items != 0 || !memory.inside(address, size)) {
            return RC_BAD_ADDRESS;
        }
        if (!FileId.valid(n.fileName())) {
            return RC_BAD_NAME;
        }
        if (!FileId.valid(n.fileType())) {
            return RC_BAD_TYPE;
        }
        int length = size / items;
        OpenFile file = open.get(n.key());
        if (file == null || file.writer == null) {
            if (file != null) {
                open.remove(n.key());
            }
            char letter = n.mode().isEmpty() || n.mode().charAt(0) == '*' ? 'A' : n.mode().charAt(0);
            int number = n.mode().length() > 1 && Character.isDigit(n.mode().charAt(1)) ? n.mode().charAt(1) - '0' : 1;
            Optional<CmsDisk> disk = host.disk(letter);
            if (disk.isEmpty()) {
                return RC_NOT_ACCESSED;
            }
            Optional<FileId> id = FileId.parse(n.fileName(), n.fileType(), Math.min(number, 6));
            FsResult<RecordWriter> writer = disk.get().openWriter(id.orElseThrow(), format, length, WriteMode.UPDATE);
            if (!(writer instanceof FsResult.Done<RecordWriter> done)) {
                return writer.code().returnCode();
            }
            file = new OpenFile(disk.get());
            file.writer = done.value();
            open.put(n.key(), file);
        }
        byte[] buffer = transfer(size);
        memory.machine().read(address, buffer, 0, size);
        for (int i = 0; i < items; i++) {
            FsCode code = i == 0 && item != 0 ? file.writer.write(item, buffer, 0, length)
                    : file.writer.write(buffer, i * length, length);
            if (code != FsCode.OK) {
                return code.returnCode();
            }
        }
        return 0;
    }

    /** FSCLOSE: commits a file written, forgets a file read; 6 when the file is not open. */
    int finis(int plist) {
        Names n = names(plist);
        if (n.fileName().equals("*")) {
            return closeAll().returnCode();
        }
        if (!open.containsKey(n.key())) {
            return RC_NOT_OPEN;
        }
        return close(n.key()).returnCode();
    }

    /** FSSTATE: R1 → a copy of the file's 64-byte FST in the transfer area; 28 when there is no such file. */
    int state(int plist, int fstArea) {
        Names n = names(plist);
        if (!FileId.valid(n.fileName()) && !n.fileName().equals("*")) {
            return RC_BAD_NAME;
        }
        FsCode committed = close(n.key());
        if (committed != FsCode.OK) {
            return committed.returnCode();
        }
        Optional<CmsFiles.Located> found = files.find(n.fileName(), n.fileType(), n.mode());
        if (found.isEmpty()) {
            return FsCode.FILE_NOT_FOUND.returnCode();
        }
        FileStatus status = found.get().status();
        byte[] fst = new byte[64];
        status.encode(fst, 0, found.get().disk().label().blockSize());
        memory.put(fstArea, fst);
        memory.machine().setGpr(1, fstArea);
        return 0;
    }

    /** FSERASE: erases the file (on its disk, or the first in the search order); 28 when there is none. */
    int erase(int plist) {
        Names n = names(plist);
        Optional<RecordWriter> writer = Optional.ofNullable(open.remove(n.key())).map(f -> f.writer);
        writer.ifPresent(RecordWriter::discard);
        Optional<CmsFiles.Located> found = files.find(n.fileName(), n.fileType(), n.mode());
        if (found.isEmpty()) {
            return FsCode.FILE_NOT_FOUND.returnCode();
        }
        FsResult<Integer> erased = found.get().disk().erase(FilePattern.of(n.fileName(), n.fileType()));
        return erased.code().returnCode();
    }

    /** FSOPEN: 0 when the file exists (and can be read), 28 when it does not. */
    int fsopen(int plist) {
        Names n = names(plist);
        return files.find(n.fileName(), n.fileType(), n.mode()).isPresent() ? 0 : FsCode.FILE_NOT_FOUND.returnCode();
    }

    /** Commits every file written and forgets every file read, as CMS does when a command ends. */
    FsCode closeAll() {
        FsCode worst = FsCode.OK;
        for (String key : java.util.List.copyOf(open.keySet())) {
            FsCode code = close(key);
            if (code != FsCode.OK) {
                worst = code;
            }
        }
        return worst;
    }

    private FsCode close(String key) {
        OpenFile file = open.remove(key);
        return file == null || file.writer == null ? FsCode.OK : file.writer.close();
    }

    private byte[] transfer(int length) {
        if (transfer.length != length) {
            transfer = new byte[length];
        }
        return transfer;
    }
}
