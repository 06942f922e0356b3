package vm370.spool.file;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The spool files on disk: an embedded H2 database, and in front of it a write-ahead journal
 * ({@link SpoolJournal}) that every group commit is appended and synced to before a close returns.
 * The database is trusted as of its last clean close (the crash test lost synced commits made after
 * one); the journal holds everything since, is replayed at the next open, and is emptied whenever
 * the database is closed cleanly (at SHUTDOWN, and when the journal grows past {@link #JOURNAL_LIMIT}).
 * A file becomes visible in one transaction (attributes and records together), so after a crash a
 * file is whole or absent.
 * @vm370 DMKCKS
 *
 * <p>All JDBC runs on one platform thread owned by the store: H2 can corrupt its file when a thread
 * is interrupted inside its I/O, and callers (virtual machines) may be interrupted at any time.
 */
public final class SpoolStore implements AutoCloseable {

    /** H2's error code for a database its JVM exit hook has closed. */
    private static final int DATABASE_CLOSED_AT_EXIT = 90121;

    private static final System.Logger LOG = System.getLogger(SpoolStore.class.getName());
    private static final String COLUMNS = "ID, STATE, OWNER, ORIGIN, QUEUE, DEVTYPE, CLASS, FORM, DIST, FNAME, FTYPE, "
            + "RECORDS, COPIES, USER_HOLD, SYS_HOLD, KEEP, MSG, TAG, CREATED, SEQ";

    /** Past this size the database is closed cleanly and reopened, and the journal emptied. */
    static final long JOURNAL_LIMIT = 64L * 1024 * 1024;

    private final ExecutorService worker;
    private final String url;
    private final SpoolJournal journal;
    private Connection connection;
    /** Closes and purges waiting for the store's thread, in the order they were asked for; guarded by itself. */
    private final List<Pending> pending = new ArrayList<>();
    private final RecentBlocks recentBlocks = new RecentBlocks(16 * 1024 * 1024);
    private PreparedStatement mergeFile;
    private PreparedStatement insertBlock;
    private PreparedStatement selectBlock;
    private PreparedStatement deleteBlocks;
    private PreparedStatement deleteFile;

    private SpoolStore(ExecutorService worker, String url, SpoolJournal journal) {
        this.worker = worker;
        this.url = url;
        this.journal = journal;
    }

    /** Work done on the store's thread. */
    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException, IOException;
    }

    /** A change that goes into the next group commit. */
    private sealed interface Pending {
        record Close(SpoolFile file, List<byte[]> blocks, CompletableFuture<Void> done) implements Pending {}
        record Delete(int spoolId) implements Pending {}
    }

    /**
     * Opens (or creates) the spool database in {@code directory}. Files that were still open when the
     * system stopped never reached it (they live in their device until CLOSE), so the warm start has
     * none of them, as VM/370's warm start purged them; blocks of no file are cleared away.
     */
    public static SpoolStore open(Path directory) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "spool-store");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Files.createDirectories(directory);
            // Not DB_CLOSE_ON_EXIT=FALSE: measured, it made the crash test lose CLOSEd files to kill -9 (2 runs
            // in 3). H2's own exit hook may close the spool before a SIGTERM's SHUTDOWN does; nothing is lost then.
            String url = "jdbc:h2:" + directory.toAbsolutePath().resolve("spool") + ";WRITE_DELAY=0";
            SpoolStore store = new SpoolStore(worker, url, SpoolJournal.open(directory.resolve("spool.journal")));
            store.call(() -> {
                store.connect();
                store.replayJournal();
                return null;
            });
            return store;
        } catch (Exception e) {
            worker.shutdownNow();
            throw new SpoolStoreException("cannot open the spool database in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Opens the database and prepares the statements; on the store's thread. */
    private void connect() throws SQLException {
        connection = DriverManager.getConnection(url, "SA", "");
        createSchema();
    }

    /** Applies what the journal holds since the last clean close, then closes cleanly and starts a new journal. */
    private void replayJournal() throws SQLException, IOException {
        List<SpoolJournal.Change> changes = journal.changes();
        if (changes.isEmpty()) {
            return;
        }
        for (SpoolJournal.Change change : changes) {
            apply(change);
        }
        connection.commit();
        LOG.log(System.Logger.Level.INFO, "spool journal: " + changes.size() + " changes replayed");
        closeCleanly();
        connect();
    }

    /** Closes the database cleanly (it then holds every change) and empties the journal. */
    private void closeCleanly() throws SQLException, IOException {
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
        connection.close();
        journal.clear();
    }

    private void apply(SpoolJournal.Change change) throws SQLException {
        switch (change) {
            case SpoolJournal.Change.Close close -> {
                writeFile(close.file());
                deleteBlocks(close.file().spoolId());
                insertBlocks(close.file().spoolId(), close.blocks());
            }
            case SpoolJournal.Change.Update update -> writeFile(update.file());
            case SpoolJournal.Change.Delete delete -> {
                deleteBlocks(delete.spoolId());
                deleteFile.setInt(1, delete.spoolId());
                deleteFile.executeUpdate();
            }
        }
    }

    private void deleteBlocks(int spoolId) throws SQLException {
        deleteBlocks.setInt(1, spoolId);
        deleteBlocks.executeUpdate();
    }

    private void createSchema() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS SPOOL_FILE(ID INT PRIMARY KEY, STATE CHAR(1) NOT NULL, "
                    + "OWNER VARCHAR(8) NOT NULL, ORIGIN VARCHAR(8) NOT NULL, QUEUE CHAR(3) NOT NULL, "
                    + "DEVTYPE CHAR(3) NOT NULL, CLASS CHAR(1) NOT NULL, FORM VARCHAR(8) NOT NULL, "
                    + "DIST VARCHAR(8) NOT NULL, FNAME VARCHAR(24) NOT NULL, FTYPE VARCHAR(24) NOT NULL, "
                    + "RECORDS INT NOT NULL, COPIES INT NOT NULL, USER_HOLD BOOLEAN NOT NULL, "
                    + "SYS_HOLD BOOLEAN NOT NULL, KEEP BOOLEAN NOT NULL, MSG BOOLEAN NOT NULL, "
                    + "TAG VARCHAR(136) NOT NULL, CREATED TIMESTAMP NOT NULL, SEQ BIGINT NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS SPOOL_BLOCK(FILE_ID INT NOT NULL, BLOCK_NO INT NOT NULL, "
                    + "DATA VARBINARY(1000000) NOT NULL, PRIMARY KEY(FILE_ID, BLOCK_NO))");
            connection.setAutoCommit(false);
            s.execute("DELETE FROM SPOOL_BLOCK WHERE FILE_ID NOT IN (SELECT ID FROM SPOOL_FILE)");
            connection.commit();
        }
        mergeFile = connection.prepareStatement("MERGE INTO SPOOL_FILE(" + COLUMNS
                + ") KEY(ID) VALUES(?, 'C', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insertBlock = connection.prepareStatement("INSERT INTO SPOOL_BLOCK(FILE_ID, BLOCK_NO, DATA) VALUES(?, ?, ?)");
        selectBlock = connection.prepareStatement("SELECT DATA FROM SPOOL_BLOCK WHERE FILE_ID = ? AND BLOCK_NO = ?");
        deleteBlocks = connection.prepareStatement("DELETE FROM SPOOL_BLOCK WHERE FILE_ID = ?");
        deleteFile = connection.prepareStatement("DELETE FROM SPOOL_FILE WHERE ID = ?");
    }

    /** Every closed file, for the warm start's in-memory queues. */
    public List<SpoolFile> loadClosedFiles() {
        return call(() -> {
            List<SpoolFile> files = new ArrayList<>();
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM SPOOL_FILE WHERE STATE = 'C' ORDER BY SEQ")) {
                while (rs.next()) {
                    files.add(readFile(rs));
                }
            }
            return files;
        });
    }

    /**
     * Makes a file closed and visible: its attributes and its remaining blocks in one commit, shared
     * with the other closes and purges waiting at that moment (group commit). Returns once committed.
     */
    public void closeFile(SpoolFile file, List<byte[]> blocks) {
        Pending.Close close = new Pending.Close(file, List.copyOf(blocks), new CompletableFuture<>());
        enqueue(close);
        await(close.done());
        recentBlocks.put(file.spoolId(), close.blocks());
    }

    /** Persists new attributes of closed files in one commit. */
    public void updateFiles(Collection<SpoolFile> files) {
        call(() -> {
            commit(files.stream().<SpoolJournal.Change>map(SpoolJournal.Change.Update::new).toList());
            return null;
        });
    }

    /**
     * Deletes files. Queued behind earlier work but not awaited: a purge lost to a crash brings a
     * file back (as VM/370's checkpoint could), it never loses one; the spool id stays unique because
     * every later write of the same id is committed after this delete, in the order asked.
     */
    public void deleteFiles(Collection<Integer> spoolIds) {
        for (int id : spoolIds) {
            recentBlocks.remove(id);
            enqueue(new Pending.Delete(id));
        }
    }

    private void enqueue(Pending change) {
        synchronized (pending) {
            pending.add(change);
        }
        worker.execute(this::commitPending);
    }

    /** Runs on the store's thread: every close and purge waiting so far, in order, in one commit. */
    private void commitPending() {
        List<Pending> batch;
        synchronized (pending) {
            if (pending.isEmpty()) {
                return;
            }
            batch = new ArrayList<>(pending);
            pending.clear();
        }
        try {
            commit(batch.stream().map(change -> switch (change) {
                case Pending.Close close -> (SpoolJournal.Change) new SpoolJournal.Change.Close(close.file(), close.blocks());
                case Pending.Delete delete -> new SpoolJournal.Change.Delete(delete.spoolId());
            }).toList());
            batch.forEach(change -> {
                if (change instanceof Pending.Close close) {
                    close.done().complete(null);
                }
            });
        } catch (SQLException | IOException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one to report
            }
            LOG.log(System.Logger.Level.ERROR, "spool commit of " + batch.size() + " changes failed: " + e.getMessage());
            batch.forEach(change -> {
                if (change instanceof Pending.Close close) {
                    close.done().completeExceptionally(e);
                }
            });
        }
    }

    /**
     * Journals the changes (synced: from here they survive a crash), applies them to the database in
     * one transaction, and closes the database cleanly when the journal has grown past its limit.
     */
    private void commit(List<SpoolJournal.Change> changes) throws SQLException, IOException {
        journal.append(changes);
        for (SpoolJournal.Change change : changes) {
            apply(change);
        }
        connection.commit();
        if (journal.size() > JOURNAL_LIMIT) {
            closeCleanly();
            connect();
        }
    }

    /** One block of a file's records, or null past its last block. */
    public byte[] block(int spoolId, int blockNumber) {
        List<byte[]> recent = recentBlocks.get(spoolId);
        if (recent != null) {
            return blockNumber < recent.size() ? recent.get(blockNumber) : null;
        }
        return call(() -> {
            selectBlock.setInt(1, spoolId);
            selectBlock.setInt(2, blockNumber);
            try (ResultSet rs = selectBlock.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        });
    }

    /** Closes the database cleanly, which empties the journal. */
    @Override
    public void close() {
        try {
            call(() -> {
                try {
                    closeCleanly();
                } catch (SQLException e) {
                    // H2's exit hook (a SIGTERM) closed the database already, cleanly: what it did not
                    // write is in the journal, which is kept for the next open to replay.
                    if (e.getErrorCode() != DATABASE_CLOSED_AT_EXIT) {
                        throw e;
                    }
                }
                journal.close();
                return null;
            });
        } finally {
            worker.shutdown();
        }
    }

    private void writeFile(SpoolFile f) throws SQLException {
        PreparedStatement ps = mergeFile;
        ps.setInt(1, f.spoolId());
        ps.setString(2, f.owner());
        ps.setString(3, f.origin());
        ps.setString(4, f.queue().code());
        ps.setString(5, f.deviceType().code());
        ps.setString(6, String.valueOf(f.spoolClass()));
        ps.setString(7, f.form());
        ps.setString(8, f.dist());
        ps.setString(9, f.fileName());
        ps.setString(10, f.fileType());
        ps.setInt(11, f.records());
        ps.setInt(12, f.copies());
        ps.setBoolean(13, f.userHold());
        ps.setBoolean(14, f.systemHold());
        ps.setBoolean(15, f.keep());
        ps.setBoolean(16, f.message());
        ps.setString(17, f.tag());
        ps.setObject(18, f.created());
        ps.setLong(19, f.sequence());
        ps.executeUpdate();
    }

    private void insertBlocks(int spoolId, List<byte[]> blocks) throws SQLException {
        if (blocks.isEmpty()) {
            return;
        }
        PreparedStatement ps = insertBlock;
        for (int i = 0; i < blocks.size(); i++) {
            ps.setInt(1, spoolId);
            ps.setInt(2, i);
            ps.setBytes(3, blocks.get(i));
            ps.addBatch();
        }
        ps.executeBatch();
    }

    private static SpoolFile readFile(ResultSet rs) throws SQLException {
        return new SpoolFile(rs.getInt("ID"), rs.getString("OWNER"), rs.getString("ORIGIN"),
                SpoolQueue.parse(rs.getString("QUEUE")), DeviceType.parse(rs.getString("DEVTYPE")),
                rs.getString("CLASS").charAt(0), rs.getString("FORM"), rs.getString("DIST"),
                rs.getString("FNAME"), rs.getString("FTYPE"), rs.getInt("RECORDS"), rs.getInt("COPIES"),
                rs.getBoolean("USER_HOLD"), rs.getBoolean("SYS_HOLD"), rs.getBoolean("KEEP"), rs.getBoolean("MSG"),
                rs.getString("TAG"), rs.getObject("CREATED", LocalDateTime.class), rs.getLong("SEQ"));
    }

    private <T> T call(Work<T> work) {
        return await(worker.submit(() -> {
            try {
                return work.run();
            } catch (SQLException e) {
                try {
                    if (connection != null) {
                        connection.rollback();
                    }
                } catch (SQLException ignored) {
                    // the original failure is the one to report
                }
                throw e;
            }
        }));
    }

    /** Waits for the store's thread without giving up on an interrupt (the flag is kept for the caller). */
    private static <T> T await(Future<T> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new SpoolStoreException("spool database: " + e.getCause().getMessage(), e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
