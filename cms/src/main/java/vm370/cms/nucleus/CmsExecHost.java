package vm370.cms.nucleus;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;
import vm370.cms.rexx.ExecIo;
import vm370.cms.rexx.ProgramStack;
import vm370.cms.rexx.RecordFiles;
import vm370.cms.rexx.RexxHost;
import vm370.cms.rexx.VariablePool;

/**
 * The REXX interpreter's view of CMS: SAY and errors to the console, PULL from the program stack
 * and then the terminal, ADDRESS CMS / COMMAND / CP, EXECIO on CMS files, EXECs as external
 * routines, and the CMS functions DIAG, DIAGRC, CMSFLAG, USERID and LINESIZE.
 * @vm370 DMSREX (the CMS interface part)
 */
final class CmsExecHost implements RexxHost, RecordFiles {

    private final CmsSession cms;
    private final ExecIo execIo;
    /** Files EXECIO DISKW has open, keyed "FN FT M", until FINIS or the EXEC ends. */
    private final Map<String, RecordWriter> writers = new HashMap<>();

    CmsExecHost(CmsSession cms) {
        this.cms = cms;
        this.execIo = new ExecIo(this, command -> {
            CpResponse r = cms.cp(command);
            return new ExecIo.CpResponse(r.returnCode(), r.lines());
        });
    }

    @Override
    public void say(String line) {
        cms.console().line(line);
    }

    @Override
    public void traceOutput(String line) {
        cms.console().line(line);
    }

    @Override
    public String readTerminal() {
        return cms.console().read();
    }

    @Override
    public ProgramStack stack() {
        return cms.stack();
    }

    @Override
    public int command(String environment, String command, VariablePool variables) {
        String env = environment.toUpperCase(Locale.ROOT);
        String verb = CommandLine.parse(command).verb();
        if (verb.equals("EXECIO") && (env.equals("CMS") || env.equals("COMMAND"))) {
            return execIo.run(CommandLine.parse(command).text(), cms.stack(), variables, cms.console()::message);
        }
        return switch (env) {
            case "CMS" -> cms.execute(command);
            case "COMMAND" -> cms.executeCommand(command);
            case "CP" -> {
                CpResponse result = cms.cp(command.strip());
                result.lines().forEach(cms.console()::line);
                yield result.returnCode();
            }
            default -> COMMAND_NOT_FOUND;
        };
    }

    @Override
    public Optional<ExternalProgram> findExternal(String name, String callerName) {
        String fn = name.toUpperCase(Locale.ROOT);
        if (!FileId.valid(fn)) {
            return Optional.empty();
        }
        return cms.disks().find(fn, "EXEC", "*").flatMap(found -> Exec.source(found)
                .map(source -> new ExternalProgram(fn + " EXEC " + found.disk().mode() + found.file().modeNumber(),
                        source)));
    }

    @Override
    public Optional<String> callFunction(String name, List<String> arguments) {
        return switch (name) {
            case "DIAG", "DIAGRC" -> Optional.of(diagnose(name.equals("DIAGRC"), arguments));
            case "CMSFLAG" -> Optional.of(cmsFlag(arguments.isEmpty() ? "" : arguments.getFirst()));
            default -> Optional.empty();
        };
    }

    /** DIAG('08', command) and DIAG('0C'): CP's response, separated by line ends; DIAGRC prefixes the return code. */
    private String diagnose(boolean withReturnCode, List<String> arguments) {
        String code = arguments.isEmpty() ? "" : arguments.getFirst().strip().toUpperCase(Locale.ROOT);
        String response;
        int rc = 0;
        switch (code.replaceFirst("^0+(?=.)", "")) {
            case "8" -> {
                CpResponse r = cms.cp(arguments.size() > 1 ? arguments.get(1) : "");
                rc = r.returnCode();
                StringBuilder text = new StringBuilder();
                r.lines().forEach(l -> text.append(l).append('\n'));
                response = text.toString();
            }
            case "C" -> {
                Supervisor.Clock c = cms.supervisor().clock();
                response = c.date() + c.time();
            }
            case "0" -> response = "VM/370  " + cms.userId();
            default -> response = "";
        }
        return withReturnCode ? String.format("%10d      ", rc) + response : response;
    }

    private String cmsFlag(String flag) {
        return switch (flag.toUpperCase(Locale.ROOT)) {
            case "ABBREV", "CMSTYPE", "PROTECT" -> "1";
            default -> "0";
        };
    }

    @Override
    public String userId() {
        return cms.userId();
    }

    @Override
    public int lineSize() {
        return 130;
    }

    @Override
    public java.time.Clock clock() {
        return cms.clock();
    }

    @Override
    public boolean haltRequested() {
        return cms.console().takeHaltInterpretation();
    }

    // ---------------------------------------------------------------- EXECIO's files

    @Override
    public Optional<List<String>> read(String fileName, String fileType, String fileMode) {
        closeFile(fileName, fileType, fileMode);
        return cms.disks().find(fileName, fileType, fileMode).flatMap(FileIo::readLines);
    }

    @Override
    public void write(String fileName, String fileType, String fileMode, int recordNumber, String record) {
        String key = key(fileName, fileType, fileMode);
        RecordWriter writer = writers.get(key);
        if (writer == null) {
            writer = open(fileName, fileType, fileMode, record.length());
            if (writer == null) {
                return;
            }
            writers.put(key, writer);
        }
        RecordFormat format = writer.format();
        int lrecl = format == RecordFormat.F ? writer.lrecl() : Math.max(record.length(), 1);
        byte[] bytes = new byte[lrecl];
        int length = FileIo.encode(record, format, lrecl, bytes);
        FsCode code = recordNumber > 0 ? writer.write(recordNumber, bytes, 0, length) : writer.write(bytes, 0, length);
        if (code != FsCode.OK) {
            cms.console().message(FileIo.writeError("DMSEIO", code, key, modeLetter(fileMode)));
        }
    }

    private RecordWriter open(String fileName, String fileType, String fileMode, int length) {
        CmsResult<AccessedDisk> disk = FileIo.writableDisk(cms, "DMSEIO", fileMode);
        if (!(disk instanceof CmsResult.Done<AccessedDisk>(AccessedDisk target))) {
            cms.console().message(disk.failure().message());
            return null;
        }
        Optional<FileId> id = FileId.parse(fileName, fileType, FileIo.modeNumber(fileMode, 1));
        if (id.isEmpty()) {
            return null;
        }
        var existing = target.state(fileName, fileType);
        RecordFormat format = existing.map(vm370.cms.fs.FileStatus::format).orElse(RecordFormat.V);
        int lrecl = existing.map(vm370.cms.fs.FileStatus::lrecl).orElse(Math.max(length, 1));
        FsResult<RecordWriter> opened = target.disk().openWriter(id.get(), format, lrecl, WriteMode.UPDATE);
        if (opened instanceof FsResult.Done<RecordWriter>(RecordWriter writer)) {
            return writer;
        }
        cms.console().message(FileIo.writeError("DMSEIO", opened.code(), fileName + " " + fileType + " " + fileMode,
                target.mode()));
        return null;
    }

    @Override
    public void close(String fileName, String fileType, String fileMode) {
        closeFile(fileName, fileType, fileMode);
    }

    private void closeFile(String fileName, String fileType, String fileMode) {
        RecordWriter writer = writers.remove(key(fileName, fileType, fileMode));
        if (writer != null) {
            FsCode code = writer.close();
            if (code != FsCode.OK) {
                cms.console().message(FileIo.writeError("DMSEIO", code, fileName + " " + fileType + " " + fileMode,
                        modeLetter(fileMode)));
            }
        }
    }

    /** At the EXEC's end every file it wrote is closed, as CMS closes files when a command ends. */
    void closeFiles() {
        for (String key : List.copyOf(writers.keySet())) {
            String[] p = key.split(" ");
            closeFile(p[0], p[1], p[2]);
        }
    }

    private static String key(String fileName, String fileType, String fileMode) {
        return (fileName + " " + fileType + " " + modeLetter(fileMode)).toUpperCase(Locale.ROOT);
    }

    private static char modeLetter(String fileMode) {
        return fileMode.isEmpty() || fileMode.charAt(0) == '*' ? 'A' : Character.toUpperCase(fileMode.charAt(0));
    }
}
