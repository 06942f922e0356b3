package vm370.cms.nucleus;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
 * COPYFILE fn ft fm [fn2 ft2 fm2] (REPLACE NEWFILE APPEND TYPE NOTYPE RECFM F|V LRECL n FROM n FOR n
 * PACK UNPACK: copies records byte for byte, converting the record format on the way ({@code =}
 * keeps a part of the input's id; a pattern copies every file it matches). Given only the input's
 * id, the file is changed in place, through the work file COPYFILE CMSUT1 as CMS does it.
 * PACK writes CMS's packed form and UNPACK restores the original (see {@link PackedFile}).
 * @vm370 DMSCPY
 */
final class CopyFile {

    private static final String MODULE = "DMSCPY";
    private static final String WORK_NAME = "COPYFILE";
    private static final String WORK_TYPE = "CMSUT1";

    private CopyFile() {
    }

    /** The options that shape one copy. */
    private record Options(boolean replace, boolean append, boolean type, RecordFormat format, int lrecl,
            int from, int count, Conversion conversion) {
    }

    /** Whether records are copied as they are, packed or unpacked. */
    private enum Conversion { NONE, PACK, UNPACK }

    /** The options as parsed: good, or the message that says what is wrong with them. */
    private sealed interface Parsed {
        record Good(Options options) implements Parsed {
        }

        record Bad(String message) implements Parsed {
        }
    }

    static int run(CmsSession cms, CommandLine line) {
        List<String> o = line.operands();
        if (o.size() < 2) {
            return cms.fail(24, MODULE + "054E INCOMPLETE FILEID SPECIFIED");
        }
        Options options;
        switch (options(line)) {
            case Parsed.Good good -> options = good.options();
            case Parsed.Bad bad -> {
                return cms.fail(24, bad.message());
            }
        }
        String inMode = o.size() > 2 ? o.get(2) : "*";
        boolean inPlace = o.size() <= 3;
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
                    outType.equals("=") ? in.fileType() : outType, mode, inPlace, options);
            if (rc != 0) {
                return rc;
            }
        }
        return 0;
    }

    /** One option: its name, the fewest letters that abbreviate it, and whether a value follows it. */
    private record Keyword(String name, int minimum, boolean valued) {
    }

    private static final List<Keyword> KEYWORDS = List.of(new Keyword("REPLACE", 3, false),
            new Keyword("NEWFILE", 4, false), new Keyword("APPEND", 3, false), new Keyword("TYPE", 2, false),
            new Keyword("NOTYPE", 4, false), new Keyword("RECFM", 3, true), new Keyword("LRECL", 2, true),
            new Keyword("FROM", 2, true), new Keyword("FOR", 3, true), new Keyword("PACK", 2, false),
            new Keyword("UNPACK", 3, false));

    /** Options that cannot be given together (the second of each pair names every partner of the first). */
    private static final List<List<String>> CONFLICTS = List.of(List.of("REPLACE", "APPEND"),
            List.of("NEWFILE", "REPLACE"), List.of("NEWFILE", "APPEND"), List.of("TYPE", "NOTYPE"),
            List.of("PACK", "UNPACK"), List.of("PACK", "APPEND"), List.of("PACK", "RECFM"), List.of("PACK", "LRECL"),
            List.of("PACK", "FROM"), List.of("PACK", "FOR"), List.of("UNPACK", "APPEND"), List.of("UNPACK", "RECFM"),
            List.of("UNPACK", "LRECL"), List.of("UNPACK", "FROM"), List.of("UNPACK", "FOR"));

    private static Parsed options(CommandLine line) {
        java.util.Map<String, String> given = new java.util.LinkedHashMap<>();
        List<String> words = line.options();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            Keyword keyword = KEYWORDS.stream().filter(k -> CommandLine.abbreviates(word, k.name(), k.minimum()))
                    .findFirst().orElse(null);
            if (keyword == null || keyword.valued() && i + 1 == words.size()) {
                return new Parsed.Bad(MODULE + "003E INVALID OPTION '" + word + "'");
            }
            given.put(keyword.name(), keyword.valued() ? words.get(++i) : "");
        }
        for (List<String> pair : CONFLICTS) {
            if (given.containsKey(pair.get(0)) && given.containsKey(pair.get(1))) {
                return new Parsed.Bad(MODULE + "066E '" + pair.get(0) + "' AND '" + pair.get(1)
                        + "' ARE CONFLICTING OPTIONS");
            }
        }
        String recfm = given.get("RECFM");
        RecordFormat format = recfm == null ? null : recfm.equals("F") ? RecordFormat.F
                : recfm.equals("V") ? RecordFormat.V : null;
        if (recfm != null && format == null) {
            return invalidValue(recfm, "RECFM");
        }
        int length = number(given, "LRECL", 0);
        int first = number(given, "FROM", 1);
        int many = number(given, "FOR", Integer.MAX_VALUE);
        if (length < 1 && given.containsKey("LRECL") || length > 65535) {
            return invalidValue(given.get("LRECL"), "LRECL");
        }
        if (first < 1) {
            return invalidValue(given.get("FROM"), "FROM");
        }
        if (many < 0) {
            return invalidValue(given.get("FOR"), "FOR");
        }
        Conversion conversion = given.containsKey("PACK") ? Conversion.PACK
                : given.containsKey("UNPACK") ? Conversion.UNPACK : Conversion.NONE;
        return new Parsed.Good(new Options(given.containsKey("REPLACE"), given.containsKey("APPEND"),
                given.containsKey("TYPE"), format, length, first, many, conversion));
    }

    private static int number(java.util.Map<String, String> given, String option, int fallback) {
        String value = given.get(option);
        return value == null ? fallback : FileCommands.number(value);
    }

    private static Parsed invalidValue(String value, String option) {
        return new Parsed.Bad(MODULE + "029E INVALID PARAMETER '" + value + "' IN THE OPTION '" + option + "' FIELD");
    }

    private static int copy(CmsSession cms, FileCommands.Listed input, String fn, String ft, String mode,
            boolean inPlace, Options options) {
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
        boolean overwrite = options.replace() || inPlace && sameFile;
        if (existing.isPresent() && !overwrite && !options.append() || sameFile && options.append()) {
            return cms.fail(28, MODULE + "024E FILE '" + outId + "' ALREADY EXISTS -- SPECIFY 'REPLACE'");
        }
        FsResult<RecordReader> opened = input.disk().disk().openReader(in.fileName(), in.fileType());
        if (!(opened instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
            return cms.fail(100, MODULE + "104S ERROR READING FILE '" + in.fileId() + "' FROM DISK");
        }
        PackedFile.Header packed = null;
        if (options.conversion() == Conversion.UNPACK) {
            packed = PackedFile.header(reader);
            if (packed == null) {
                return notPacked(cms, in);
            }
        }
        RecordFormat format = switch (options.conversion()) {
            case PACK -> RecordFormat.F;
            case UNPACK -> packed.format();
            case NONE -> options.format() != null ? options.format()
                    : options.append() && existing.isPresent() ? existing.get().format() : in.format();
        };
        int lrecl = switch (options.conversion()) {
            case PACK -> PackedFile.LRECL;
            case UNPACK -> packed.lrecl();
            case NONE -> options.lrecl() > 0 ? options.lrecl()
                    : options.append() && existing.isPresent() ? existing.get().lrecl() : in.lrecl();
        };
        if (options.type()) {
            cms.console().line(String.format("COPY '%s' %s '%s' (%s FILE)", in.fileId(),
                    options.append() ? "APPEND" : "TO", outId, existing.isPresent() ? "OLD" : "NEW"));
        }
        // The output is written whole before it replaces the input, so a failure leaves the input as it was.
        FileId written = sameFile ? FileId.parse(WORK_NAME, WORK_TYPE, id.get().modeNumber()).orElseThrow() : id.get();
        FsResult<RecordWriter> created = disk.disk().openWriter(written, format, Math.max(lrecl, 1),
                options.append() ? WriteMode.UPDATE : WriteMode.REPLACE);
        if (!(created instanceof FsResult.Done<RecordWriter>(RecordWriter writer))) {
            return cms.fail(created.code().commandReturnCode(), FileIo.writeError(MODULE, created.code(), outId,
                    disk.mode()));
        }
        FsCode code;
        if (options.conversion() == Conversion.UNPACK) {
            PackedFile.Outcome outcome = PackedFile.unpack(reader, packed, writer);
            if (outcome instanceof PackedFile.Outcome.Damaged) {
                writer.discard();
                return notPacked(cms, in);
            }
            code = outcome instanceof PackedFile.Outcome.Failed failed ? failed.code() : FsCode.OK;
        } else {
            code = options.conversion() == Conversion.PACK ? PackedFile.pack(reader, writer)
                    : transfer(reader, writer, format, lrecl, options);
        }
        if (code != FsCode.OK) {
            writer.discard();
            return cms.fail(code.commandReturnCode(), FileIo.writeError(MODULE, code, outId, disk.mode()));
        }
        code = writer.close();
        if (code == FsCode.OK && sameFile) {
            code = replaceByWorkFile(disk, in, written, id.get());
        }
        return code == FsCode.OK ? 0 : cms.fail(code.commandReturnCode(), FileIo.writeError(MODULE, code, outId,
                disk.mode()));
    }

    private static int notPacked(CmsSession cms, FileStatus in) {
        return cms.fail(32, MODULE + "907E FILE '" + in.fileId() + "' IS NOT IN PACKED FORMAT");
    }

    /** The in-place copy's last step: the input goes, and COPYFILE CMSUT1 takes its name. */
    private static FsCode replaceByWorkFile(AccessedDisk disk, FileStatus in, FileId work, FileId to) {
        FsResult<Integer> erased = disk.disk().erase(FilePattern.of(in.fileName(), in.fileType()));
        if (!(erased instanceof FsResult.Done<Integer>)) {
            return erased.code();
        }
        return disk.disk().rename(work.fileName(), work.fileType(), to);
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
