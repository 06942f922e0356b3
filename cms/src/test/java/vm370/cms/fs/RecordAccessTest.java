package vm370.cms.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Record-level behaviour as FSREAD and FSWRITE give it: record numbers, updates, appends, sparse F files. */
class RecordAccessTest {

    private final MemoryBlockDevice device = new MemoryBlockDevice(DiskLayout.CKD, 512, 6000, 1);
    private final CmsDisk disk = Fixtures.format(device);

    @Test
    void recordsAreReadByNumberInAnyOrder() {
        List<byte[]> f = Fixtures.write(disk, "F", RecordFormat.F, 133, 3000);
        List<byte[]> v = Fixtures.write(disk, "V", RecordFormat.V, 700, 3000);
        RecordReader rf = disk.openReader("F", "DATA").orElseThrow();
        RecordReader rv = disk.openReader("V", "DATA").orElseThrow();
        byte[] buffer = new byte[1000];
        for (int n : new int[] {3000, 1, 1777, 2, 999, 1000, 43, 2999}) {
            assertEquals(FsCode.OK, rf.read(n, buffer));
            assertArrayEquals(f.get(n - 1), Arrays.copyOf(buffer, rf.length()), "F record " + n);
            assertEquals(FsCode.OK, rv.read(n, buffer));
            assertArrayEquals(v.get(n - 1), Arrays.copyOf(buffer, rv.length()), "V record " + n);
        }
        assertEquals(FsCode.OK, rv.read(buffer), "sequential read continues after the record read by number");
        assertArrayEquals(v.get(2999), Arrays.copyOf(buffer, rv.length()));
        assertEquals(FsCode.END_OF_FILE, rv.read(buffer));
        assertEquals(FsCode.END_OF_FILE, rf.read(3001, buffer));
        assertEquals(FsCode.BAD_RECORD_NUMBER, rf.read(0, buffer));
        assertEquals(FsCode.BUFFER_TOO_SMALL, rf.read(1, new byte[10]));
        assertEquals(8, FsCode.BUFFER_TOO_SMALL.readReturnCode(), "FSREAD: incorrect length");
        assertEquals(12, FsCode.END_OF_FILE.readReturnCode(), "FSREAD: end of file");
        var missing = disk.openReader("NONE", "DATA");
        assertEquals(FsCode.FILE_NOT_FOUND, missing.code());
        assertEquals(1, missing.code().readReturnCode(), "FSREAD: file not found");
        assertEquals(28, missing.code().returnCode(), "FSSTATE: file not found");
    }

    @Test
    void updateModeReplacesRecordsAndAppendsAfterTheLast() {
        List<byte[]> v = new java.util.ArrayList<>(Fixtures.write(disk, "V", RecordFormat.V, 300, 800));
        RecordWriter w = disk.openWriter(FileId.of("V", "DATA"), RecordFormat.V, 300, WriteMode.UPDATE).orElseThrow();
        byte[] same = Fixtures.record(99, 500, v.get(499).length);
        assertEquals(FsCode.OK, w.write(500, same, 0, same.length));
        v.set(499, same);
        assertEquals(FsCode.WRONG_LENGTH, w.write(10, new byte[v.get(9).length + 1], 0, v.get(9).length + 1));
        assertEquals(FsCode.SKIP_VARIABLE, w.write(900, new byte[5], 0, 5));
        byte[] appended = Fixtures.record(5, 801, 42);
        assertEquals(FsCode.OK, w.write(801, appended, 0, 42));
        v.add(appended);
        assertEquals(FsCode.OK, w.close());
        List<byte[]> got = Fixtures.read(Fixtures.access(device), "V");
        assertEquals(801, got.size());
        for (int i = 0; i < got.size(); i++) {
            assertArrayEquals(v.get(i), got.get(i), "record " + (i + 1));
        }
        assertEquals(FsCode.WRONG_RECORD_FORMAT,
                disk.openWriter(FileId.of("V", "DATA"), RecordFormat.F, 300, WriteMode.UPDATE).code());
    }

    @Test
    void fixedRecordsMustBeLreclLongAndMayBeUpdatedInPlace() {
        List<byte[]> f = new java.util.ArrayList<>(Fixtures.write(disk, "F", RecordFormat.F, 80, 100));
        int used = disk.usage().blocksUsed();
        RecordWriter w = disk.openWriter(FileId.of("F", "DATA"), RecordFormat.F, 80, WriteMode.UPDATE).orElseThrow();
        assertEquals(FsCode.WRONG_LENGTH, w.write(new byte[79], 0, 79));
        byte[] changed = Fixtures.record(7, 7, 80);
        assertEquals(FsCode.OK, w.write(50, changed, 0, 80));
        f.set(49, changed);
        assertEquals(FsCode.OK, w.write(changed, 0, 80), "the next sequential record is 51");
        f.set(50, changed);
        assertEquals(FsCode.OK, w.close());
        assertEquals(used, disk.usage().blocksUsed(), "copy-on-write freed the replaced block");
        List<byte[]> got = Fixtures.read(Fixtures.access(device), "F");
        for (int i = 0; i < 100; i++) {
            assertArrayEquals(f.get(i), got.get(i));
        }
        assertEquals(FsCode.WRONG_LENGTH,
                disk.openWriter(FileId.of("F", "DATA"), RecordFormat.F, 81, WriteMode.UPDATE).code());
    }

    @Test
    void fixedFilesMayBeSparseAndHolesReadAsZeros() {
        RecordWriter w = disk.openWriter(FileId.of("SPARSE", "DATA"), RecordFormat.F, 100, WriteMode.REPLACE)
                .orElseThrow();
        byte[] first = Fixtures.record(1, 1, 100);
        byte[] last = Fixtures.record(1, 20000, 100);
        assertEquals(FsCode.OK, w.write(1, first, 0, 100));
        assertEquals(FsCode.OK, w.write(20000, last, 0, 100));
        int before = disk.usage().blocksUsed();
        assertEquals(FsCode.OK, w.close());
        FileStatus fst = disk.state("SPARSE", "DATA").orElseThrow();
        assertEquals(20000, fst.records());
        assertEquals((20000 * 100 + 511) / 512, fst.dataBlocks(), "FSTADBC counts the null blocks too");
        assertEquals(true, disk.usage().blocksUsed() - before < 10, "holes take no blocks");
        var independent = new IndependentEdfReader(device.bytes(), false);
        var raw = independent.fsts.stream().filter(f -> f.name().startsWith("SPARSE")).findFirst().orElseThrow();
        assertEquals(2, raw.nlvl());
        List<byte[]> records = independent.records(raw);
        assertArrayEquals(first, records.get(0));
        assertArrayEquals(new byte[100], records.get(9999));
        assertArrayEquals(last, records.get(19999));
        RecordWriter far = disk.openWriter(FileId.of("FAR", "DATA"), RecordFormat.F, 100, WriteMode.REPLACE)
                .orElseThrow();
        assertEquals(FsCode.BAD_RECORD_NUMBER, far.write(Integer.MAX_VALUE, first, 0, 100), "beyond 8 disks' worth");
        assertEquals(6, FsCode.BAD_RECORD_NUMBER.returnCode(), "FSWRITE: item number too large");
        far.discard();
        RecordReader r = Fixtures.access(device).openReader("SPARSE", "DATA").orElseThrow();
        byte[] buffer = new byte[100];
        assertEquals(FsCode.OK, r.read(12345, buffer));
        assertArrayEquals(new byte[100], buffer);
        assertEquals(FsCode.OK, r.read(20000, buffer));
        assertArrayEquals(last, buffer);
    }

    @Test
    void variableRecordsUpTo65535BytesAndNoLonger() {
        RecordWriter w = disk.openWriter(FileId.of("V", "DATA"), RecordFormat.V, 65535, WriteMode.REPLACE)
                .orElseThrow();
        byte[] big = Fixtures.record(3, 1, 65535);
        assertEquals(FsCode.OK, w.write(big, 0, big.length));
        assertEquals(FsCode.RECORD_TOO_LONG, w.write(new byte[65536], 0, 65536));
        assertEquals(FsCode.WRONG_LENGTH, w.write(new byte[0], 0, 0));
        assertEquals(FsCode.OK, w.close());
        assertEquals(65535, disk.state("V", "DATA").orElseThrow().lrecl());
        assertArrayEquals(big, Fixtures.read(disk, "V").get(0));
    }

    @Test
    void aWriterThatIsDiscardedLeavesNoTrace() {
        int used = disk.usage().blocksUsed();
        RecordWriter w = disk.openWriter(FileId.of("TEMP", "DATA"), RecordFormat.F, 80, WriteMode.REPLACE)
                .orElseThrow();
        for (int i = 0; i < 1000; i++) {
            w.write(new byte[80], 0, 80);
        }
        w.discard();
        assertEquals(used, disk.usage().blocksUsed());
        assertEquals(true, disk.state("TEMP", "DATA").isEmpty());
    }
}
