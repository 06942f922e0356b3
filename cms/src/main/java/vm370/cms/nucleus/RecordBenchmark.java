package vm370.cms.nucleus;

import java.util.Arrays;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;

/**
 * The CMS side of {@code vm370 bench cms}: the command {@code RECBENCH n} writes n 80-byte records
 * to BENCH DATA A through the file system and DIAGNOSE X'250', commits, reads them back checking each
 * one, and reports both times. Added to the command table only by the benchmark.
 */
public final class RecordBenchmark {

    private RecordBenchmark() {
    }

    /** Adds RECBENCH to a command table. */
    public static void register(CommandTable table) {
        table.add("RECBENCH", "RECBENCH", RecordBenchmark::run);
    }

    private static int run(CmsSession cms, CommandLine line) {
        int records = FileCommands.number(line.operand(0, "100000"));
        CmsResult<AccessedDisk> disk = FileIo.writableDisk(cms, "DMSBEN", "A");
        if (records < 1 || !(disk instanceof CmsResult.Done<AccessedDisk>(AccessedDisk a))) {
            return cms.fail(24, "DMSBEN070E INVALID PARAMETER OR NO R/W A-DISK");
        }
        FileId id = FileId.of("BENCH", "DATA");
        byte[] record = new byte[80];
        long start = System.nanoTime();
        FsResult<RecordWriter> opened = a.disk().openWriter(id, RecordFormat.F, 80, WriteMode.REPLACE);
        if (!(opened instanceof FsResult.Done<RecordWriter>(RecordWriter writer))) {
            return cms.fail(opened.code().commandReturnCode(), "DMSBEN105S ERROR WRITING FILE 'BENCH DATA A1'");
        }
        Arrays.fill(record, (byte) 0x40);
        for (int n = 1; n <= records; n++) {
            stamp(record, n);
            FsCode code = writer.write(record, 0, 80);
            if (code != FsCode.OK) {
                writer.discard();
                return cms.fail(code.commandReturnCode(), FileIo.writeError("DMSBEN", code, "BENCH DATA A1", 'A'));
            }
        }
        FsCode closed = writer.close();
        cms.commandEnded();
        long written = System.nanoTime();
        if (closed != FsCode.OK) {
            return cms.fail(closed.commandReturnCode(), FileIo.writeError("DMSBEN", closed, "BENCH DATA A1", 'A'));
        }
        FsResult<RecordReader> read = a.disk().openReader("BENCH", "DATA");
        if (!(read instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
            return cms.fail(100, "DMSBEN104S ERROR READING FILE 'BENCH DATA A1'");
        }
        byte[] expected = record.clone();
        for (int n = 1; n <= records; n++) {
            stamp(expected, n);
            if (reader.read(record) != FsCode.OK || !Arrays.equals(record, expected)) {
                return cms.fail(100, "DMSBEN104S RECORD " + n + " OF 'BENCH DATA A1' READ BACK WRONG");
            }
        }
        long done = System.nanoTime();
        cms.console().line(String.format("WROTE %d RECORDS IN %d MS", records, (written - start) / 1_000_000));
        cms.console().line(String.format("READ %d RECORDS IN %d MS", records, (done - written) / 1_000_000));
        return 0;
    }

    /** Puts the record number, in EBCDIC digits, in columns 1-10. */
    private static void stamp(byte[] record, int n) {
        int v = n;
        for (int i = 9; i >= 0; i--) {
            record[i] = (byte) (0xF0 + v % 10);
            v /= 10;
        }
    }
}
