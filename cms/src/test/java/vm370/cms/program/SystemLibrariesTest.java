package vm370.cms.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.DiskLayout;
import vm370.cms.fs.FileStatus;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.MemoryBlockDevice;

/** The boot's system disk: formatted when new, given CMSLIB MACLIB once, its files left alone after. */
class SystemLibrariesTest {

    @Test
    void aBlankDeviceIsFormattedAndGetsCmslibMaclib() {
        MemoryBlockDevice device = new MemoryBlockDevice(DiskLayout.CKD, 1024, 1000);
        assertEquals(FsCode.OK, SystemLibraries.prepareSystemDisk(device, "MNT190", Clock.systemUTC()));
        CmsDisk disk = CmsDisk.access(device, 'S', true, Clock.systemUTC()).orElseThrow();
        assertEquals("MNT190", disk.label().volser());
        FileStatus cmslib = disk.state("CMSLIB", "MACLIB").orElseThrow();
        assertEquals(2, cmslib.modeNumber());
        assertEquals(80, cmslib.lrecl());
        Library library = Library.decode(records(disk)).orElseThrow();
        assertTrue(library.member("WRTERM").isPresent() && library.member("FSWRITE").isPresent());
    }

    @Test
    void aSystemDiskThatHasCmslibIsLeftAlone() {
        MemoryBlockDevice device = new MemoryBlockDevice(DiskLayout.CKD, 1024, 1000);
        SystemLibraries.prepareSystemDisk(device, "MNT190", Clock.systemUTC());
        byte[] before = device.bytes().clone();
        assertEquals(FsCode.OK, SystemLibraries.prepareSystemDisk(device, "OTHER", Clock.systemUTC()));
        assertTrue(java.util.Arrays.equals(before, device.bytes()), "nothing written the second time");
    }

    private static List<byte[]> records(CmsDisk disk) {
        var reader = disk.openReader("CMSLIB", "MACLIB").orElseThrow();
        List<byte[]> out = new java.util.ArrayList<>();
        for (int r = 1; r <= reader.status().records(); r++) {
            byte[] record = new byte[80];
            reader.read(r, record);
            out.add(record);
        }
        return out;
    }
}
