package vm370.cp.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.s370.storage.MainStorage;

class FramePoolTest {

    @TempDir
    Path dir;
    private PagingFile file;

    @BeforeEach
    void open() throws IOException {
        file = new PagingFile(dir.resolve("paging.dat"));
    }

    @AfterEach
    void close() throws IOException {
        file.close();
    }

    @Test
    void machinesFarLargerThanRealStorageKeepEveryByte() {
        FramePool pool = new FramePool(8 * MainStorage.FRAME_SIZE, file);
        PagedStorage[] machines = new PagedStorage[4];
        for (int m = 0; m < machines.length; m++) {
            machines[m] = pool.attach(16 * MainStorage.FRAME_SIZE);
        }
        for (int m = 0; m < machines.length; m++) {
            for (int page = 0; page < 16; page++) {
                machines[m].storage().write(page * MainStorage.FRAME_SIZE + 100, 4, m * 1000 + page);
            }
            pool.trim(machines[m]);
        }
        assertTrue(pool.steals() > 0, "overcommitted four times: frames were stolen");
        assertTrue(pool.framesInUse() <= pool.capacity() + 16, "at most one working set beyond the pool");
        for (int m = 0; m < machines.length; m++) {
            for (int page = 0; page < 16; page++) {
                assertEquals(m * 1000 + page, machines[m].storage().read(page * MainStorage.FRAME_SIZE + 100, 4));
            }
            pool.trim(machines[m]);
        }
        assertTrue(machines[0].pageIns() > 0 && machines[0].pageOuts() > 0);
        long ins = 0;
        long outs = 0;
        for (PagedStorage machine : machines) {
            ins += machine.pageIns();
            outs += machine.pageOuts();
        }
        assertEquals(ins, pool.pageIns(), "the pool counts every machine's page-ins");
        assertEquals(outs, pool.pageOuts(), "the pool counts every machine's page-outs");
    }

    @Test
    void aFrameFromAnotherMachineArrivesCleared() {
        FramePool pool = new FramePool(MainStorage.FRAME_SIZE, file);
        PagedStorage first = pool.attach(MainStorage.FRAME_SIZE);
        PagedStorage second = pool.attach(MainStorage.FRAME_SIZE);
        first.storage().write(0, 8, 0x1122334455667788L);
        assertEquals(0, second.storage().read(0, 8), "second machine sees zeros, not the first's data");
        assertEquals(1, pool.steals());
        assertEquals(0x1122334455667788L, first.storage().read(0, 8));
    }

    @Test
    void aRunningMachineIsNeverStolenFrom() throws Exception {
        FramePool pool = new FramePool(MainStorage.FRAME_SIZE, file);
        PagedStorage running = pool.attach(MainStorage.FRAME_SIZE);
        PagedStorage other = pool.attach(MainStorage.FRAME_SIZE);
        running.owner().lock();
        try {
            running.storage().write(0, 4, 42);
            Thread t = Thread.ofVirtual().start(() -> other.storage().write(0, 4, 7));
            t.join();
            assertEquals(0, pool.steals());
            assertEquals(42, running.storage().read(0, 4));
        } finally {
            running.owner().unlock();
        }
    }

    @Test
    void releasingPagesReturnsFramesAndSlotsAndZeroesThem() {
        FramePool pool = new FramePool(4 * MainStorage.FRAME_SIZE, file);
        PagedStorage m = pool.attach(4 * MainStorage.FRAME_SIZE);
        for (int page = 0; page < 4; page++) {
            m.storage().write(page * MainStorage.FRAME_SIZE, 4, 99);
        }
        assertEquals(4, pool.framesInUse());
        m.release(1, 2);
        assertEquals(2, pool.framesInUse());
        assertEquals(0, m.storage().read(MainStorage.FRAME_SIZE, 4));
        assertEquals(99, m.storage().read(0, 4));
        m.releaseAll();
        assertEquals(0, pool.framesInUse());
        assertEquals(0, pool.pagingSlotsInUse());
    }
}
