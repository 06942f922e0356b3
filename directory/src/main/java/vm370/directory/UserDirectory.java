package vm370.directory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import vm370.directory.model.AccessMode;
import vm370.directory.model.Directory;
import vm370.directory.model.DiskMode;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Secret;
import vm370.directory.model.UserEntry;
import vm370.directory.model.Volume;
import vm370.directory.model.VolumeSet;
import vm370.directory.statement.DirectoryWriter;
import vm370.directory.store.DirectorySaveFile;
import vm370.directory.store.DirectoryStore;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * The CP directory service. CP's threads read an immutable in-memory snapshot: no JDBC, so they
 * may be interrupted freely. Every change (DIRECTXA included) runs on the service's own store
 * thread, commits, is written to the save file of an embedded database, and only then swaps the
 * snapshot: a change is visible at once, a reader sees the old directory or the new one, never a
 * mix, and a change reported done survives kill -9 ({@link DirectoryRecovery} at the next open).
 *
 * @vm370 DMKUDR
 */
public final class UserDirectory implements AutoCloseable {

    private final VolumeSet volumes;
    private final DirectoryCompiler compiler;
    private final PasswordHasher hasher;
    /** The one thread that touches {@link #store}. */
    private final ExecutorService storeThread;
    private final DirectoryStore store;
    /** The embedded database's save file; none for a server's database. */
    private final Optional<DirectorySaveFile> save;
    /** What the open found and repaired, for the operator; set once, before open returns. */
    private List<String> recoveryMessages = List.of();
    private volatile Directory snapshot;
    /** The store generation the snapshot reflects; store thread only. */
    private long generation;

    private UserDirectory(VolumeSet volumes, PasswordHasher hasher, ExecutorService storeThread, DirectoryStore store,
                          Optional<DirectorySaveFile> save) {
        this.volumes = volumes;
        this.save = save;
        this.hasher = hasher;
        this.compiler = new DirectoryCompiler(hasher);
        this.storeThread = storeThread;
        this.store = store;
    }

    /** Opens the directory at {@code jdbcUrl} (see {@link DirectoryStore#embeddedUrl}) and loads its snapshot. */
    public static UserDirectory open(String jdbcUrl, VolumeSet volumes) throws DirectoryException {
        return open(jdbcUrl, volumes, new PasswordHasher());
    }

    public static UserDirectory open(String jdbcUrl, VolumeSet volumes, PasswordHasher hasher)
            throws DirectoryException {
        ExecutorService thread = Executors.newSingleThreadExecutor(
                work -> Thread.ofPlatform().name("directory-store").daemon().unstarted(work));
        DirectoryStore store;
        try {
            store = waitFor(thread.submit(() -> DirectoryStore.open(jdbcUrl)));
        } catch (DirectoryException | RuntimeException e) {
            thread.shutdown();
            throw e;
        }
        UserDirectory directory = new UserDirectory(volumes, hasher, thread, store, DirectorySaveFile.beside(jdbcUrl));
        try {
            directory.onStoreThread(directory::recoverAndLoad);
            return directory;
        } catch (DirectoryException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * What opening the directory recovered or found damaged ({@code DMKDIR795I DIRECTORY RECOVERED FROM ...}),
     * for the operator's console at IPL; empty when the database held the last acknowledged directory.
     */
    public List<String> recoveryMessages() {
        return recoveryMessages;
    }

    /** The directory in force now. */
    public Directory snapshot() {
        return snapshot;
    }

    public VolumeSet volumes() {
        return volumes;
    }

    /** The entry of {@code userid} (upper case), if the directory has it. */
    public Optional<UserEntry> lookup(String userid) {
        return snapshot.user(userid);
    }

    public List<String> userids() {
        return snapshot.users().stream().map(UserEntry::userid).toList();
    }

    public LogonVerdict verifyLogon(String userid, char[] password, LogonMethod method) {
        return Credentials.logon(snapshot, userid, password, method);
    }

    /** LOGON {@code userid} BY {@code byUserid}: checks the entry's LOGONBY list and the by-user's own password. */
    public LogonVerdict verifyLogonBy(String userid, String byUserid, char[] byPassword) {
        return Credentials.logonBy(snapshot, userid, byUserid, byPassword);
    }

    /** Whether {@code requester} may LINK {@code owner}'s minidisk at {@code vaddr} in {@code mode}. */
    public LinkVerdict verifyLink(String requester, String owner, int vaddr, AccessMode mode, char[] password) {
        return Credentials.link(snapshot, requester, owner, vaddr, mode, password);
    }

    /** The minidisks {@code userid} gets at logon, own and linked, with their real extents. */
    public List<ResolvedDisk> disks(String userid) {
        return DiskResolver.disks(snapshot, volumes, userid);
    }

    /** The directory as source text; DIRECTXA of it reproduces this directory. */
    public String export() {
        return DirectoryWriter.write(snapshot);
    }

    /** The DIRMAP listing. */
    public String map() {
        return DirectoryMap.render(snapshot, volumes);
    }

    /** DIRECTXA: compiles {@code source} and replaces the whole directory in one transaction, or changes nothing. */
    public UpdateOutcome directxa(String source) throws DirectoryException {
        return onStoreThread(() -> {
            UpdateOutcome outcome = compiler.compile(source, volumes, snapshot);
            return outcome instanceof UpdateOutcome.Applied(Directory compiled)
                    ? install(compiled, store.replace(compiled)) : outcome;
        });
    }

    /** Adds a user; clear-text passwords in {@code user} are hashed first. */
    public UpdateOutcome addUser(UserEntry user) throws DirectoryException {
        if (!user.userid().matches("[A-Z0-9@#$_-]{1,8}")) {
            return rejected(DirectoryErrorKind.INVALID_OPERAND, user.userid());
        }
        return onStoreThread(() -> snapshot.user(user.userid()).isPresent()
                ? rejected(DirectoryErrorKind.DUPLICATE_USER, user.userid())
                : putUser(compiler.hashPasswords(user, snapshot.user(user.userid()))));
    }

    /** Replaces the entry of {@code user}'s userid where it stands. */
    public UpdateOutcome replaceUser(UserEntry user) throws DirectoryException {
        return onStoreThread(() -> snapshot.user(user.userid()).isEmpty()
                ? rejected(DirectoryErrorKind.UNKNOWN_USER, user.userid())
                : putUser(compiler.hashPasswords(user, snapshot.user(user.userid()))));
    }

    /** Deletes a user; refused while other entries LINK to its minidisks or name it in LOGONBY. */
    public UpdateOutcome deleteUser(String userid) throws DirectoryException {
        return onStoreThread(() -> {
            if (snapshot.user(userid).isEmpty()) {
                return rejected(DirectoryErrorKind.UNKNOWN_USER, userid);
            }
            Directory next = snapshot.withoutUser(userid);
            List<DirectoryError> errors = DirectoryValidator.validate(next, volumes, object -> 0);
            if (!errors.isEmpty()) {
                return new UpdateOutcome.Rejected(errors);
            }
            return install(next, store.deleteUser(userid));
        });
    }

    /** Sets a user's logon password (1 to 8 characters). */
    public UpdateOutcome changePassword(String userid, char[] password) throws DirectoryException {
        if (password.length == 0 || password.length > 8 || new String(password).indexOf(' ') >= 0) {
            return rejected(DirectoryErrorKind.INVALID_OPERAND, "PASSWORD");
        }
        Secret.Hashed hashed = hasher.hash(new String(password));
        return onStoreThread(() -> {
            Optional<UserEntry> user = snapshot.user(userid);
            if (user.isEmpty()) {
                return rejected(DirectoryErrorKind.UNKNOWN_USER, userid);
            }
            UserEntry changed = user.get().withPassword(hashed);
            return install(snapshot.withUser(changed), store.putUser(changed));
        });
    }

    /**
     * Gives {@code userid} a new minidisk of {@code size} cylinders (blocks on FBA) at {@code vaddr},
     * in the first free extent of a configured volume of {@code type}.
     */
    public UpdateOutcome addMinidisk(String userid, int vaddr, DasdGeometry type, int size, DiskMode mode)
            throws DirectoryException {
        return onStoreThread(() -> {
            Optional<UserEntry> user = snapshot.user(userid);
            if (user.isEmpty()) {
                return rejected(DirectoryErrorKind.UNKNOWN_USER, userid);
            }
            for (Volume volume : volumes.volumes()) {
                OptionalInt start = volume.type() == type
                        ? DirectoryMap.freeExtent(snapshot, volumes, volume, size) : OptionalInt.empty();
                if (start.isPresent()) {
                    List<EntryStatement> statements = new ArrayList<>(user.get().statements());
                    statements.add(new EntryStatement.Minidisk(vaddr, type, type.typeName(), start.getAsInt(), size,
                            false, volume.volser(), mode, List.of()));
                    return putUser(user.get().withStatements(statements));
                }
            }
            return rejected(DirectoryErrorKind.NO_FREE_EXTENT, size + " ON " + type.typeName());
        });
    }

    /** Reloads the snapshot if another system sharing the database has changed it; true if it did. */
    public boolean refresh() throws DirectoryException {
        return onStoreThread(() -> store.generation() != generation && reload());
    }

    @Override
    public void close() throws DirectoryException {
        try {
            onStoreThread(() -> {
                store.close();
                return null;
            });
        } finally {
            storeThread.shutdown();
        }
    }

    private UpdateOutcome putUser(UserEntry user) throws SQLException, IOException {
        Directory next = snapshot.withUser(user);
        List<DirectoryError> errors = DirectoryValidator.validate(next, volumes, object -> 0);
        if (!errors.isEmpty()) {
            return new UpdateOutcome.Rejected(errors);
        }
        return install(next, store.putUser(user));
    }

    /**
     * Makes {@code next}, committed as store generation {@code committed}, the directory in force:
     * saved first, as the change is reported done only once the save file holds it. CP sees it even
     * if saving fails, as the database has it.
     */
    private UpdateOutcome install(Directory next, long committed) throws IOException {
        try {
            if (save.isPresent()) {
                save.get().write(committed, DirectoryWriter.write(next));
            }
        } finally {
            snapshot = next;
            // Not the committed generation: a system sharing the database may have committed before,
            // and the next refresh must then read the database.
            generation++;
        }
        return new UpdateOutcome.Applied(next);
    }

    private Void recoverAndLoad() throws SQLException, IOException {
        if (save.isEmpty()) {
            reload();
            return null;
        }
        DirectoryRecovery.Reconciled reconciled = DirectoryRecovery.reconcile(store, save.get());
        generation = store.generation();
        snapshot = reconciled.directory();
        recoveryMessages = reconciled.messages();
        return null;
    }

    private boolean reload() throws SQLException {
        generation = store.generation();
        snapshot = store.load();
        return true;
    }

    private static UpdateOutcome rejected(DirectoryErrorKind kind, String detail) {
        return new UpdateOutcome.Rejected(List.of(new DirectoryError(0, kind, detail)));
    }

    private <T> T onStoreThread(Callable<T> work) throws DirectoryException {
        return waitFor(storeThread.submit(work));
    }

    /** Waits for store work even if interrupted (the work completes regardless), keeping the interrupt. */
    private static <T> T waitFor(Future<T> future) throws DirectoryException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof SQLException sql) {
                        throw new DirectoryException("DMKDIR790E DIRECTORY DATABASE ERROR - "
                                + sql.getMessage().lines().findFirst().orElse(""), sql);
                    }
                    if (cause instanceof IOException io) {
                        throw new DirectoryException("DMKDIR797E DIRECTORY SAVE FILE ERROR - " + io.getMessage(), io);
                    }
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
