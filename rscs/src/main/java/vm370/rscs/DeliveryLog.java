package vm370.rscs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;
import vm370.cms.nucleus.DiagnoseBlockDevice;
import vm370.cp.guest.GuestMachine;
import vm370.rscs.config.ConfigFile;
import vm370.s370.text.Ebcdic;

/**
 * The file {@code RSCS DELIVERD A1} on RSCS's 191 disk: one V record per network identity of a file
 * RSCS took from a link, oldest first. A batch is appended by one writer, committed once when it
 * closes (CMS writes changed blocks elsewhere and the label last, so a crash leaves the file with
 * the whole batch or without it); {@link #replace} rewrites it, as atomically, to drop old ones.
 */
final class DeliveryLog {

    static final FileId FILE = FileId.of("RSCS", "DELIVERD");
    /** How the operator sees the file named. */
    static final String FILE_ID = "RSCS DELIVERD A1";
    private static final Ebcdic EBCDIC = Ebcdic.CP037;

    private final CmsDisk disk;
    private int records;

    /** The log on {@code disk}, accessed read/write; {@link #read} must come first. */
    DeliveryLog(CmsDisk disk) {
        this.disk = disk;
    }

    /**
     * Opens the file's disk, the machine's 191, read/write through DIAGNOSE X'250' with the 8K work
     * area at {@code work}; it stays open while RSCS runs. The IOException says why it cannot be.
     */
    static DeliveryLog open(GuestMachine machine, int work) throws IOException {
        CmsDisk disk = ConfigFile.access(DiagnoseBlockDevice.open(machine, ConfigFile.DISK, work), false);
        if (disk.readOnly()) {
            throw new IOException("DISK 191 IS READ-ONLY");
        }
        return new DeliveryLog(disk);
    }

    /** Records in the file now. */
    int records() {
        return records;
    }

    /** The identities in the file, oldest first (none when there is no file yet). */
    FsResult<List<String>> read() {
        List<String> identities = new ArrayList<>();
        switch (disk.openReader(FILE.fileName(), FILE.fileType())) {
            case FsResult.Done<RecordReader>(RecordReader reader) -> {
                byte[] record = new byte[256];
                FsCode code;
                while ((code = reader.read(record)) == FsCode.OK) {
                    identities.add(EBCDIC.decode(record, 0, reader.length()));
                }
                if (code != FsCode.END_OF_FILE) {
                    return new FsResult.Failed<>(code);
                }
            }
            case FsResult.Failed<RecordReader> f when f.code() == FsCode.FILE_NOT_FOUND -> { }
            case FsResult.Failed<RecordReader> f -> {
                return new FsResult.Failed<>(f.code());
            }
        }
        records = identities.size();
        return new FsResult.Done<>(identities);
    }

    /** Adds {@code identities} at the end of the file, in one commit. */
    FsCode append(List<String> identities) {
        FsCode code = write(identities, WriteMode.UPDATE);
        if (code == FsCode.OK) {
            records += identities.size();
        }
        return code;
    }

    /** Makes {@code identities} the whole file, in one commit that replaces the old one. */
    FsCode replace(List<String> identities) {
        FsCode code = write(identities, WriteMode.REPLACE);
        if (code == FsCode.OK) {
            records = identities.size();
        }
        return code;
    }

    private FsCode write(List<String> identities, WriteMode mode) {
        RecordWriter writer;
        switch (disk.openWriter(FILE, RecordFormat.V, 1, mode)) {
            case FsResult.Done<RecordWriter>(RecordWriter w) -> writer = w;
            case FsResult.Failed<RecordWriter> f -> {
                return f.code();
            }
        }
        for (String identity : identities) {
            byte[] record = EBCDIC.encode(identity);
            FsCode code = writer.write(record, 0, record.length);
            if (code != FsCode.OK) {
                // Nothing of this batch is committed: the file stays as it was.
                writer.discard();
                return code;
            }
        }
        return writer.close();
    }
}
