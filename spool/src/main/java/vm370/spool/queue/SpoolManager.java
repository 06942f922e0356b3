package vm370.spool.queue;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Predicate;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.file.SpoolStore;

/**
 * The spool queues in memory, backed by the {@link SpoolStore}: every change is committed to the
 * store before it becomes visible here, so what a user can see is what a warm start recovers.
 * Assigns spool ids (1-9999, wrapping, never two alike) and enforces the spool limits. @vm370 DMKSPS
 *
 * <p>Guarded by {@code this}; the record counters are atomic so devices can charge a record without the lock.
 */
public final class SpoolManager {

    private static final Comparator<SpoolFile> QUEUE_ORDER = Comparator.comparingLong(SpoolFile::sequence);

    private final SpoolStore store;
    private final Clock clock;
    private final SpoolLimits limits;
    private final Map<Integer, SpoolFile> files = new HashMap<>();
    private final BitSet idsInUse = new BitSet(10000);
    private final Set<Integer> filesInUse = new HashSet<>();
    private final Map<String, SpoolAccount> accounts = new ConcurrentHashMap<>();
    private final AtomicInteger systemFiles = new AtomicInteger();
    private final AtomicLong systemRecords = new AtomicLong();
    private final List<Consumer<SpoolFile>> arrivalListeners = new CopyOnWriteArrayList<>();
    /** {@code "owner queue"} (owner {@code *}: every user) whose new files the operator's HOLD puts in system hold. */
    private final Set<String> heldOutput = new HashSet<>();
    private int nextId = 1;
    private long nextSequence = 1;

    /** Makes the warm start: every closed file the store holds is back in its queue. */
    public SpoolManager(SpoolStore store, Clock clock, SpoolLimits limits) {
        this.store = store;
        this.clock = clock;
        this.limits = limits;
        for (SpoolFile file : store.loadClosedFiles()) {
            files.put(file.spoolId(), file);
            idsInUse.set(file.spoolId());
            charge(account(file.owner()), 1, file.records());
            nextSequence = Math.max(nextSequence, file.sequence() + 1);
        }
    }

    /** The store behind the queues (devices read record blocks from it). */
    public SpoolStore store() {
        return store;
    }

    /** The local time used for file creation stamps. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** Tells {@code listener} of every file that enters a queue (closed, transferred, read in). */
    public void onArrival(Consumer<SpoolFile> listener) {
        arrivalListeners.add(listener);
    }

    /** A user's spool account (created on first use). */
    public SpoolAccount account(String userid) {
        return accounts.computeIfAbsent(userid, SpoolAccount::new);
    }

    /** Which limit a new file for {@code account} would break, or null when there is room. */
    public synchronized SpoolFull checkNewFile(SpoolAccount account) {
        if (systemFiles.get() >= limits.maxFiles() || idsInUse.cardinality() >= 9999) {
            return SpoolFull.SYSTEM;
        }
        return account.files() >= limits.maxFilesPerUser() ? SpoolFull.USER : null;
    }

    /** Reserves a spool id for a new file of {@code account}; 0 when a limit is reached (see {@link #checkNewFile}). */
    public synchronized int allocateId(SpoolAccount account) {
        if (checkNewFile(account) != null) {
            return 0;
        }
        for (int i = 0; i < 9999; i++) {
            int id = nextId;
            nextId = nextId == 9999 ? 1 : nextId + 1;
            if (!idsInUse.get(id)) {
                idsInUse.set(id);
                charge(account, 1, 0);
                return id;
            }
        }
        return 0;
    }

    /** Charges one record to {@code account}; the limit it would break, or null when charged. */
    public SpoolFull chargeRecord(SpoolAccount account) {
        if (systemRecords.incrementAndGet() > limits.maxRecords()) {
            systemRecords.decrementAndGet();
            return SpoolFull.SYSTEM;
        }
        if (account.records.incrementAndGet() > limits.maxRecordsPerUser()) {
            account.records.decrementAndGet();
            systemRecords.decrementAndGet();
            return SpoolFull.USER;
        }
        return null;
    }

    /** Gives back an open file's id and records (CLOSE PURGE, or a file with no records). */
    public synchronized void abandonOpenFile(int spoolId, SpoolAccount writer, long records) {
        idsInUse.clear(spoolId);
        charge(writer, -1, -records);
    }

    /**
     * Closes an open file: commits its attributes and last blocks, then puts it in its queue.
     * {@code draft}'s sequence is replaced by the next place at the end of the queue.
     */
    public SpoolFile closeFile(SpoolFile draft, SpoolAccount writer, List<byte[]> blocks) {
        SpoolFile file;
        synchronized (this) {
            file = draft.withSequence(nextSequence++);
            if (heldOutput.contains(file.owner() + " " + file.queue().code())
                    || heldOutput.contains("* " + file.queue().code())) {
                file = file.withSystemHold(true);
            }
        }
        // Outside the lock, so that closes of several virtual machines can share one commit; the id is
        // reserved and the file invisible until it is committed, so nothing else can touch it meanwhile.
        store.closeFile(file, blocks);
        synchronized (this) {
            files.put(file.spoolId(), file);
            moveCharge(writer, account(file.owner()), file.records());
        }
        announce(file);
        return file;
    }

    /** Creates a closed file in one step (a deck read on a real reader), its id and records already charged. */
    public SpoolFile createFile(SpoolFile draft, List<byte[]> blocks) {
        return closeFile(draft, account(draft.owner()), blocks);
    }

    /**
     * HOLD (or FREE) the printer or punch output of {@code owner}, or of every user when null: files
     * closed from now on are system-held until FREE. FREE of every user frees each one.
     */
    public synchronized void holdOutput(String owner, SpoolQueue queue, boolean hold) {
        String key = (owner == null ? "*" : owner) + " " + queue.code();
        if (hold) {
            heldOutput.add(key);
        } else if (owner == null) {
            heldOutput.removeIf(held -> held.endsWith(" " + queue.code()));
        } else {
            heldOutput.remove(key);
        }
    }

    /** One file, or null. */
    public synchronized SpoolFile file(int spoolId) {
        return files.get(spoolId);
    }

    /** The files that match, in queue order. */
    public synchronized List<SpoolFile> files(Predicate<SpoolFile> filter) {
        List<SpoolFile> result = new ArrayList<>();
        for (SpoolFile file : files.values()) {
            if (filter.test(file)) {
                result.add(file);
            }
        }
        result.sort(QUEUE_ORDER);
        return result;
    }

    /**
     * The next file a reader of {@code owner} may take from its queue, claimed for reading; null when
     * none. A claimed file is not offered again until {@link #releaseFile}.
     */
    public synchronized SpoolFile claimNext(String owner, SpoolQueue queue, Predicate<SpoolFile> eligible) {
        SpoolFile best = null;
        for (SpoolFile file : files.values()) {
            if (file.queue() == queue && file.owner().equals(owner) && !file.held()
                    && !filesInUse.contains(file.spoolId()) && eligible.test(file)
                    && (best == null || file.sequence() < best.sequence())) {
                best = file;
            }
        }
        if (best != null) {
            filesInUse.add(best.spoolId());
        }
        return best;
    }

    /** The next file a real device may take from a system queue, claimed; null when none. */
    public synchronized SpoolFile claimNextAnyOwner(SpoolQueue queue, Predicate<SpoolFile> eligible) {
        SpoolFile best = null;
        for (SpoolFile file : files.values()) {
            if (file.queue() == queue && !file.held() && !filesInUse.contains(file.spoolId()) && eligible.test(file)
                    && (best == null || file.sequence() < best.sequence())) {
                best = file;
            }
        }
        if (best != null) {
            filesInUse.add(best.spoolId());
        }
        return best;
    }

    /** True while a reader or real device is working on the file. */
    public synchronized boolean inUse(int spoolId) {
        return filesInUse.contains(spoolId);
    }

    /** Ends a claim; the file goes back to its queue as it is now. */
    public synchronized void releaseFile(int spoolId) {
        filesInUse.remove(spoolId);
    }

    /** Replaces files with changed attributes, committed first. */
    public void update(Collection<SpoolFile> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<SpoolFile> arrived = new ArrayList<>();
        synchronized (this) {
            store.updateFiles(changed);
            for (SpoolFile file : changed) {
                SpoolFile before = files.put(file.spoolId(), file);
                if (before != null && !before.owner().equals(file.owner())) {
                    moveCharge(account(before.owner()), account(file.owner()), file.records());
                }
                if (before == null || !before.owner().equals(file.owner()) || before.queue() != file.queue()
                        || before.held() && !file.held()) {
                    arrived.add(file);
                }
            }
        }
        arrived.forEach(this::announce);
    }

    /** Removes files from their queues and the store; their ids become free. */
    public synchronized void purge(Collection<SpoolFile> doomed) {
        List<Integer> ids = new ArrayList<>(doomed.size());
        for (SpoolFile file : doomed) {
            if (files.remove(file.spoolId()) != null) {
                ids.add(file.spoolId());
                idsInUse.clear(file.spoolId());
                filesInUse.remove(file.spoolId());
                charge(account(file.owner()), -1, -file.records());
            }
        }
        store.deleteFiles(ids);
    }

    /** A sequence number that puts a file at the end of its queue. */
    public synchronized long nextSequence() {
        return nextSequence++;
    }

    /** The lowest sequence number now in use (ORDER puts files before it). */
    public synchronized long lowestSequence() {
        long lowest = nextSequence;
        for (SpoolFile file : files.values()) {
            lowest = Math.min(lowest, file.sequence());
        }
        return lowest;
    }

    /** Closed files in the whole system. */
    public synchronized int fileCount() {
        return files.size();
    }

    private void announce(SpoolFile file) {
        for (Consumer<SpoolFile> listener : arrivalListeners) {
            listener.accept(file);
        }
    }

    private void moveCharge(SpoolAccount from, SpoolAccount to, long records) {
        if (from != to) {
            from.files.decrementAndGet();
            from.records.addAndGet(-records);
            to.files.incrementAndGet();
            to.records.addAndGet(records);
        }
    }

    private void charge(SpoolAccount account, int fileDelta, long recordDelta) {
        account.files.addAndGet(fileDelta);
        account.records.addAndGet(recordDelta);
        systemFiles.addAndGet(fileDelta);
        systemRecords.addAndGet(recordDelta);
    }
}
