package vm370.system.rscs;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;
import vm370.cms.nucleus.DiagnoseBlockDevice;
import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestSystem;
import vm370.rscs.config.ConfigFile;
import vm370.s370.text.Ebcdic;

/**
 * An installation step as a tiny guest system ({@code IPL RSCSINST} in the RSCS machine): it puts
 * the file {@code RSCS CONFIG} on the machine's 191 disk (formatting the disk first when it holds no
 * CMS file system), through DIAGNOSE X'250' as any guest would, then ends.
 */
public final class ConfigInstaller implements GuestSystem {

    public static final String NAME = "RSCSINST";

    private final List<String> lines;
    private final CompletableFuture<String> done = new CompletableFuture<>();

    public ConfigInstaller(List<String> lines) {
        this.lines = List.copyOf(lines);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Completes with null when the file is written, else with why not. */
    public CompletableFuture<String> done() {
        return done;
    }

    @Override
    public void run(GuestMachine machine, String parm) {
        // Completed only once the disk is released: whoever waits may IPL something else at once.
        done.complete(install(machine));
    }

    private String install(GuestMachine machine) {
        try (DiagnoseBlockDevice device = DiagnoseBlockDevice.open(machine, ConfigFile.DISK, 0x40000)) {
            CmsDisk disk = switch (CmsDisk.access(device, 'A', false, Clock.systemUTC())) {
                case FsResult.Done<CmsDisk> d -> d.value();
                case FsResult.Failed<CmsDisk> f -> switch (CmsDisk.format(device, "RSC191", 0, 'A', Clock.systemUTC())) {
                    case FsResult.Done<CmsDisk> d -> d.value();
                    case FsResult.Failed<CmsDisk> g -> throw new IOException("FORMAT FAILED: " + g.code());
                };
            };
            FileId id = FileId.of(ConfigFile.FILE_NAME, ConfigFile.FILE_TYPE);
            RecordWriter writer = switch (disk.openWriter(id, RecordFormat.F, 80, WriteMode.REPLACE)) {
                case FsResult.Done<RecordWriter> d -> d.value();
                case FsResult.Failed<RecordWriter> f -> throw new IOException("RSCS CONFIG NOT WRITTEN: " + f.code());
            };
            for (String line : lines) {
                byte[] record = Ebcdic.CP037.encodePadded(line, 80);
                writer.write(record, 0, record.length);
            }
            FsCode closed = writer.close();
            return closed == FsCode.OK ? null : "CLOSE: " + closed;
        } catch (IOException | RuntimeException e) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
    }
}
