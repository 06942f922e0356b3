package vm370.cms.nucleus;

import java.util.ArrayList;
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
import vm370.cms.nucleus.CopyOptions.Conversion;
import vm370.cms.nucleus.CopyOptions.Disposition;

/**
 * COPYFILE fileid1 [fileid2 ...] [fileid0] [(options]: copies records, selecting, editing and
 * converting them on the way (options in {@link CopyOptions}). Several input fileids, or a pattern
 * whose {@code *} the output does not keep with {@code =}, are combined into one output file (as
 * with SINGLE); a pattern kept by {@code =} copies every file it matches to its own output. Given
 * only the input's id, the file is changed in place. An output that is also an input, or that OVLY
 * lays records over, is written whole to the work file COPYFILE CMSUT1, which then takes its name,
 * so a failure leaves it as it was. PACK and UNPACK are {@link PackedFile}.
 * @vm370 DMSCPY
 */
final class CopyFile {

    private static final String MODULE = "DMSCPY";
    private static final String WORK_NAME = "COPYFILE";
    private static final String WORK_TYPE = "CMSUT1";

    private CopyFile() {
    }

    /** What every output file of one command shares: the options and the edits the lists made. */
    private record Plan(CopyOptions options, byte[] table, CopySpecs specs) {
    }

    static int run(CmsSession cms, CommandLine line) {
        List<String> o = line.operands();
        if (o.size() < 2 || o.size() > 6 && o.size() % 3 != 0) {
            return cms.fail(24, MODULE + "054E INCOMPLETE FILEID SPECIFIED");
        }
        CopyOptions options;
        switch (CopyOptions.parse(line.options())) {
            case CopyOptions.Parsed.Good good -> options = good.options();
            case CopyOptions.Parsed.Bad bad -> {
                return cms.fail(bad.returnCode(), bad.message());
            }
        }
        boolean inPlace = o.size() <= 3;
        List<List<String>> inputIds = new ArrayList<>();
        for (int i = 0; i < Math.max(1, o.size() / 3 - 1) * 3; i += 3) {
            inputIds.add(List.of(o.get(i), o.get(i + 1), i + 2 < o.size() ? o.get(i + 2) : "*"));
        }
        int out = o.size() > 6 ? o.size() - 3 : 3;
        List<String> outputId = List.of(o.size() > out ? o.get(out) : "=", o.size() > out + 1 ? o.get(out + 1) : "=",
                o.size() > out + 2 ? o.get(out + 2) : "=");
        for (List<String> id : inputIds) {
            if (!FileIo.validMode(id.get(2))) {
                return cms.fail(24, MODULE + "048E INVALID MODE '" + id.get(2) + "'");
            }
        }
        if (!outputId.get(2).equals("=") && !FileIo.validMode(outputId.get(2))) {
            return cms.fail(24, MODULE + "048E INVALID MODE '" + outputId.get(2) + "'");
        }
        List<FileCommands.Listed> inputs = new ArrayList<>();
        for (List<String> id : inputIds) {
            List<FileCommands.Listed> found = FileCommands.matching(cms, id.get(0), id.get(1), id.get(2));
            if (found.isEmpty()) {
                return cms.fail(28, MODULE + "002E FILE '" + String.join(" ", id) + "' NOT FOUND");
            }
            inputs.addAll(pattern(id) ? found : found.subList(0, 1));
        }
        List<String> first = inputIds.getFirst();
        boolean multiple = !options.single() && inputIds.size() == 1 && (first.get(0).contains("*")
                && outputId.get(0).equals("=") || first.get(1).contains("*") && outputId.get(1).equals("="));
        if (options.conversion() != Conversion.NONE && !multiple && inputs.size() > 1) {
            return cms.fail(24, MODULE + "067E COMBINED INPUT FILES ILLEGAL WITH PACK OR UNPACK OPTIONS");
        }
        Object plan = plan(cms, options);
        if (plan instanceof FileIo.Failure f) {
            return cms.fail(f.returnCode(), f.message());
        }
        for (List<FileCommands.Listed> group : multiple ? inputs.stream().map(List::of).toList() : List.of(inputs)) {
            int rc = copy(cms, group, outputId, inPlace, (Plan) plan);
            if (rc != 0) {
                return rc;
            }
        }
        return 0;
    }

    private static boolean pattern(List<String> id) {
        return id.get(0).contains("*") || id.get(1).contains("*");
    }

    /** Reads the SPECS and TRANS lists, prompting unless NOPROMPT: the plan, or the failure. */
    private static Object plan(CmsSession cms, CopyOptions options) {
        CopySpecs specs = null;
        if (options.specs()) {
            switch (CopySpecs.parse(list(cms, MODULE + "601R ENTER SPECIFICATION LIST:", options.prompt()))) {
                case CopySpecs.Parsed.Good good -> specs = good.specs();
                case CopySpecs.Parsed.Bad bad -> {
                    return new FileIo.Failure(bad.returnCode(), bad.message());
                }
            }
        }
        byte[] table = CopyTranslation.table(options.caseChange(), options.trans());
        if (options.trans()) {
            String text = list(cms, MODULE + "602R ENTER TRANSLATION LIST:", options.prompt());
            String wrong = CopyTranslation.applyList(text.isEmpty() ? List.of() : List.of(text.split(" +")), table);
            if (wrong != null) {
                return new FileIo.Failure(24, MODULE + "064E INVALID TRANSLATE SPECIFICATION AT OR NEAR '" + wrong
                        + "'");
            }
        }
        return new Plan(options, table, specs);
    }

    /** A list as the user types it: a line ending in {@code ++} goes on in the next line. */
    private static String list(CmsSession cms, String prompt, boolean show) {
        if (show) {
            cms.console().message(prompt);
        }
        StringBuilder text = new StringBuilder();
        while (true) {
            String read = cms.nextInputLine();
            String line = read == null ? "" : read.strip();
            if (!line.endsWith("++")) {
                return text.append(line).toString().strip();
            }
            text.append(line, 0, line.length() - 2).append(' ');
        }
    }

    /** Copies {@code inputs} into one output file, named from the first input where the output says {@code =}. */
    private static int copy(CmsSession cms, List<FileCommands.Listed> inputs, List<String> outputId, boolean inPlace,
            Plan plan) {
        FileCommands.Listed firstInput = inputs.getFirst();
        FileStatus in = firstInput.file();
        String mode = outputId.get(2).equals("=") ? String.valueOf(firstInput.disk().mode()) + in.modeNumber()
                : outputId.get(2);
        Object target = FileIo.writableDisk(cms, MODULE, mode);
        if (target instanceof FileIo.Failure f) {
            return cms.fail(f.returnCode(), f.message());
        }
        AccessedDisk disk = (AccessedDisk) target;
        String fn = outputId.get(0).equals("=") ? in.fileName() : outputId.get(0);
        String ft = outputId.get(1).equals("=") ? in.fileType() : outputId.get(1);
        Optional<FileId> id = FileId.parse(fn, ft, FileIo.modeNumber(mode, in.modeNumber()));
        if (id.isEmpty()) {
            return cms.fail(24, MODULE + "070E INVALID PARAMETER '" + fn + " " + ft + "'");
        }
        CopyOptions options = plan.options();
        String outId = id.get().fileName() + " " + id.get().fileType() + " " + disk.mode() + id.get().modeNumber();
        Optional<FileStatus> existing = disk.state(id.get().fileName(), id.get().fileType());
        boolean sameFile = existing.isPresent() && inputs.stream().anyMatch(i -> i.disk() == disk
                && i.file().fileName().equals(existing.get().fileName())
                && i.file().fileType().equals(existing.get().fileType()));
        Disposition disposition = options.disposition();
        boolean overwrite = disposition == Disposition.REPLACE || inPlace && sameFile;
        boolean keepsOutput = existing.isPresent() && (disposition == Disposition.APPEND
                || disposition == Disposition.OVLY);
        if (existing.isPresent() && !overwrite && !keepsOutput || sameFile && disposition == Disposition.APPEND) {
            return cms.fail(28, MODULE + "024E FILE '" + outId + "' ALREADY EXISTS -- SPECIFY 'REPLACE'");
        }
        Output output = new Output(disk, id.get(), outId, existing.orElse(null), sameFile);
        return switch (options.conversion()) {
            case NONE -> transfer(cms, inputs, output, plan);
            case PACK, UNPACK -> packing(cms, firstInput, output, options);
        };
    }

    /** The output file of one copy: where it goes, and the file of that name that is there already (or null). */
    private record Output(AccessedDisk disk, FileId id, String fileId, FileStatus existing, boolean sameFile) {

        /** Whether the copy is written to COPYFILE CMSUT1 first: it reads the file it replaces. */
        boolean throughWorkFile(Disposition disposition) {
            return existing != null && (sameFile || disposition == Disposition.OVLY);
        }
    }

    private static int transfer(CmsSession cms, List<FileCommands.Listed> inputs, Output output, Plan plan) {
        CopyOptions options = plan.options();
        boolean keepsOutput = output.existing() != null && (options.disposition() == Disposition.APPEND
                || options.disposition() == Disposition.OVLY);
        FileStatus in = inputs.getFirst().file();
        RecordFormat format = options.format() != null ? options.format()
                : keepsOutput ? output.existing().format() : in.format();
        int widest = inputs.stream().mapToInt(i -> i.file().lrecl()).max().orElse(1);
        int lrecl = options.lrecl() > 0 ? options.lrecl() : keepsOutput ? output.existing().lrecl()
                : Math.max(widest, plan.specs() == null ? 1 : plan.specs().width());
        RecordReader overlaid = null;
        if (options.disposition() == Disposition.OVLY && output.existing() != null) {
            FsResult<RecordReader> opened = output.disk().disk().openReader(output.existing().fileName(),
                    output.existing().fileType());
            if (!(opened instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
                return readError(cms, output.existing());
            }
            overlaid = reader;
        }
        Object opened = openOutput(output, format, lrecl, options, in);
        if (opened instanceof FileIo.Failure f) {
            return cms.fail(f.returnCode(), f.message());
        }
        RecordWriter writer = (RecordWriter) opened;
        CopyTransfer transfer = new CopyTransfer(writer, options, lrecl, plan.table(), plan.specs(), overlaid);
        for (FileCommands.Listed input : inputs) {
            typeCopy(cms, input, output, options, input == inputs.getFirst());
            FsResult<RecordReader> read = input.disk().disk().openReader(input.file().fileName(),
                    input.file().fileType());
            if (!(read instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
                writer.discard();
                return readError(cms, input.file());
            }
            FileIo.Failure failure = switch (transfer.copy(reader)) {
                case CopyTransfer.Outcome.Copied copied -> null;
                case CopyTransfer.Outcome.PastEnd end -> new FileIo.Failure(32, MODULE + "156E 'FROM "
                        + options.from() + "' NOT FOUND -- FILE '" + input.file().fileId() + "' HAS ONLY "
                        + end.records() + " RECORDS");
                case CopyTransfer.Outcome.NoLabel none -> new FileIo.Failure(32, MODULE + "157E LABEL '"
                        + options.fromLabel() + "' NOT FOUND IN FILE '" + input.file().fileId() + "'");
                case CopyTransfer.Outcome.Failed failed -> new FileIo.Failure(failed.code().commandReturnCode(),
                        FileIo.writeError(MODULE, failed.code(), output.fileId(), output.disk().mode()));
            };
            if (failure != null) {
                writer.discard();
                return cms.fail(failure.returnCode(), failure.message());
            }
        }
        FsCode code = transfer.finish();
        if (code == FsCode.OK && transfer.written() == 0) {
            writer.discard();
            return cms.fail(40, MODULE + "173E NO RECORDS WERE COPIED TO OUTPUT FILE '" + output.fileId() + "'");
        }
        return finish(cms, writer, code, output, options);
    }

    /** PACK or UNPACK: one input, copied whole. */
    private static int packing(CmsSession cms, FileCommands.Listed input, Output output, CopyOptions options) {
        FileStatus in = input.file();
        FsResult<RecordReader> read = input.disk().disk().openReader(in.fileName(), in.fileType());
        if (!(read instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
            return readError(cms, in);
        }
        PackedFile.Header packed = options.conversion() == Conversion.UNPACK ? PackedFile.header(reader) : null;
        if (options.conversion() == Conversion.UNPACK && packed == null) {
            return notPacked(cms, in);
        }
        RecordFormat format = packed == null ? RecordFormat.F : packed.format();
        Object opened = openOutput(output, format, packed == null ? PackedFile.LRECL : packed.lrecl(), options, in);
        if (opened instanceof FileIo.Failure f) {
            return cms.fail(f.returnCode(), f.message());
        }
        RecordWriter writer = (RecordWriter) opened;
        typeCopy(cms, input, output, options, true);
        FsCode code;
        if (packed == null) {
            code = PackedFile.pack(reader, writer);
        } else {
            PackedFile.Outcome outcome = PackedFile.unpack(reader, packed, writer);
            if (outcome instanceof PackedFile.Outcome.Damaged) {
                writer.discard();
                return notPacked(cms, in);
            }
            code = outcome instanceof PackedFile.Outcome.Failed failed ? failed.code() : FsCode.OK;
        }
        return finish(cms, writer, code, output, options);
    }

    /** The writer of the output (or of the work file that becomes it), dated as OLDDATE says. */
    private static Object openOutput(Output output, RecordFormat format, int lrecl, CopyOptions options,
            FileStatus firstInput) {
        FileId written = output.throughWorkFile(options.disposition())
                ? FileId.parse(WORK_NAME, WORK_TYPE, output.id().modeNumber()).orElseThrow() : output.id();
        FsResult<RecordWriter> created = output.disk().disk().openWriter(written, format, Math.max(lrecl, 1),
                options.disposition() == Disposition.APPEND ? WriteMode.UPDATE : WriteMode.REPLACE);
        if (!(created instanceof FsResult.Done<RecordWriter>(RecordWriter writer))) {
            return new FileIo.Failure(created.code().commandReturnCode(), FileIo.writeError(MODULE, created.code(),
                    output.fileId(), output.disk().mode()));
        }
        if (options.oldDate()) {
            writer.keepDate(firstInput.written());
        }
        return writer;
    }

    /** TYPE: the first input names the output; the others of a combined copy only themselves. */
    private static void typeCopy(CmsSession cms, FileCommands.Listed input, Output output, CopyOptions options,
            boolean first) {
        if (!options.type()) {
            return;
        }
        String in = input.file().fileId();
        if (!first) {
            cms.console().line("COPY '" + in + "'");
            return;
        }
        String how = switch (options.disposition()) {
            case APPEND -> "APPEND";
            case OVLY -> "OVLY";
            case NEWFILE, REPLACE -> "TO";
        };
        cms.console().line(String.format("COPY '%s' %s '%s' (%s FILE)", in, how, output.fileId(),
                output.existing() != null ? "OLD" : "NEW"));
    }

    /** Ends the copy: the writer closes (dated as OLDDATE says) and a work file takes the output's name. */
    private static int finish(CmsSession cms, RecordWriter writer, FsCode code, Output output, CopyOptions options) {
        if (code != FsCode.OK) {
            writer.discard();
            return cms.fail(code.commandReturnCode(), FileIo.writeError(MODULE, code, output.fileId(),
                    output.disk().mode()));
        }
        code = writer.close();
        if (code == FsCode.OK && output.throughWorkFile(options.disposition())) {
            code = replaceByWorkFile(output);
        }
        return code == FsCode.OK ? 0 : cms.fail(code.commandReturnCode(), FileIo.writeError(MODULE, code,
                output.fileId(), output.disk().mode()));
    }

    private static int readError(CmsSession cms, FileStatus file) {
        return cms.fail(100, MODULE + "104S ERROR READING FILE '" + file.fileId() + "' FROM DISK");
    }

    private static int notPacked(CmsSession cms, FileStatus in) {
        return cms.fail(32, MODULE + "907E FILE '" + in.fileId() + "' IS NOT IN PACKED FORMAT");
    }

    /** The last step through the work file: the old output goes, and COPYFILE CMSUT1 takes its name. */
    private static FsCode replaceByWorkFile(Output output) {
        FileStatus old = output.existing();
        FsResult<Integer> erased = output.disk().disk().erase(FilePattern.of(old.fileName(), old.fileType()));
        if (!(erased instanceof FsResult.Done<Integer>)) {
            return erased.code();
        }
        return output.disk().disk().rename(WORK_NAME, WORK_TYPE, output.id());
    }
}
