package vm370.cms.xedit;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.DiskLayout;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.MemoryBlockDevice;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;
import vm370.s370.text.Ebcdic;

/**
 * {@code vm370 bench xedit}: XEDIT loads a 100,000-line F 80 file from a CMS disk in memory,
 * changes every line with one CHANGE, and FILEs it; the figure is the milliseconds for the three.
 */
public final class XeditBenchmark {

    /** Lines in the benchmark's file. */
    public static final int LINES = 100_000;
    private static final int ROUNDS = 5;

    private XeditBenchmark() {
    }

    /** Runs the benchmark (a warm-up round, then the best of several) and prints the figure last. */
    public static void run(PrintStream out) {
        long best = Long.MAX_VALUE;
        for (int round = 0; round <= ROUNDS; round++) {
            long nanos = once();
            if (round > 0) {
                best = Math.min(best, nanos);
            }
        }
        out.println("XEDIT: load " + LINES + " lines (F 80), CHANGE /VALUE/NUMBER/ on every line, FILE; best of " + ROUNDS);
        out.printf("%.1f ms%n", best / 1e6);
    }

    /** One round on a fresh disk: the time from XEDIT to the end of FILE, in nanoseconds. */
    static long once() {
        CmsDisk disk = CmsDisk.format(new MemoryBlockDevice(DiskLayout.FBA, 4096, 8000), "BENCH1", 0, 'A',
                Clock.systemUTC()).orElseThrow();
        RecordWriter w = disk.openWriter(FileId.of("BIG", "DATA"), RecordFormat.F, 80, WriteMode.REPLACE).orElseThrow();
        for (int i = 1; i <= LINES; i++) {
            byte[] record = Ebcdic.CP037.encodePadded("RECORD " + i + " VALUE " + (i * 7 % 1000), 80);
            if (w.write(record, 0, 80) != FsCode.OK) {
                throw new IllegalStateException("benchmark file: record " + i + " not written");
            }
        }
        w.close();
        Editor editor = new Editor(new DiskFileStore(Map.of('A', disk)), EditorHost.NONE);
        long start = System.nanoTime();
        check(editor.edit("BIG DATA A"), "XEDIT");
        check(editor.execute("CHANGE /VALUE/NUMBER/ *"), "CHANGE");
        check(editor.execute("FILE"), "FILE");
        long nanos = System.nanoTime() - start;
        if (disk.state("BIG", "DATA").orElseThrow().records() != LINES) {
            throw new IllegalStateException("benchmark file: " + List.of(disk.state("BIG", "DATA")) + " (expected: " + LINES + " records)");
        }
        return nanos;
    }

    private static void check(int rc, String what) {
        if (rc != 0) {
            throw new IllegalStateException(what + ": return code " + rc + " (expected: 0)");
        }
    }
}
