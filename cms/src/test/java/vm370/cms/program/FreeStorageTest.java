package vm370.cms.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** DMSFREE's allocator: doublewords from the top down, first fit, freed blocks merged with their neighbours. */
class FreeStorageTest {

    @Test
    void blocksComeFromTheTopDownAndRunOutCleanly() {
        FreeStorage storage = new FreeStorage(0x20004, 0x20100);
        assertEquals(0x200F0, storage.allocate(2));
        assertEquals(0x200E0, storage.allocate(2));
        assertEquals(-1, storage.allocate(100), "more than there is");
        assertEquals(0x20008, storage.allocate(0x1B), "the rest, from the first doubleword boundary");
        assertEquals(-1, storage.allocate(1));
    }

    @Test
    void aFreedBlockIsMergedAndCanBeHadAgainWhole() {
        FreeStorage storage = new FreeStorage(0, 64);
        int a = storage.allocate(2);
        int b = storage.allocate(2);
        int c = storage.allocate(4);
        assertEquals(-1, storage.allocate(1));
        assertTrue(storage.release(b, 2));
        assertTrue(storage.release(a, 2));
        assertEquals(a - 16, storage.allocate(4), "a and b merged into one block of four doublewords");
        assertTrue(storage.release(c, 4));
    }

    @Test
    void onlyABlockThatWasGivenOutCanBeGivenBack() {
        FreeStorage storage = new FreeStorage(0, 64);
        int a = storage.allocate(2);
        assertFalse(storage.release(a, 1), "another size");
        assertFalse(storage.release(a + 8, 1), "not its address");
        assertTrue(storage.release(a, 2));
        assertFalse(storage.release(a, 2), "twice");
    }
}
