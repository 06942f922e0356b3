package vm370.cms.fs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The operations CMS commands and file macros build on: full and read-only disks, erase, rename, patterns, copy. */
class DiskOperationsTest {

    private static CmsDisk fresh(int blockSize, int blocks) {
        return Fixtures.format(new MemoryBlockDevice(DiskLayout.CKD, blockSize, blocks, 1));
    }

    @Test
    void writingPastTheLastFreeBlockGivesDiskFullAndKeepsTheDiskUsable() {
        var device = new MemoryBlockDevice(DiskLayout.FBA, 1024, 60);
        CmsDisk disk = Fixtures.format(device);
        RecordWriter w = disk.openWriter(FileId.of("BIG", "DATA"), RecordFormat.F, 80, WriteMode.REPLACE).orElseThrow();
        byte[] record = new byte[80];
        FsCode code = FsCode.OK;
        int written = 0;
        while (code == FsCode.OK) {
            code = w.write(record, 0, 80);
            if (code == FsCode.OK) {
                written++;
            }
        }
        assertEquals(FsCode.DISK_FULL, code);
        assertEquals(13, code.returnCode(), "FSWRITE return code for a full disk");
        assertEquals(FsCode.OK, w.close(), "the records written before the disk filled are kept");
        assertEquals(written, Fixtures.access(device).state("BIG", "DATA").orElseThrow().records());
        assertTrue(disk.usage().blocksLeft() <= 3, "only the commit reserve is left: " + disk.usage());
        assertEquals(FsCode.OK, disk.erase(FilePattern.of("BIG", "DATA")).code());
        assertEquals(1, Fixtures.write(disk, "SMALL", RecordFormat.F, 80, 1).size());
    }

    @Test
    void readOnlyDisksRefuseEveryChangeWithCmsReturnCodes() {
        var device = new MemoryBlockDevice(DiskLayout.CKD, 4096, 200, 1);
        Fixtures.write(Fixtures.format(device), "KEEP", RecordFormat.V, 100, 10);
        CmsDisk disk = CmsDisk.access(device, 'Y', true, Fixtures.CLOCK).orElseThrow();
        var refused = disk.openWriter(FileId.of("NEW", "DATA"), RecordFormat.F, 80, WriteMode.REPLACE);
        assertEquals(FsCode.DISK_READ_ONLY, refused.code());
        assertEquals(12, refused.code().returnCode(), "FSWRITE on a read-only disk");
        assertEquals(36, refused.code().commandReturnCode(), "DMSxxx037E DISK 'Y' IS READ/ONLY");
        assertEquals(FsCode.DISK_READ_ONLY, disk.erase(FilePattern.ALL).code());
        assertEquals(FsCode.DISK_READ_ONLY, disk.rename("KEEP", "DATA", FileId.of("OTHER", "DATA")));
        assertEquals(10, Fixtures.read(disk, "KEEP").size(), "reading still works");
        device.setReadOnly(true);
        assertTrue(CmsDisk.access(device, 'A', false, Fixtures.CLOCK).orElseThrow().readOnly(),
                "a device linked R/O is accessed R/O");
    }

    @Test
    void aWriterToldToKeepADateGivesTheFileThatDateAndOthersTheTimeOfClose() {
        var device = new MemoryBlockDevice(DiskLayout.CKD, 4096, 200, 1);
        CmsDisk disk = Fixtures.format(device);
        LocalDateTime old = LocalDateTime.of(1981, 3, 14, 9, 26, 53);
        RecordWriter kept = disk.openWriter(FileId.of("OLD", "DATA"), RecordFormat.F, 80, WriteMode.REPLACE)
                .orElseThrow();
        kept.keepDate(old);
        assertEquals(FsCode.OK, kept.write(new byte[80], 0, 80));
        assertEquals(FsCode.OK, kept.close());
        Fixtures.write(disk, "NEW", RecordFormat.F, 80, 1);
        CmsDisk again = Fixtures.access(device);
        assertEquals(old, again.state("OLD", "DATA").orElseThrow().written(), "the date survives on disk");
        assertEquals(LocalDateTime.now(Fixtures.CLOCK), again.state("NEW", "DATA").orElseThrow().written());
    }

    @Test
    void eraseGivesEveryDataAndPointerBlockBack() {
        CmsDisk disk = fresh(512, 4000);
        int empty = disk.usage().blocksUsed();
        Fixtures.write(disk, "KEEP", RecordFormat.F, 80, 3);
        int withKeep = disk.usage().blocksUsed();
        Fixtures.write(disk, "HUGE", RecordFormat.F, 80, 1000);
        Fixtures.write(disk, "VHUGE", RecordFormat.V, 500, 2000);
        assertTrue(disk.usage().blocksUsed() > withKeep + 1000);
        assertEquals(2, disk.erase(FilePattern.of("*HUGE", "DATA")).orElseThrow());
        assertEquals(withKeep, disk.usage().blocksUsed());
        assertEquals(FsCode.OK, disk.erase(FilePattern.ALL).code());
        assertEquals(empty, disk.usage().blocksUsed());
        assertEquals(FsCode.FILE_NOT_FOUND, disk.erase(FilePattern.ALL).code());
        assertEquals(28, FsCode.FILE_NOT_FOUND.returnCode());
    }

    @Test
    void renameMovesTheNameNotTheDataAndRefusesAnExistingTarget() {
        var device = new MemoryBlockDevice(DiskLayout.FBA, 2048, 300);
        CmsDisk disk = Fixtures.format(device);
        List<byte[]> data = Fixtures.write(disk, "OLD", RecordFormat.V, 300, 500);
        Fixtures.write(disk, "OTHER", RecordFormat.F, 80, 1);
        int used = disk.usage().blocksUsed();
        assertEquals(FsCode.FILE_EXISTS, disk.rename("OLD", "DATA", FileId.of("OTHER", "DATA")));
        assertEquals(FsCode.OK, disk.rename("old", "data", new FileId("NEW", "DATA", 2)));
        assertEquals(used, disk.usage().blocksUsed());
        CmsDisk again = Fixtures.access(device);
        assertTrue(again.state("OLD", "DATA").isEmpty());
        assertEquals("NEW DATA A2", again.state("NEW", "DATA").orElseThrow().fileId());
        List<byte[]> read = Fixtures.read(again, "NEW");
        for (int i = 0; i < data.size(); i++) {
            assertArrayEquals(data.get(i), read.get(i));
        }
        assertEquals(FsCode.FILE_NOT_FOUND, again.rename("GONE", "DATA", FileId.of("X", "Y")));
    }

    @Test
    void patternsSelectByNameTypeAndModeNumber() {
        CmsDisk disk = fresh(1024, 400);
        for (String[] id : new String[][] {{"PROFILE", "EXEC", "1"}, {"PROG1", "ASSEMBLE", "1"},
            {"PROG2", "ASSEMBLE", "2"}, {"NOTES", "SCRIPT", "0"}}) {
            RecordWriter w = disk.openWriter(new FileId(id[0], id[1], Integer.parseInt(id[2])), RecordFormat.F, 80,
                    WriteMode.REPLACE).orElseThrow();
            w.write(new byte[80], 0, 80);
            assertEquals(FsCode.OK, w.close());
        }
        assertEquals(4, disk.list(FilePattern.ALL).size());
        assertEquals(List.of("PROG1 ASSEMBLE A1", "PROG2 ASSEMBLE A2"),
                disk.list(FilePattern.of("*", "ASSEMBLE")).stream().map(FileStatus::fileId).toList());
        assertEquals(List.of("PROG2 ASSEMBLE A2"),
                disk.list(new FilePattern("PROG%", "*", 2)).stream().map(FileStatus::fileId).toList());
        assertEquals(List.of("PROFILE EXEC A1", "PROG1 ASSEMBLE A1", "PROG2 ASSEMBLE A2"),
                disk.list(FilePattern.of("PRO*", "*")).stream().map(FileStatus::fileId).toList());
        assertTrue(disk.list(FilePattern.of("PRO", "*")).isEmpty());
        CmsDisk readOnly = CmsDisk.access(disk.device(), 'S', true, Fixtures.CLOCK).orElseThrow();
        assertEquals(3, readOnly.list(FilePattern.ALL).size(), "mode-0 files are private to the R/W owner");
        assertEquals("PROFILE EXEC S1", readOnly.state("profile", "exec").orElseThrow().fileId());
    }

    @Test
    void copyWorksWithinAndBetweenDisksOfDifferentBlockSizes() {
        CmsDisk a = fresh(4096, 300);
        CmsDisk b = Fixtures.format(new MemoryBlockDevice(DiskLayout.FBA, 512, 3000));
        List<byte[]> v = Fixtures.write(a, "SRC", RecordFormat.V, 1000, 700);
        assertEquals(FsCode.OK, a.copy("SRC", "DATA", a, FileId.of("DUP", "DATA"), false));
        assertEquals(FsCode.OK, a.copy("SRC", "DATA", b, FileId.of("SRC", "DATA"), false));
        assertEquals(FsCode.FILE_EXISTS, a.copy("SRC", "DATA", b, FileId.of("SRC", "DATA"), false));
        assertEquals(FsCode.OK, a.copy("SRC", "DATA", b, FileId.of("SRC", "DATA"), true));
        assertEquals(FsCode.FILE_NOT_FOUND, a.copy("NONE", "DATA", b, FileId.of("X", "DATA"), false));
        for (CmsDisk d : List.of(a, b)) {
            List<byte[]> got = Fixtures.read(d, "SRC");
            for (int i = 0; i < v.size(); i++) {
                assertArrayEquals(v.get(i), got.get(i));
            }
        }
        assertEquals(700, Fixtures.read(a, "DUP").size());
    }

    @Test
    void queryDiskCountsBlocksUsedLeftAndPercentFull() {
        CmsDisk disk = fresh(1024, 1000);
        DiskUsage empty = disk.usage();
        assertEquals(1000, empty.blocksTotal());
        assertEquals(empty.blocksTotal(), empty.blocksUsed() + empty.blocksLeft());
        assertEquals("TEST01", empty.volser());
        Fixtures.write(disk, "HALF", RecordFormat.F, 1024, 500);
        DiskUsage half = disk.usage();
        assertEquals(1, half.files());
        assertTrue(half.blocksUsed() >= 500 + empty.blocksUsed());
        assertEquals(half.blocksUsed() * 100 / 1000, half.percentFull());
        assertTrue(half.percentFull() >= 50 && half.percentFull() < 55);
        assertFalse(half.readOnly());
    }

    @Test
    void oneWriterPerFileAndErasingAnOpenFileClosesItFirst() {
        CmsDisk disk = fresh(1024, 500);
        int empty = disk.usage().blocksUsed();
        RecordWriter first = disk.openWriter(FileId.of("OPEN", "DATA"), RecordFormat.F, 80, WriteMode.UPDATE)
                .orElseThrow();
        for (int i = 0; i < 100; i++) {
            first.write(new byte[80], 0, 80);
        }
        assertTrue(first == disk.openWriter(FileId.of("OPEN", "DATA"), RecordFormat.F, 80, WriteMode.UPDATE)
                .orElseThrow(), "FSWRITE to an open file continues it");
        RecordWriter replacing = disk.openWriter(FileId.of("OPEN", "DATA"), RecordFormat.F, 80, WriteMode.REPLACE)
                .orElseThrow();
        assertEquals(100, disk.state("OPEN", "DATA").orElseThrow().records(), "the open writer was closed first");
        replacing.write(new byte[80], 0, 80);
        assertEquals(1, disk.erase(FilePattern.ALL).orElseThrow());
        assertEquals(empty, disk.usage().blocksUsed(), "nothing of either version is left");
        assertTrue(disk.state("OPEN", "DATA").isEmpty());
    }

    @Test
    void formatCanUseTheFirstCylindersOnly() {
        var device = new MemoryBlockDevice(DiskLayout.CKD, 4096, 30 * 12 * 15, 30);
        int blocks = CmsDisk.blocksInCylinders(device, 10);
        assertEquals(10 * 12 * 15, blocks);
        CmsDisk disk = CmsDisk.format(device, "small", blocks, 'B', Fixtures.CLOCK).orElseThrow();
        assertEquals(10, disk.label().cylinders(), "ADTCYL");
        assertEquals(30, disk.label().maxCylinders(), "ADTMCYL");
        assertEquals("SMALL", disk.label().volser());
        assertEquals(blocks, disk.usage().blocksTotal());
        assertEquals(blocks, Fixtures.access(device).label().blocks());
        assertEquals(FsCode.DISK_FULL, CmsDisk.format(new MemoryBlockDevice(DiskLayout.FBA, 512, 7), "TINY", 0, 'A',
                Fixtures.CLOCK).code(), "no room for label, directory and map");
        assertEquals(FsCode.OK, CmsDisk.format(new MemoryBlockDevice(DiskLayout.FBA, 512, 8), "TINY", 0, 'A',
                Fixtures.CLOCK).code(), "blocks 1-5, a map block and the directory");
    }

    @Test
    void theDirectoryGrowsPastOneBlockAndShrinksBackWhileDopAlternates() {
        var device = new MemoryBlockDevice(DiskLayout.FBA, 512, 2000);
        CmsDisk disk = Fixtures.format(device);
        int origin = disk.label().directoryOrigin();
        for (int i = 0; i < 30; i++) {
            Fixtures.write(disk, "FILE" + i, RecordFormat.F, 80, 1);
            int now = disk.label().directoryOrigin();
            assertEquals(origin == 4 ? 5 : 4, now, "each commit writes the first directory block to the other home");
            origin = now;
        }
        var grown = new IndependentEdfReader(device.bytes(), true);
        assertEquals(32, grown.fsts.size());
        assertEquals(4, grown.fsts.get(0).adbc(), "32 FSTs in 8-FST blocks");
        assertEquals(1, grown.fsts.get(0).nlvl());
        assertEquals(30, disk.erase(FilePattern.of("FILE*", "DATA")).orElseThrow());
        var shrunk = new IndependentEdfReader(device.bytes(), true);
        assertEquals(0, shrunk.fsts.get(0).nlvl());
        assertEquals(shrunk.u32(shrunk.labelAt + 16), shrunk.fsts.get(0).fop(), "one block again: FOP = DOP");
        assertEquals(0, Fixtures.access(device).list(FilePattern.ALL).size());
    }

    @Test
    void fileDataInTheOtherDirectoryHomeIsNeverOverwritten() {
        var device = new MemoryBlockDevice(DiskLayout.CKD, 1024, 300, 1);
        CmsDisk disk = Fixtures.format(device);
        List<byte[]> data = Fixtures.write(disk, "FOREIGN", RecordFormat.F, 80, 3);
        int origin = disk.label().directoryOrigin();
        int other = origin == 4 ? 5 : 4;
        byte[] block = new byte[1024];
        FileStatus fst = disk.state("FOREIGN", "DATA").orElseThrow();
        device.read(fst.firstPointer(), block);
        device.write(other, block);
        byte[] directory = new byte[1024];
        device.read(origin, directory);
        directory[2 * 64 + 40] = 0;
        directory[2 * 64 + 41] = 0;
        directory[2 * 64 + 42] = 0;
        directory[2 * 64 + 43] = (byte) other;
        device.write(origin, directory);
        CmsDisk foreign = Fixtures.access(device);
        assertEquals(other, foreign.state("FOREIGN", "DATA").orElseThrow().firstPointer(), "as another CMS left it");
        Fixtures.write(foreign, "MORE", RecordFormat.F, 80, 10);
        assertEquals(origin, foreign.label().directoryOrigin(), "the directory stays in its home");
        List<byte[]> read = Fixtures.read(Fixtures.access(device), "FOREIGN");
        for (int i = 0; i < data.size(); i++) {
            assertArrayEquals(data.get(i), read.get(i));
        }
    }
}
