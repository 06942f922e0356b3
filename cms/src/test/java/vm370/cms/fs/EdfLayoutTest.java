package vm370.cms.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vm370.s370.text.Ebcdic;

/**
 * The acceptance check of the EDF layout: a disk written by our CMS (F and V files, files needing one
 * and two pointer levels, a directory of more than one block) is read back by an independent reader
 * and its label, FSTs, pointer blocks and allocation map are compared with cms-edf.md byte by byte.
 */
class EdfLayoutTest {

    record Case(DiskLayout layout, int blockSize) {
    }

    static Stream<Case> cases() {
        return Stream.of(DiskLayout.values())
                .flatMap(l -> Stream.of(512, 1024, 2048, 4096).map(b -> new Case(l, b)));
    }

    private static final byte[] BCD_STAMP = {0x26, 0x11, 0x21, 0x08, 0x15, 0x42};

    @ParameterizedTest
    @MethodSource("cases")
    void diskWrittenByCmsMatchesTheReferenceByteByByte(Case c) {
        int b = c.blockSize();
        int blocks = 8 * 1024 * 1024 / b;
        var device = new MemoryBlockDevice(c.layout(), b, blocks, c.layout() == DiskLayout.CKD ? 20 : 0);
        CmsDisk disk = Fixtures.format(device);
        Map<String, List<byte[]>> files = new LinkedHashMap<>();
        Map<String, RecordFormat> formats = new LinkedHashMap<>();
        int fFanout = b / 4;
        int vFanout = b / 12;
        put(files, formats, disk, "SMALL", RecordFormat.F, 80, 5);
        put(files, formats, disk, "ONELEVEL", RecordFormat.F, 80, 3 * b / 80 + 1);
        put(files, formats, disk, "TWOLEVEL", RecordFormat.F, 80, (fFanout + 2) * b / 80);
        put(files, formats, disk, "VSMALL", RecordFormat.V, 200, 3);
        put(files, formats, disk, "VTWO", RecordFormat.V, 300, (vFanout + 3) * b / 150);
        for (int i = 0; files.size() + 2 <= b / 64; i++) {
            put(files, formats, disk, "F" + i, RecordFormat.F, 100 + i, 1 + i % 3);
        }

        var reader = new IndependentEdfReader(device.bytes(), c.layout() == DiskLayout.FBA);
        checkLabel(reader, c, blocks);
        checkSpecialFsts(reader, files.size(), blocks, b);
        List<IndependentEdfReader.Fst> user = reader.fsts.subList(2, reader.fsts.size());
        assertEquals(new ArrayList<>(files.keySet()), user.stream().map(f -> f.name().strip()).toList());
        for (var fst : user) {
            String name = fst.name().strip();
            checkUserFst(fst, formats.get(name), files.get(name), b);
            List<byte[]> got = reader.records(fst);
            for (int n = 0; n < got.size(); n++) {
                assertArrayEquals(files.get(name).get(n), got.get(n), name + " record " + (n + 1));
            }
            if (fst.ptrsz() == 12 && fst.nlvl() > 0) {
                checkVariablePointers(reader, fst, files.get(name), b);
            }
        }
        assertEquals(2, reader.fsts.stream().filter(f -> f.name().startsWith("TWOLEVEL")).findFirst()
                .orElseThrow().nlvl(), "TWOLEVEL needs two pointer levels");
        assertEquals(2, user.stream().filter(f -> f.name().startsWith("VTWO")).findFirst().orElseThrow().nlvl());
        checkAllocationMap(reader, blocks);
    }

    private static void put(Map<String, List<byte[]>> files, Map<String, RecordFormat> formats, CmsDisk disk,
            String name, RecordFormat format, int lrecl, int count) {
        files.put(name, Fixtures.write(disk, name, format, lrecl, count));
        formats.put(name, format);
    }

    private static void checkLabel(IndependentEdfReader r, Case c, int blocks) {
        int at = r.labelAt;
        int b = c.blockSize();
        assertEquals(c.layout() == DiskLayout.FBA ? 512 : 2 * b, at, "label position");
        assertEquals(0xC3D4E2F1, r.u32(at), "ADTIDENT");
        assertEquals("TEST01", r.ebcdic(at + 4, 6), "ADTID");
        assertEquals(b, r.u32(at + 12), "ADTDBSIZ");
        int dop = r.u32(at + 16);
        assertTrue(dop == 4 || dop == 5, "ADTDOP 4 or 5: " + dop);
        assertEquals(c.layout() == DiskLayout.CKD ? 20 : 0, r.u32(at + 20), "ADTCYL");
        assertEquals(c.layout() == DiskLayout.CKD ? 20 : 0, r.u32(at + 24), "ADTMCYL");
        assertEquals(blocks, r.u32(at + 28), "ADTNUM");
        byte[] map = r.allocationMap();
        int used = 0;
        for (int k = 0; k < blocks; k++) {
            used += (map[k >>> 3] >>> (7 - (k & 7))) & 1;
        }
        assertEquals(used, r.u32(at + 32), "ADTUSED");
        assertEquals(64, r.u32(at + 36), "ADTFSTSZ");
        assertEquals(b / 64, r.u32(at + 40), "ADTNFST");
        assertArrayEquals(BCD_STAMP, java.util.Arrays.copyOfRange(r.disk, at + 44, at + 50), "ADTDCRED");
        assertEquals(0x01, r.disk[at + 50], "ADTFLGL");
        assertEquals(0, r.u32(at + 52), "ADTOFFST");
        int hintBlock = r.u32(at + 56);
        int hintByte = r.u32(at + 60);
        assertEquals(r.fsts.get(1).dataBlocks().get(0), hintBlock, "ADTAMNB: first map block has the first hole");
        assertTrue(map[hintByte] != (byte) 0xFF && (hintByte == 0 || map[hintByte - 1] == (byte) 0xFF),
                "ADTAMND points at the first byte with a free bit");
    }

    private static void checkSpecialFsts(IndependentEdfReader r, int files, int blocks, int b) {
        var dir = r.fsts.get(0);
        assertArrayEquals(new byte[] {0, 0, 0, 1, 0, 0, 0, 0}, java.util.Arrays.copyOf(dir.raw(), 8));
        assertEquals("DIRECTOR", dir.type());
        assertEquals((byte) 0xC6, dir.recfm());
        assertEquals(64, dir.lrecl());
        assertEquals(files + 2, dir.aic(), "FSTAIC counts the two special FSTs");
        assertEquals(4, dir.ptrsz());
        assertEquals((files + 2 + b / 64 - 1) / (b / 64), dir.adbc());
        assertTrue(dir.adbc() > 1 && dir.nlvl() == 1, "the directory spans blocks under a pointer block");
        assertTrue(dir.fop() != r.u32(r.labelAt + 16), "FOP is the pointer block, DOP the first data block");
        var map = r.fsts.get(1);
        assertArrayEquals(new byte[] {0, 0, 0, 2, 0, 0, 0, 0}, java.util.Arrays.copyOf(map.raw(), 8));
        assertEquals("ALLOCMAP", map.type());
        assertEquals((byte) 0xC6, map.recfm());
        assertEquals(b, map.lrecl());
        int mapBlocks = ((blocks + 7) / 8 + b - 1) / b;
        assertEquals(mapBlocks, map.adbc());
        assertEquals(mapBlocks, map.aic());
        assertEquals(mapBlocks > 1 ? 1 : 0, map.nlvl());
    }

    private static void checkUserFst(IndependentEdfReader.Fst f, RecordFormat format, List<byte[]> records, int b) {
        byte[] raw = f.raw();
        String name = f.name().strip();
        assertArrayEquals(Ebcdic.CP037.encodePadded(name, 8), java.util.Arrays.copyOf(raw, 8), "FSTFNAME");
        assertEquals("DATA    ", f.type(), "FSTFTYPE");
        assertArrayEquals(new byte[] {0x11, 0x21, 0x08, 0x15}, java.util.Arrays.copyOfRange(raw, 16, 20), "DATEW TIMEW");
        assertArrayEquals(new byte[] {(byte) 0xC1, (byte) 0xF1}, java.util.Arrays.copyOfRange(raw, 24, 26), "FSTFMODE A1");
        assertEquals(format.code(), f.recfm(), "FSTRECFM");
        assertEquals(0x08, raw[31], "FSTFLAGS century 20");
        long bytes = 0;
        int max = 0;
        for (byte[] rec : records) {
            bytes += rec.length + (format == RecordFormat.V ? 2 : 0);
            max = Math.max(max, rec.length);
        }
        assertEquals(max, f.lrecl(), "FSTLRECL");
        assertArrayEquals(new byte[] {(byte) 0xF2, (byte) 0xF6}, java.util.Arrays.copyOfRange(raw, 38, 40), "FSTYEARW");
        int dataBlocks = (int) ((bytes + b - 1) / b);
        assertEquals(dataBlocks, f.adbc(), name + " FSTADBC");
        assertEquals(records.size(), f.aic(), "FSTAIC");
        int fanout = b / format.pointerSize();
        int levels = 0;
        for (int n = dataBlocks; n > 1; n = (n + fanout - 1) / fanout) {
            levels++;
        }
        assertEquals(levels, f.nlvl(), name + " FSTNLVL");
        assertEquals(format.pointerSize(), f.ptrsz(), "FSTPTRSZ");
        assertArrayEquals(BCD_STAMP, java.util.Arrays.copyOfRange(raw, 54, 60), "FSTADATI");
        if (levels == 0) {
            assertEquals(f.dataBlocks().get(0), f.fop());
        }
    }

    /** Level-1 V entries: {block, last record whose header starts there (or spanning), first header or -1}. */
    private static void checkVariablePointers(IndependentEdfReader r, IndependentEdfReader.Fst f,
            List<byte[]> records, int b) {
        int blocks = f.adbc();
        int[] last = new int[blocks];
        int[] first = new int[blocks];
        java.util.Arrays.fill(first, -1);
        long at = 0;
        for (int n = 1; n <= records.size(); n++) {
            long end = at + 2 + records.get(n - 1).length;
            int start = (int) (at / b);
            if (first[start] < 0) {
                first[start] = (int) (at % b);
            }
            for (int i = start; i <= (int) ((end - 1) / b); i++) {
                last[i] = n;
            }
            at = end;
        }
        assertEquals(blocks, f.varEntries().size());
        for (int i = 0; i < blocks; i++) {
            int[] e = f.varEntries().get(i);
            assertEquals(f.dataBlocks().get(i), e[0]);
            assertEquals(last[i], e[1], "hi_record_nr of data block " + i);
            assertEquals(first[i], e[2], "disp of data block " + i);
        }
        int perBlock = b / 12;
        int top = f.fop();
        for (int k = 0; k < b / 12; k++) {
            int child = r.u32(r.block(top) + k * 12);
            if (child == 0) {
                assertEquals((k - 1) * 12, r.u32(r.block(top) + b - 4), "back pointer of the top block");
                break;
            }
            int entries = Math.min(perBlock, blocks - k * perBlock);
            assertEquals((entries - 1) * 12, r.u32(r.block(child) + b - 4), "back pointer of pointer block " + k);
        }
    }

    private static void checkAllocationMap(IndependentEdfReader r, int blocks) {
        byte[] map = r.allocationMap();
        for (int block = 1; block <= blocks; block++) {
            int k = block - 1;
            boolean set = ((map[k >>> 3] >>> (7 - (k & 7))) & 1) != 0;
            boolean expected = block <= 5 || r.referenced.get(block);
            assertEquals(expected, set, "allocation bit of block " + block);
        }
        for (int k = blocks; k < map.length * 8; k++) {
            assertEquals(1, (map[k >>> 3] >>> (7 - (k & 7))) & 1, "bit past the last block");
        }
    }
}
