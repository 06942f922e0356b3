package vm370.cms.nucleus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.DiskLayout;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.MemoryBlockDevice;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;

/** COPYFILE's packed format: the header, the runs, and records coming back exactly as they went in. */
class PackedFileTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T08:15:42Z"), ZoneOffset.UTC);

    private final CmsDisk disk = CmsDisk.format(new MemoryBlockDevice(DiskLayout.FBA, 4096, 2000), "PACK01", 0,
            'A', CLOCK).orElseThrow();

    private void write(String name, RecordFormat format, int lrecl, List<byte[]> records) {
        RecordWriter w = disk.openWriter(FileId.of(name, "DATA"), format, lrecl, WriteMode.REPLACE).orElseThrow();
        for (byte[] r : records) {
            assertEquals(FsCode.OK, w.write(r, 0, r.length));
        }
        assertEquals(FsCode.OK, w.close());
    }

    private List<byte[]> read(String name) {
        RecordReader r = disk.openReader(name, "DATA").orElseThrow();
        byte[] buffer = new byte[65535];
        List<byte[]> out = new ArrayList<>();
        while (r.read(buffer) == FsCode.OK) {
            out.add(java.util.Arrays.copyOf(buffer, r.length()));
        }
        return out;
    }

    private void pack(String from, String to) {
        RecordWriter w = disk.openWriter(FileId.of(to, "DATA"), RecordFormat.F, PackedFile.LRECL, WriteMode.REPLACE)
                .orElseThrow();
        assertEquals(FsCode.OK, PackedFile.pack(disk.openReader(from, "DATA").orElseThrow(), w));
        assertEquals(FsCode.OK, w.close());
    }

    private PackedFile.Outcome unpack(String from, String to) {
        RecordReader r = disk.openReader(from, "DATA").orElseThrow();
        PackedFile.Header header = PackedFile.header(r);
        RecordWriter w = disk.openWriter(FileId.of(to, "DATA"), header.format(), header.lrecl(), WriteMode.REPLACE)
                .orElseThrow();
        PackedFile.Outcome outcome = PackedFile.unpack(r, header, w);
        assertEquals(FsCode.OK, w.close());
        return outcome;
    }

    private static byte[] card(String text) {
        byte[] r = new byte[80];
        java.util.Arrays.fill(r, (byte) 0x40);
        byte[] t = Supervisor.EBCDIC.encode(text);
        System.arraycopy(t, 0, r, 0, t.length);
        return r;
    }

    private static void assertSameRecords(List<byte[]> expected, List<byte[]> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i), actual.get(i), "record " + (i + 1));
        }
    }

    @Test
    void aFixedFileOfCardsPacksSmallWithItsHeaderAndUnpacksToTheSameRecords() {
        List<byte[]> cards = new ArrayList<>();
        for (int i = 1; i <= 500; i++) {
            cards.add(card("         LA    " + i + ",0(,1)       COMMENT " + i));
        }
        write("SOURCE", RecordFormat.F, 80, cards);
        pack("SOURCE", "PACKED");
        List<byte[]> packed = read("PACKED");
        assertEquals(1024, packed.getFirst().length);
        assertTrue(packed.size() * 1024 < 500 * 80 / 2, "blank runs pack: " + packed.size() + " records");
        byte[] header = packed.getFirst();
        assertArrayEquals(new byte[] {(byte) 0xCB, (byte) 0xFF, 1, (byte) 0xC6, 0, 0, 0, 80, 0, 0, 0x01, (byte) 0xF4,
            0, 0, 0, 0}, java.util.Arrays.copyOf(header, 16));
        assertInstanceOf(PackedFile.Outcome.Done.class, unpack("PACKED", "AGAIN"));
        assertEquals(RecordFormat.F, disk.state("AGAIN", "DATA").orElseThrow().format());
        assertSameRecords(cards, read("AGAIN"));
    }

    @Test
    void aVariableFileWithRandomBytesAndLongRunsComesBackExactly() {
        Random random = new Random(370);
        List<byte[]> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            byte[] r = new byte[1 + random.nextInt(i % 50 == 0 ? 4000 : 200)];
            for (int j = 0; j < r.length; j++) {
                r[j] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : j / 140);
            }
            records.add(r);
        }
        write("MIXED", RecordFormat.V, 4000, records);
        pack("MIXED", "PACKED");
        assertInstanceOf(PackedFile.Outcome.Done.class, unpack("PACKED", "AGAIN"));
        assertEquals(disk.state("MIXED", "DATA").orElseThrow().lrecl(), disk.state("AGAIN", "DATA").orElseThrow().lrecl());
        assertEquals(RecordFormat.V, disk.state("AGAIN", "DATA").orElseThrow().format());
        assertSameRecords(records, read("AGAIN"));
    }

    @Test
    void aFileWithoutTheMarkIsNotPacked() {
        List<byte[]> plain = List.of(new byte[1024]);
        write("PLAIN", RecordFormat.F, 1024, plain);
        assertNull(PackedFile.header(disk.openReader("PLAIN", "DATA").orElseThrow()));
        write("CARDS", RecordFormat.F, 80, List.of(card("HELLO")));
        assertNull(PackedFile.header(disk.openReader("CARDS", "DATA").orElseThrow()));
    }

    @Test
    void aPackedFileCutShortIsDamagedNotGarbage() {
        List<byte[]> records = new ArrayList<>();
        Random random = new Random(9);
        for (int i = 0; i < 100; i++) {
            byte[] r = new byte[80];
            random.nextBytes(r);
            records.add(r);
        }
        write("NOISE", RecordFormat.F, 80, records);
        pack("NOISE", "PACKED");
        List<byte[]> packed = read("PACKED");
        write("SHORT", RecordFormat.F, 1024, packed.subList(0, packed.size() - 2));
        assertInstanceOf(PackedFile.Outcome.Damaged.class, unpack("SHORT", "AGAIN"));
    }
}
