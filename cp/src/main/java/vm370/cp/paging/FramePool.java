package vm370.cp.paging;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import vm370.s370.storage.MainStorage;

/**
 * CP's real storage: the 4K page frames that back every virtual machine's storage. When no frame
 * is free, one is stolen from a machine that is not running, preferring pages whose reference bit
 * is off, with a clock hand over the machines and another over each machine's pages.
 *
 * <p>Real storage may be overcommitted many times over: the sum of the machines' storage is
 * limited only by the paging file. A machine running alone may briefly hold more than the pool
 * when nothing else can be stolen; {@link #trim} gives the excess back between its time slices.
 * Frames leave the pool cleared, so no machine ever sees another's data.
 * @vm370 DMKPTR
 */
public final class FramePool {

    private static final System.Logger LOG = System.getLogger(FramePool.class.getName());

    private final int capacity;
    private final PagingFile pagingFile;
    private final ArrayDeque<byte[]> free = new ArrayDeque<>();
    private final List<PagedStorage> machines = new ArrayList<>();
    private int inUse;
    private int machineHand;
    private long steals;
    private long pageOuts;
    /** Counted outside the monitor: a page-in reads the paging file without holding the pool. */
    private final LongAdder pageIns = new LongAdder();

    /** A pool of {@code realStorage} bytes of frames, paging to {@code pagingFile}. */
    public FramePool(long realStorage, PagingFile pagingFile) {
        this.capacity = (int) (realStorage / MainStorage.FRAME_SIZE);
        this.pagingFile = pagingFile;
    }

    /** Storage of {@code size} bytes for a new virtual machine, backed by this pool. */
    public synchronized PagedStorage attach(int size) {
        PagedStorage s = new PagedStorage(this, size);
        machines.add(s);
        return s;
    }

    synchronized void detach(PagedStorage s) {
        machines.remove(s);
    }

    /** Frames in the pool. */
    public int capacity() {
        return capacity;
    }

    /** Frames now backing some machine's page. */
    public synchronized int framesInUse() {
        return inUse;
    }

    /** Frames taken from one machine to give another. */
    public synchronized long steals() {
        return steals;
    }

    /** Pages written to the paging file since IPL, over all machines. */
    public synchronized long pageOuts() {
        return pageOuts;
    }

    /** Pages read back from the paging file since IPL, over all machines. */
    public long pageIns() {
        return pageIns.sum();
    }

    public int pagingSlotsInUse() {
        return pagingFile.slotsInUse();
    }

    /** A cleared frame for a page of {@code requester}, stealing one from another machine if none is free. */
    synchronized byte[] obtain(PagedStorage requester) {
        byte[] frame = free.poll();
        if (frame == null && inUse >= capacity) {
            frame = steal(requester);
        }
        if (frame == null) {
            frame = new byte[MainStorage.FRAME_SIZE];
        } else {
            Arrays.fill(frame, (byte) 0);
        }
        inUse++;
        requester.resident++;
        return frame;
    }

    /** A frame from a machine other than the requester that is not running now, or null. */
    private byte[] steal(PagedStorage requester) {
        for (int tries = 0; tries < machines.size(); tries++) {
            machineHand = (machineHand + 1) % machines.size();
            PagedStorage victim = machines.get(machineHand);
            if (victim == requester || victim.resident == 0 || !victim.owner.tryLock()) {
                continue;
            }
            try {
                byte[] frame = stealFrom(victim);
                if (frame != null) {
                    steals++;
                    return frame;
                }
            } finally {
                victim.owner.unlock();
            }
        }
        return null;
    }

    /** One frame of a machine whose lock the caller holds: an unreferenced page if there is one. */
    private byte[] stealFrom(PagedStorage victim) {
        int pages = victim.pages();
        for (int pass = 0; pass < 2; pass++) {
            for (int n = 0; n < pages; n++) {
                int page = victim.clockHand;
                victim.clockHand = (victim.clockHand + 1) % pages;
                if (victim.resident(page) && (pass == 1 || !victim.referenced(page))) {
                    byte[] frame = victim.pageOut(page);
                    if (frame != null) {
                        victim.resident--;
                        inUse--;
                        pageOuts++;
                        return frame;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Gives back what a machine holds beyond the pool's capacity; called on the machine's own
     * thread between time slices, when no instruction holds one of its frames.
     */
    public synchronized void trim(PagedStorage machine) {
        while (inUse > capacity && machine.resident > 0) {
            byte[] frame = stealFrom(machine);
            if (frame == null) {
                return;
            }
            free.push(frame);
        }
    }

    synchronized void releasePage(PagedStorage machine, int page, int slot) {
        if (machine.resident(page)) {
            byte[] frame = machine.residentFrame(page);
            machine.dropFrame(page);
            machine.resident--;
            inUse--;
            free.push(frame);
        }
        if (slot >= 0) {
            pagingFile.free(slot);
        }
    }

    int allocateSlot() {
        return pagingFile.allocate();
    }

    void freeSlot(int slot) {
        pagingFile.free(slot);
    }

    /** Writes a frame to the paging file; false (logged) if the host file failed, so the page stays resident. */
    boolean writeSlot(int slot, byte[] frame) {
        try {
            pagingFile.write(slot, frame);
            return true;
        } catch (UncheckedIOException e) {
            LOG.log(Level.WARNING, "DMKPAG415E PAGING ERROR WRITING SLOT " + slot, e);
            return false;
        }
    }

    /** Reads a page back; if the host file fails the page comes back as zeros and the failure is logged. */
    void readSlot(int slot, byte[] frame) {
        try {
            pagingFile.read(slot, frame);
            pageIns.increment();
        } catch (UncheckedIOException e) {
            LOG.log(Level.ERROR, "DMKPAG415E PAGING ERROR READING SLOT " + slot, e);
        }
    }
}
