package vm370.rscs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.cms.fs.CmsDisk;
import vm370.cms.fs.DiskLayout;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.MemoryBlockDevice;

/** RSCS's memory of delivered files on a CMS disk: what a restart finds, how the file is kept short, a full disk. */
class DeliveredFilesTest {

    private final List<String> operator = new ArrayList<>();

    private static MemoryBlockDevice formatted(int blocks) {
        MemoryBlockDevice device = new MemoryBlockDevice(DiskLayout.FBA, 1024, blocks);
        assertTrue(CmsDisk.format(device, "RSC191", 0, 'A', Clock.systemUTC()) instanceof FsResult.Done<CmsDisk>);
        return device;
    }

    /** RSCS started (again) on the disk: ACCESS, then its memory read from RSCS DELIVERD. */
    private DeliveredFiles start(MemoryBlockDevice device) {
        CmsDisk disk = ((FsResult.Done<CmsDisk>) CmsDisk.access(device, 'A', false, Clock.systemUTC())).value();
        return new DeliveredFiles(new DeliveryLog(disk), operator::add);
    }

    private static String identity(int n) {
        return "NODEA." + n + ".dc0a1b2c3d4e5f6" + n % 10 + ".1";
    }

    @Test
    void filesRecordedInAPassAreRememberedAfterARestart() {
        MemoryBlockDevice device = formatted(200);
        DeliveredFiles before = start(device);
        before.add(identity(1));
        before.add(identity(2));
        before.record();
        DeliveredFiles after = start(device);
        assertTrue(after.contains(identity(1)));
        assertTrue(after.contains(identity(2)));
        assertFalse(after.contains(identity(3)));
        assertEquals(List.of(), operator);
    }

    @Test
    void aFileNotYetRecordedIsRememberedInStorageButNotAcrossARestart() {
        MemoryBlockDevice device = formatted(200);
        DeliveredFiles before = start(device);
        before.add(identity(7));
        assertTrue(before.contains(identity(7)));
        assertFalse(start(device).contains(identity(7)));
    }

    @Test
    void theFileIsRewrittenWithTheLastKeptFilesWhenItOutgrowsItsSlack() {
        MemoryBlockDevice device = formatted(2000);
        DeliveredFiles files = start(device);
        int total = DeliveredFiles.KEPT + DeliveredFiles.SLACK + 1;
        for (int n = 1; n <= total; n++) {
            files.add(identity(n));
            if (n % 500 == 0 || n == total) {
                files.record();
            }
        }
        assertTrue(files.contains(identity(1)), "storage remembers more than the disk");
        DeliveredFiles after = start(device);
        assertFalse(after.contains(identity(total - DeliveredFiles.KEPT)));
        assertTrue(after.contains(identity(total - DeliveredFiles.KEPT + 1)));
        assertTrue(after.contains(identity(total)));
        assertEquals(List.of(), operator);
    }

    @Test
    void aFullDiskTellsTheOperatorOnceAndRscsRemembersInStorageOnly() {
        MemoryBlockDevice device = formatted(16);
        DeliveredFiles files = start(device);
        for (int n = 1; n <= 2000; n++) {
            files.add(identity(n));
            if (n % 50 == 0) {
                files.record();
            }
        }
        assertEquals(1, operator.size(), () -> "told once: " + operator);
        assertEquals("DMTAXS104E FILES RECEIVED ARE REMEMBERED IN STORAGE ONLY -- RSCS DELIVERD A1 NOT WRITTEN: DISK FULL",
                operator.getFirst());
        assertTrue(files.contains(identity(1)));
        assertTrue(files.contains(identity(2000)));
        DeliveredFiles after = start(device);
        assertTrue(after.contains(identity(50)), "what was written before the disk filled stays");
    }
}
