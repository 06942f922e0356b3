package vm370.cms.nucleus;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FileStatus;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;

/**
 * COPYFILE fn ft fm [fn2 ft2 fm2] (REPLACE APPEND TYPE RECFM F|V LRECL n FROM n FOR n: copies
 * records byte for byte, converting the record format on the way ({@code =} keeps a part of the
 * input's id; a pattern copies every file it matches).
 * @vm370 DMSCPY
 */
final class CopyFile {

    private static final String MODULE = "DMSCPY";

    private CopyFile() {
    }

    /** The options that shape one copy. */
    private record Options(boolean replace, boolean append, boolean type, RecordFormat format, int lrecl,
            int from, int count) {
    }

    static int run(CmsSession cms, CommandLine line) {
        List<String> o = line.operands();
        if (o.size() < 2) {
            return cms.fail(24, MODULE + "054E INCOMPLETE FILEID SPECIFIED");
        }
        Options options = options(line);
        if (options == null) {
            return cms.fail(24, MODULE + "003E INVALID OPTION");
        }
        String inMode = o.size() > 2 ? o.get(2) : "*";
        String outName = o.size() > 3 ? o.get(3) : "=";
        String outType = o.size() > 4 ? o.get(4) : "=";
        String outMode = o.size() > 5 ? o.get(5) : "=";
        if (!FileIo.validMode(inMode) || (!outMode.equals("=") && !FileIo.validMode(outMode))) {
            return cms.fail(24, MODULE + "048E INVALID MODE '" + (FileIo.validMode(inMode) ? outMode : inMode) + "'");
        }
        List<FileCommands.Listed> inputs = FileCommands.matching(cms, o.get(0), o.get(1), inMode);
        if (inputs.isEmpty()) {
            return cms.fail(28, MODULE + "002E FILE '" + o.get(0) + " " + o.get(1) + " " + inMode + "' NOT FOUND");
        }
        if (!o.get(0).contains("*") && !o.get(1).contains("*")) {
            inputs = inputs.subList(0, 1);
        }
        for (FileCommands.Listed input : inputs) {
            FileStatus in = input.file();
            String mode = outMode.equals("=") ? String.valueOf(input.disk().mode()) + in.modeNumber() : outMode;
            int rc = copy(cms, input, outName.equals("=") ? in.fileName() : outName,
                    outType.equals("=") ? in.fileType() : outType, mode, options);
            if (rc != 0) {
                return rc;
            }
        }
        return 0;
    }

    private static Options options(CommandLine line) {
        String recfm = line.optionValue("RECFM", 3);
        String lrecl = line.optionValue("LRECL", 3);
        String from = line.optionValue("FROM", 3);
        String count = line.optionValue("FOR", 3);
        RecordFormat format = recfm == null ? null : recfm.equals("F") ? RecordFormat.F
                : recfm.equals("V") ? RecordFormat.V : null;
        if (recfm != null && format == null) {
            return null;
        }
        int length = lrecl == null ? 0 : FileCommands.number(lrecl);
        int first = from == null ? 1 : FileCommands.number(from);
        int many = count == null ? Integer.MAX_VALUE : FileCommands.number(count);
        if (length < 0 || length > 65535 || first < 1 || many < 0) {
            return null;
        }
        return new Options(line.hasOption("REPLACE", 3), line.hasOption("APPEND", 3), line.hasOption("TYPE", 3),
                format, length, first, many);
    }

    private static int copy(CmsSession cms, FileCommands.Listed input, String fn, String ft, String mode,
            Options options) {
        Object target = FileIo.writableDisk(cms, MODULE, mode);
        if (target instanceof FileIo.Failure f) {
            return cms.fail(f.returnCode(), f.message());
        }
        AccessedDisk disk = (AccessedDisk) target;
        FileStatus in = input.file();
        Optional<FileId> id = FileId.parse(fn, ft, FileIo.modeNumber(mode, in.modeNumber()));
        if (id.isEmpty()) {
            return cms.fail(24, MODULE + "070E INVALID PARAMETER '" + fn + " " + ft + "'");
        }
        String outId = id.get().fileName() + " " + id.get().fileType() + " " + disk.mode() + id.get().modeNumber();
        Optional<FileStatus> existing = disk.state(id.get().fileName(), id.get().fileType());
        boolean sameFile = disk == input.disk() && existing.isPresent()
                && existing.get().fileName().equals(in.fileName()) && existing.get().fileType().equals(in.fileType());
        if (existing.isPresent() && !options.replace() && !options.append() || sameFile && options.append()) {
            return cms.fail(28, MODULE + "024E FILE '" + outId + "' ALREADY EXISTS -- SPECIFY 'REPLACE'");
        }
        RecordFormat format = options.format() != null ? options.format()
                : options.append() && existing.isPresent() ? existing.get().format() : in.format();
        int lrecl = options.lrecl() > 0 ? options.lrecl()
                : options.append() && existing.isPresent() ? existing.get().lrecl() : in.lrecl();
        if (options.type()) {
            cms.console().line(String.format("COPY '%s' %s '%s' (%s FILE)", in.fileId(),
                    options.append() ? "APPEND" : "TO", outId, existing.isPresent() ? "OLD" : "NEW"));
        }
        FsResult<RecordReader> opened = input.disk().disk().openReader(in.fileName(), in.fileType());
        if (!(opened instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
            return cms.fail(100, MODULE + "104S ERROR READING FILE '" + in.fileId() + "' FROM DISK");
        }
        FsResult<RecordWriter> created = disk.disk().openWriter(id.get(), format, Math.max(lrecl, 1),
                options.append() ? WriteMode.UPDATE : WriteMode.REPLACE);
        if (!(created instanceof FsResult.Done<RecordWriter>(RecordWriter writer))) {
            return cms.fail(created.code().commandReturnCode(), FileIo.writeError(MODULE, created.code(), outId,
                    disk.mode()));
        }
        FsCode code = transfer(reader, writer, format, lrecl, options);
        if (code != FsCode.OK) {
            writer.discard();
            return cms.fail(code.commandReturnCode(), FileIo.writeError(MODULE, code, outId, disk.mode()));
        }
        code = writer.close();
        return code == FsCode.OK ? 0 : cms.fail(code.commandReturnCode(), FileIo.writeError(MODULE, code, outId,
                disk.mode()));
    }

    /** Copies the records FROM/FOR select, padding with blanks to an F LRECL or trimming trailing blanks for V. */
    private static FsCode transfer(RecordReader reader, RecordWriter writer, RecordFormat format, int lrecl,
            Options options) {
        int records = reader.status().records();
        byte[] in = new byte[Math.max(1, reader.status().lrecl())];
        byte[] out = new byte[Math.max(Math.max(lrecl, in.length), 1)];
        boolean convert = format != reader.status().format() || lrecl != reader.status().lrecl();
        int last = (int) Math.min(records, (long) options.from() - 1 + options.count());
        for (int n = options.from(); n <= last; n++) {
            FsCode code = n == options.from() ? reader.read(n, in) : reader.read(in);
            if (code != FsCode.OK) {
                return code;
            }
            int length = reader.length();
            if (!convert) {
                code = writer.write(in, 0, length);
            } else if (format == RecordFormat.F) {
                Arrays.fill(out, 0, lrecl, (byte) 0x40);
                System.arraycopy(in, 0, out, 0, Math.min(length, lrecl));
                code = writer.write(out, 0, lrecl);
            } else {
                int end = Math.min(length, lrecl > 0 ? lrecl : length);
                while (end > 1 && in[end - 1] == 0x40) {
                    end--;
                }
                code = writer.write(in, 0, Math.max(end, 1));
            }
            if (code != FsCode.OK) {
                return code;
            }
        }
        return FsCode.OK;
    }
}
