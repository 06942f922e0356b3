package vm370.rscs.config;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordReader;
import vm370.cms.nucleus.DiagnoseBlockDevice;
import vm370.cp.guest.GuestMachine;
import vm370.s370.text.Ebcdic;

/**
 * Reads {@code RSCS CONFIG} from the RSCS machine's 191 minidisk: CMS's file system over DIAGNOSE
 * X'250', read-only. The lines come back as text, trailing blanks dropped; a missing disk or file
 * is an IOException whose message the operator sees.
 */
public final class ConfigFile {

    public static final String FILE_NAME = "RSCS";
    public static final String FILE_TYPE = "CONFIG";
    public static final int DISK = 0x191;

    private ConfigFile() {
    }

    /** The file's lines; {@code work} is guest storage (8K, doubleword aligned) for block I/O. */
    public static List<String> read(GuestMachine machine, int work) throws IOException {
        try (DiagnoseBlockDevice device = DiagnoseBlockDevice.open(machine, DISK, work)) {
            CmsDisk disk = access(device, true);
            RecordReader reader = switch (disk.openReader(FILE_NAME, FILE_TYPE)) {
                case FsResult.Done<RecordReader> d -> d.value();
                case FsResult.Failed<RecordReader> f -> throw new IOException("FILE RSCS CONFIG A NOT FOUND");
            };
            List<String> lines = new ArrayList<>();
            byte[] record = new byte[65536];
            FsCode code;
            while ((code = reader.read(record)) == FsCode.OK) {
                lines.add(Ebcdic.CP037.decode(record, 0, reader.length()).stripTrailing());
            }
            if (code != FsCode.END_OF_FILE) {
                throw new IOException("RSCS CONFIG NOT READ: " + code);
            }
            return lines;
        }
    }

    /** ACCESS of the 191 disk as RSCS's A disk; an IOException says why it is no CMS disk. */
    public static CmsDisk access(DiagnoseBlockDevice device, boolean readOnly) throws IOException {
        return switch (CmsDisk.access(device, 'A', readOnly, Clock.systemUTC())) {
            case FsResult.Done<CmsDisk> d -> d.value();
            case FsResult.Failed<CmsDisk> f -> throw new IOException("DISK 191 NOT ACCESSED: " + f.code());
        };
    }
}
