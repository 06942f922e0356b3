package vm370.cms.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Shared test data: a fixed clock, record contents that differ per record, and write/read helpers. */
final class Fixtures {

    /** 2026-11-21 08:15:42 UTC: BCD 26 11 21 08 15 42. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T08:15:42Z"), ZoneOffset.UTC);

    private Fixtures() {
    }

    /** Record {@code n} of a test file: {@code length} bytes that depend on the file, n and position. */
    static byte[] record(int seed, int n, int length) {
        byte[] r = new byte[length];
        for (int i = 0; i < length; i++) {
            r[i] = (byte) (seed * 31 + n * 7 + i * 13 + 1);
        }
        return r;
    }

    /** Length of V record n of a test file: 1..max, varying. */
    static int variableLength(int n, int max) {
        return 1 + (n * 37 + n / 3 * 101) % max;
    }

    static CmsDisk format(BlockDevice device) {
        return CmsDisk.format(device, "TEST01", 0, 'A', CLOCK).orElseThrow();
    }

    static CmsDisk access(BlockDevice device) {
        return CmsDisk.access(device, 'A', false, CLOCK).orElseThrow();
    }

    /** Writes {@code count} records; V lengths vary up to {@code lrecl}. Returns what was written. */
    static List<byte[]> write(CmsDisk disk, String name, RecordFormat format, int lrecl, int count) {
        RecordWriter w = disk.openWriter(FileId.of(name, "DATA"), format, lrecl, WriteMode.REPLACE).orElseThrow();
        List<byte[]> written = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            byte[] r = record(name.hashCode(), n, format == RecordFormat.F ? lrecl : variableLength(n, lrecl));
            assertEquals(FsCode.OK, w.write(r, 0, r.length), name + " record " + n);
            written.add(r);
        }
        assertEquals(FsCode.OK, w.close());
        return written;
    }

    static List<byte[]> read(CmsDisk disk, String name) {
        RecordReader r = disk.openReader(name, "DATA").orElseThrow();
        byte[] buffer = new byte[65535];
        List<byte[]> out = new ArrayList<>();
        for (int n = 1; n <= r.status().records(); n++) {
            assertEquals(FsCode.OK, r.read(buffer), name + " record " + n);
            out.add(java.util.Arrays.copyOf(buffer, r.length()));
        }
        assertEquals(FsCode.END_OF_FILE, r.read(buffer));
        return out;
    }
}
