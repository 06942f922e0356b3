package vm370.cp.paging;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;
import vm370.s370.storage.MainStorage;

/**
 * One virtual machine's storage as CP pages it: the machine's "real" storage, whose 4K pages are
 * backed by frames of CP's {@link FramePool} while resident and by slots of the paging file while
 * not. The machine never sees the difference; a page it never touched costs nothing.
 *
 * <p>Threading: the machine's own thread touches the storage only while it holds {@link #owner}
 * (it holds it whenever it is dispatched). CP steals a frame only while holding that lock too, so
 * no instruction ever sees a frame change under it; a steal bumps the storage's generation, which
 * empties the machine's TLB (its shadow translation) at its next instruction boundary.
 * @vm370 DMKPTR
 */
public final class PagedStorage implements MainStorage.FrameSource {

    private final FramePool pool;
    private final MainStorage storage;
    /** The paging slot of each page, or -1 when the page has none (never paged out, or released). */
    private int[] slots;
    /** Held by the machine's thread while it runs; CP takes it (tryLock) to steal from an idle machine. */
    final ReentrantLock owner = new ReentrantLock();
    /** Resident frames, guarded by the pool. */
    int resident;
    /** Where the next steal from this machine looks first, guarded by the pool. */
    int clockHand;
    private long pageIns;
    private long pageOuts;
    private PageWait pageWait = PageWait.NONE;

    PagedStorage(FramePool pool, int size) {
        this.pool = pool;
        this.storage = new MainStorage(size, this);
        this.slots = new int[size / MainStorage.FRAME_SIZE];
        Arrays.fill(slots, -1);
    }

    /** The machine's storage, to give to its virtual CPU. */
    public MainStorage storage() {
        return storage;
    }

    /** The lock the machine's thread holds while it is dispatched. */
    public ReentrantLock owner() {
        return owner;
    }

    /** How the machine waits while a page is read in; set before the machine runs. */
    public void waitForPagesBy(PageWait wait) {
        this.pageWait = wait;
    }

    public PageWait pageWait() {
        return pageWait;
    }

    /**
     * Called by the storage on the first touch of a page that has no frame: page it in. A page
     * that was paged out is read back in page wait; a page never touched is just a cleared frame.
     */
    @Override
    public byte[] frame(int page) {
        byte[] frame = pool.obtain(this);
        int slot = slots[page];
        if (slot >= 0) {
            pageWait.during(() -> pool.readSlot(slot, frame));
            pageIns++;
        }
        return frame;
    }

    /** Pages in from the paging file (a page fault that had to wait for the file). */
    public long pageIns() {
        return pageIns;
    }

    /** Pages written to the paging file when CP took their frames. */
    public long pageOuts() {
        return pageOuts;
    }

    /** Pages now in real storage. */
    public int residentPages() {
        synchronized (pool) {
            return resident;
        }
    }

    int pages() {
        return slots.length;
    }

    /**
     * Takes the frame of one page away: its contents go to a paging slot, the frame back to CP.
     * The caller holds {@link #owner} and the pool's monitor. Returns the frame, or null when the
     * page was not resident or could not be written.
     */
    byte[] pageOut(int page) {
        if (!storage.hasFrame(page)) {
            return null;
        }
        byte[] frame = storage.frame(page * MainStorage.FRAME_SIZE);
        int slot = slots[page] >= 0 ? slots[page] : pool.allocateSlot();
        if (!pool.writeSlot(slot, frame)) {
            if (slots[page] < 0) {
                pool.freeSlot(slot);
            }
            return null;
        }
        slots[page] = slot;
        storage.releaseFrame(page);
        pageOuts++;
        return frame;
    }

    /** True when the page's reference bit is on in either 2K key block (CP only reads it). */
    boolean referenced(int page) {
        int address = page * MainStorage.FRAME_SIZE;
        return ((storage.key(address) | storage.key(address + MainStorage.KEY_BLOCK_SIZE))
                & MainStorage.KEY_REFERENCED) != 0;
    }

    boolean resident(int page) {
        return storage.hasFrame(page);
    }

    /**
     * Releases whole pages from {@code first} to {@code last} (DIAGNOSE 10): their frames and
     * slots go back to CP; the machine sees zeros there next time. The caller is the machine's thread.
     */
    public void release(int first, int last) {
        for (int page = Math.max(0, first); page <= Math.min(last, slots.length - 1); page++) {
            pool.releasePage(this, page, slots[page]);
            slots[page] = -1;
        }
    }

    /** Gives everything back (logoff, DEFINE STORAGE): every frame and slot returns to CP. */
    public void releaseAll() {
        release(0, slots.length - 1);
        pool.detach(this);
    }

    /**
     * Replaces the storage with {@code size} bytes of new storage (DEFINE STORAGE): every frame and
     * slot of the old goes back to CP, and every page of the new reads as zeros. The caller is the
     * machine's thread holding {@link #owner}, so no steal can look at the pages meanwhile.
     */
    public void redefine(int size) {
        release(0, slots.length - 1);
        synchronized (pool) {
            storage.redefine(size);
            slots = new int[size / MainStorage.FRAME_SIZE];
            Arrays.fill(slots, -1);
            clockHand = 0;
        }
    }

    byte[] residentFrame(int page) {
        return storage.frame(page * MainStorage.FRAME_SIZE);
    }

    void dropFrame(int page) {
        storage.releaseFrame(page);
    }
}
