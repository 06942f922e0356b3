package vm370.cms.nucleus;

import java.util.List;
import java.util.Optional;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordReader;
import vm370.cms.rexx.Rexx;

/**
 * Runs {@code fn EXEC} files: a file whose first line begins with a comment is REXX and runs in the
 * interpreter on a {@link CmsExecHost}; CMS EXEC and EXEC 2 files are refused with a message. The
 * return code is the EXEC's EXIT value when it is a whole number, 20000 + the error number after a
 * REXX error, as CMS gives them.
 * @vm370 DMSEXT
 */
final class Exec {

    /** The return code added to a REXX error number. */
    static final int REXX_ERROR_BASE = 20000;

    private Exec() {
    }

    static int run(CmsSession cms, Disks.Found exec, String arguments) {
        Optional<String> source = source(exec);
        String name = exec.file().fileName();
        if (source.isEmpty()) {
            return cms.fail(100, String.format("DMSEXT104S ERROR READING FILE '%s EXEC %c%d' FROM DISK", name,
                    exec.disk().mode(), exec.file().modeNumber()));
        }
        if (!Rexx.isRexx(source.get())) {
            return cms.fail(-1, "DMSEXT072E ERROR IN EXEC FILE " + name
                    + ", LINE 1 - CMS EXEC AND EXEC 2 ARE NOT SUPPORTED; A REXX EXEC BEGINS WITH /*");
        }
        CmsExecHost host = new CmsExecHost(cms);
        try {
            Rexx.Outcome outcome = Rexx.run(host, name + " EXEC " + exec.disk().mode() + exec.file().modeNumber(),
                    source.get(), List.of(arguments));
            return switch (outcome) {
                case Rexx.Outcome.Completed completed -> returnCode(completed.value());
                case Rexx.Outcome.Failed failed -> REXX_ERROR_BASE + failed.error();
            };
        } finally {
            host.closeFiles();
        }
    }

    private static int returnCode(String value) {
        if (value == null) {
            return 0;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The EXEC's records joined by line ends. */
    static Optional<String> source(Disks.Found file) {
        FsResult<RecordReader> opened = file.disk().disk().openReader(file.file().fileName(), file.file().fileType());
        if (!(opened instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        byte[] record = new byte[Math.max(1, reader.status().lrecl())];
        for (int i = 0; i < reader.status().records(); i++) {
            if (reader.read(record) != vm370.cms.fs.FsCode.OK) {
                return Optional.empty();
            }
            text.append(Supervisor.EBCDIC.decode(record, 0, reader.length()).stripTrailing()).append('\n');
        }
        return Optional.of(text.toString());
    }
}
