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
        FileIds ids = FileIds.of(o);
        String badMode = ids.badMode();
        if (badMode != null) {
            return cms.fail(24, MODULE + "048E INVALID MODE '" + badMode + "'");
        }
        List<FileCommands.Listed> inputs = new ArrayList<>();
        for (List<String> id : ids.inputs()) {
            List<FileCommands.Listed> found = FileCommands.matching(cms, id.get(0), id.get(1), id.get(2));
            if (found.isEmpty()) {
                return cms.fail(28, MODULE + "002E FILE '" + String.join(" ", id) + "' NOT FOUND");
            }
            inputs.addAll(id.get(0).contains("*") || id.get(1).contains("*") ? found : found.subList(0, 1));
        }
        boolean multiple = !options.single() && ids.keepsPattern();
        if (options.conversion() != Conversion.NONE && !multiple && inputs.size() > 1) {
            return cms.fail(24, MODULE + "067E COMBINED INPUT FILES ILLEGAL WITH PACK OR UNPACK OPTIONS");
        }
        CmsResult<Plan> planned = plan(cms, options);
        if (!(planned instanceof CmsResult.Done<Plan>(Plan plan))) {
            return cms.fail(planned.failure());
        }
        for (List<FileCommands.Listed> group : multiple ? inputs.stream().map(List::of).toList() : List.of(inputs)) {
            int rc = copy(cms, group, ids.output(), ids.inPlace(), plan);
            if (rc != 0) {
                return rc;
            }
        }
        return 0;
    }

    /**
     * The fileids as typed: {@code fn ft [fm]} alone (in place), an input and a partial output, or
     * whole input fileids followed by the output's; a missing part is {@code *} in the input, {@code =}
     * in the output.
     */
    private record FileIds(List<List<String>> inputs, List<String> output, boolean inPlace) {

        static FileIds of(List<String> o) {
            List<List<String>> inputs = new ArrayList<>();
            for (int i = 0; i < Math.max(1, o.size() / 3 - 1) * 3; i += 3) {
                inputs.add(List.of(o.get(i), o.get(i + 1), i + 2 < o.size() ? o.get(i + 2) : "*"));
            }
            int out = o.size() > 6 ? o.size() - 3 : 3;
            List<String> output = new ArrayList<>();
            for (int i = out; i < out + 3; i++) {
                output.add(i < o.size() ? o.get(i) : "=");
            }
            return new FileIds(inputs, List.copyOf(output), o.size() <= 3);
        }

        /** The first mode that is not a CMS file mode, or null. */
        String badMode() {
            for (List<String> id : inputs) {
                if (!FileIo.validMode(id.get(2))) {
                    return id.get(2);
                }
            }
            return output.get(2).equals("=") || FileIo.validMode(output.get(2)) ? null : output.get(2);
        }

        /** One input pattern whose {@code *} the output keeps with {@code =}: each file to its own output. */
        boolean keepsPattern() {
            List<String> in = inputs.getFirst();
            return inputs.size() == 1 && (in.get(0).contains("*") && output.get(0).equals("=")
                    || in.get(1).contains("*") && output.get(1).equals("="));
        }
    }

    /** Reads the SPECS and TRANS lists, prompting unless NOPROMPT: the plan, or the failure. */
    private static CmsResult<Plan> plan(CmsSession cms, CopyOptions options) {
        CopySpecs specs = null;
        if (options.specs()) {
            switch (CopySpecs.parse(list(cms, MODULE + "601R ENTER SPECIFICATION LIST:", options.prompt()))) {
                case CopySpecs.Parsed.Good good -> specs = good.specs();
                case CopySpecs.Parsed.Bad bad -> {
                    return FileIo.failed(bad.returnCode(), bad.message());
                }
            }
        }
        byte[] table = CopyTranslation.table(options.caseChange(), options.trans());
        if (options.trans()) {
            String text = list(cms, MODULE + "602R ENTER TRANSLATION LIST:", options.prompt());
            String wrong = CopyTranslation.applyList(text.isEmpty() ? List.of() : List.of(text.split(" +")), table);
            if (wrong != null) {
                return FileIo.failed(24, MODULE + "064E INVALID TRANSLATE SPECIFICATION AT OR NEAR '" + wrong
                        + "'");
            }
        }
        return new CmsResult.Done<>(new Plan(options, table, specs));
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
        CmsResult<AccessedDisk> target = FileIo.writableDisk(cms, MODULE, mode);
        if (!(target instanceof CmsResult.Done<AccessedDisk>(AccessedDisk disk))) {
            return cms.fail(target.failure());
        }
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
        Output output = new Output(disk, id.get(), outId, existing.orElse(null), sameFile);
        if (existing.isPresent() && !overwrite && !output.keeps(disposition)
                || sameFile && disposition == Disposition.APPEND) {
            return cms.fail(28, MODULE + "024E FILE '" + outId + "' ALREADY EXISTS -- SPECIFY 'REPLACE'");
        }
        return switch (options.conversion()) {
            case NONE -> transfer(cms, inputs, output, plan);
            case PACK, UNPACK -> packing(cms, firstInput, output, options);
        };
    }

    /** The output file of one copy: where it goes, and the file of that name that is there already (or null). */
    private record Output(AccessedDisk disk, FileId id, String fileId, FileStatus existing, boolean sameFile) {

        /** Whether the output's records stay (APPEND) or are laid over (OVLY): it exists and one of those is asked. */
        boolean keeps(Disposition disposition) {
            return existing != null && (disposition == Disposition.APPEND || disposition == Disposition.OVLY);
        }

        /** Whether the copy is written to COPYFILE CMSUT1 first: it reads the file it replaces. */
        boolean throughWorkFile(Disposition disposition) {
            return existing != null && (sameFile || disposition == Disposition.OVLY);
        }
    }

    /** Copies records, selected and edited as the options say, from the inputs into the output. */
    private static int transfer(CmsSession cms, List<FileCommands.Listed> inputs, Output output, Plan plan) {
        CopyOptions options = plan.options();
        FileStatus in = inputs.getFirst().file();
        boolean keeps = output.keeps(options.disposition());
        RecordFormat format = options.format() != null ? options.format() : keeps ? output.existing().format()
                : in.format();
        int widest = inputs.stream().mapToInt(i -> i.file().lrecl()).max().orElse(1);
        int lrecl = options.lrecl() > 0 ? options.lrecl() : keeps ? output.existing().lrecl()
                : Math.max(widest, plan.specs() == null ? 1 : plan.specs().width());
        RecordReader overlaid = null;
        if (keeps && options.disposition() == Disposition.OVLY) {
            FsResult<RecordReader> opened = output.disk().disk().openReader(output.existing().fileName(),
                    output.existing().fileType());
            if (!(opened instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
                return cms.fail(readError(output.existing()));
            }
            overlaid = reader;
        }
        CmsResult<RecordWriter> opened = openOutput(output, format, lrecl, options, in);
        if (!(opened instanceof CmsResult.Done<RecordWriter>(RecordWriter writer))) {
            return cms.fail(opened.failure());
        }
        CopyTransfer transfer = new CopyTransfer(writer, options, lrecl, plan.table(), plan.specs(), overlaid);
        FileIo.Failure failure = copyInputs(cms, inputs, output, options, transfer);
        if (failure != null) {
            writer.discard();
            return cms.fail(failure);
        }
        return finish(cms, writer, transfer.finish(), output, options);
    }

    /** Copies each input in turn; the failure that ends the copy, or null. */
    private static FileIo.Failure copyInputs(CmsSession cms, List<FileCommands.Listed> inputs, Output output,
            CopyOptions options, CopyTransfer transfer) {
        int copied = 0;
        for (FileCommands.Listed input : inputs) {
            typeCopy(cms, input, output, options, input == inputs.getFirst());
            FileStatus file = input.file();
            FsResult<RecordReader> read = input.disk().disk().openReader(file.fileName(), file.fileType());
            if (!(read instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
                return readError(file);
            }
            switch (transfer.copy(reader)) {
                case CopyTransfer.Outcome.Copied c -> copied += c.records();
                case CopyTransfer.Outcome.PastEnd end -> {
                    return new FileIo.Failure(32, MODULE + "156E 'FROM " + options.from() + "' NOT FOUND -- FILE '"
                            + file.fileId() + "' HAS ONLY " + end.records() + " RECORDS");
                }
                case CopyTransfer.Outcome.NoLabel none -> {
                    return new FileIo.Failure(32, MODULE + "157E LABEL '" + options.fromLabel()
                            + "' NOT FOUND IN FILE '" + file.fileId() + "'");
                }
                case CopyTransfer.Outcome.Failed failed -> {
                    return writeError(failed.code(), output);
                }
            }
        }
        return copied > 0 ? null : new FileIo.Failure(40, MODULE + "173E NO RECORDS WERE COPIED TO OUTPUT FILE '"
                + output.fileId() + "'");
    }

    /** PACK or UNPACK: one input, copied whole. */
    private static int packing(CmsSession cms, FileCommands.Listed input, Output output, CopyOptions options) {
        FileStatus in = input.file();
        FsResult<RecordReader> read = input.disk().disk().openReader(in.fileName(), in.fileType());
        if (!(read instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
            return cms.fail(readError(in));
        }
        PackedFile.Header packed = options.conversion() == Conversion.UNPACK ? PackedFile.header(reader) : null;
        if (options.conversion() == Conversion.UNPACK && packed == null) {
            return notPacked(cms, in);
        }
        RecordFormat format = packed == null ? RecordFormat.F : packed.format();
        CmsResult<RecordWriter> opened = openOutput(output, format, packed == null ? PackedFile.LRECL : packed.lrecl(),
                options, in);
        if (!(opened instanceof CmsResult.Done<RecordWriter>(RecordWriter writer))) {
            return cms.fail(opened.failure());
        }
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
    private static CmsResult<RecordWriter> openOutput(Output output, RecordFormat format, int lrecl, CopyOptions options,
            FileStatus firstInput) {
        FileId written = output.throughWorkFile(options.disposition())
                ? FileId.parse(WORK_NAME, WORK_TYPE, output.id().modeNumber()).orElseThrow() : output.id();
        FsResult<RecordWriter> created = output.disk().disk().openWriter(written, format, Math.max(lrecl, 1),
                options.disposition() == Disposition.APPEND ? WriteMode.UPDATE : WriteMode.REPLACE);
        if (!(created instanceof FsResult.Done<RecordWriter>(RecordWriter writer))) {
            return new CmsResult.Failed<>(writeError(created.code(), output));
        }
        if (options.oldDate()) {
            writer.keepDate(firstInput.written());
        }
        return new CmsResult.Done<>(writer);
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
            return cms.fail(writeError(code, output));
        }
        code = writer.close();
        if (code == FsCode.OK && output.throughWorkFile(options.disposition())) {
            code = replaceByWorkFile(output);
        }
        return code == FsCode.OK ? 0 : cms.fail(writeError(code, output));
    }

    private static FileIo.Failure writeError(FsCode code, Output output) {
        return new FileIo.Failure(code.commandReturnCode(), FileIo.writeError(MODULE, code, output.fileId(),
                output.disk().mode()));
    }

    private static FileIo.Failure readError(FileStatus file) {
        return new FileIo.Failure(100, MODULE + "104S ERROR READING FILE '" + file.fileId() + "' FROM DISK");
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
