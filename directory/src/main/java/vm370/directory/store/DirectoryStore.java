package vm370.directory.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vm370.directory.model.Directory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Profile;
import vm370.directory.model.Residence;
import vm370.directory.model.Secret;
import vm370.directory.model.UserEntry;

/**
 * The directory in an H2 database (embedded file under {@code var/}, or an H2 server shared by
 * several systems). Entries, statements and minidisks are rows; a generation number counts
 * committed changes. Not thread-safe: the directory service's one store thread owns it, because
 * a thread interrupted inside H2's file I/O can corrupt the database.
 */
public final class DirectoryStore implements AutoCloseable {

    private static final String[] SCHEMA = {
        // Every commit on disk at once, on a shared server too (measured: the default delay loses commits to kill -9).
        "SET WRITE_DELAY 0",
        "CREATE TABLE IF NOT EXISTS DIRECTORY_INFO (ID INT PRIMARY KEY, GENERATION BIGINT NOT NULL,"
                + " RESIDENCE VARCHAR(80))",
        "CREATE TABLE IF NOT EXISTS ENTRIES (NAME VARCHAR(8) PRIMARY KEY, KIND CHAR(1) NOT NULL,"
                + " SEQ BIGINT NOT NULL, PASSWORD VARCHAR(200), STORAGE BIGINT, MAX_STORAGE BIGINT,"
                + " CLASSES VARCHAR(16), TAIL VARCHAR(80), INCLUDE_PROFILE VARCHAR(8))",
        "CREATE TABLE IF NOT EXISTS STATEMENTS (OWNER VARCHAR(8) NOT NULL, SEQ INT NOT NULL,"
                + " VERB VARCHAR(16) NOT NULL, OPERANDS VARCHAR(2000) NOT NULL, PRIMARY KEY (OWNER, SEQ))",
        "CREATE TABLE IF NOT EXISTS MINIDISKS (OWNER VARCHAR(8) NOT NULL, SEQ INT NOT NULL, VADDR INT NOT NULL,"
                + " DEVICE_TYPE VARCHAR(8) NOT NULL, START_AT INT NOT NULL, SIZE INT, VOLSER VARCHAR(6) NOT NULL,"
                + " ACCESS_MODE VARCHAR(4) NOT NULL, READ_PASSWORD VARCHAR(200), WRITE_PASSWORD VARCHAR(200),"
                + " MULTI_PASSWORD VARCHAR(200), PRIMARY KEY (OWNER, VADDR))",
        "CREATE INDEX IF NOT EXISTS MINIDISKS_BY_VOLUME ON MINIDISKS (VOLSER, START_AT)",
        "MERGE INTO DIRECTORY_INFO KEY (ID) SELECT 1, 0, NULL WHERE NOT EXISTS (SELECT 1 FROM DIRECTORY_INFO)",
    };

    private final Connection connection;

    private DirectoryStore(Connection connection) {
        this.connection = connection;
    }

    /**
     * The embedded database under the system's state folder, every commit written at once, closed
     * by its owner (SHUTDOWN, also when SIGTERM starts it) rather than by H2's own exit hook.
     */
    public static String embeddedUrl(Path varDirectory) {
        return "jdbc:h2:file:" + varDirectory.toAbsolutePath().resolve("directory") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Opens (creating if need be) the directory database at {@code url}. */
    public static DirectoryStore open(String url) throws SQLException {
        Connection connection = DriverManager.getConnection(url, "SA", "");
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
            // One consistent view across all tables for a load that races a DIRECTXA.
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.setAutoCommit(false);
        return new DirectoryStore(connection);
    }

    /** How many changes have been committed; another system sharing the database can poll it. */
    public long generation() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT GENERATION FROM DIRECTORY_INFO WHERE ID = 1")) {
            rows.next();
            long generation = rows.getLong(1);
            connection.commit();
            return generation;
        }
    }

    /** The whole directory as committed, read in one snapshot transaction. */
    public Directory load() throws SQLException {
        try {
            Directory directory = new StoreReader(connection).read();
            connection.commit();
            return directory;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Replaces the whole directory in one transaction (DIRECTXA). */
    public void replace(Directory directory) throws SQLException {
        inTransaction(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM STATEMENTS");
                statement.executeUpdate("DELETE FROM MINIDISKS");
                statement.executeUpdate("DELETE FROM ENTRIES");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE DIRECTORY_INFO SET RESIDENCE = ? WHERE ID = 1")) {
                update.setString(1, directory.residence().map(Residence::render).orElse(null));
                update.executeUpdate();
            }
            try (Inserts inserts = new Inserts(connection)) {
                long seq = 0;
                for (Profile profile : directory.profiles()) {
                    inserts.entry(profile.name(), 'P', seq++, null);
                    inserts.statements(profile.name(), profile.statements());
                }
                for (UserEntry user : directory.users()) {
                    inserts.entry(user.userid(), 'U', seq++, user);
                    inserts.statements(user.userid(), user.statements());
                }
                inserts.flush();
            }
        });
    }

    /** Adds {@code user} at the end, or replaces the entry of that userid where it stands. */
    public void putUser(UserEntry user) throws SQLException {
        inTransaction(() -> {
            long seq = existingSeq(user.userid()).orElse(nextSeq());
            deleteRows(user.userid());
            try (Inserts inserts = new Inserts(connection)) {
                inserts.entry(user.userid(), 'U', seq, user);
                inserts.statements(user.userid(), user.statements());
                inserts.flush();
            }
        });
    }

    public void deleteUser(String userid) throws SQLException {
        inTransaction(() -> deleteRows(userid));
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        try {
            work.run();
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE DIRECTORY_INFO SET GENERATION = GENERATION + 1 WHERE ID = 1");
            }
            connection.commit();
            // WRITE_DELAY=0 alone lost the last commit or two to kill -9 in the spool's crash test:
            // a change is reported done only once H2 has forced it to the file.
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private void deleteRows(String name) throws SQLException {
        for (String table : List.of("STATEMENTS", "MINIDISKS")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE OWNER = ?")) {
                delete.setString(1, name);
                delete.executeUpdate();
            }
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM ENTRIES WHERE NAME = ?")) {
            delete.setString(1, name);
            delete.executeUpdate();
        }
    }

    private Optional<Long> existingSeq(String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT SEQ FROM ENTRIES WHERE NAME = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private long nextSeq() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(SEQ), -1) + 1 FROM ENTRIES")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Batched inserts of entries and their statements; minidisks go to their own table. */
    private static final class Inserts implements AutoCloseable {
        private final PreparedStatement entries;
        private final PreparedStatement statements;
        private final PreparedStatement minidisks;

        Inserts(Connection connection) throws SQLException {
            entries = connection.prepareStatement("INSERT INTO ENTRIES (NAME, KIND, SEQ, PASSWORD, STORAGE,"
                    + " MAX_STORAGE, CLASSES, TAIL, INCLUDE_PROFILE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            statements = connection.prepareStatement(
                    "INSERT INTO STATEMENTS (OWNER, SEQ, VERB, OPERANDS) VALUES (?, ?, ?, ?)");
            minidisks = connection.prepareStatement("INSERT INTO MINIDISKS (OWNER, SEQ, VADDR, DEVICE_TYPE,"
                    + " START_AT, SIZE, VOLSER, ACCESS_MODE, READ_PASSWORD, WRITE_PASSWORD, MULTI_PASSWORD)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void entry(String name, char kind, long seq, UserEntry user) throws SQLException {
            entries.setString(1, name);
            entries.setString(2, String.valueOf(kind));
            entries.setLong(3, seq);
            entries.setString(4, user == null ? null : stored(user.password()));
            entries.setObject(5, user == null ? null : user.storage(), Types.BIGINT);
            entries.setObject(6, user == null ? null : user.maxStorage(), Types.BIGINT);
            entries.setString(7, user == null ? null : user.classes());
            entries.setString(8, user == null ? null : String.join(" ", user.tail()));
            entries.setString(9, user == null ? null : user.include().orElse(null));
            entries.addBatch();
        }

        void statements(String owner, List<EntryStatement> body) throws SQLException {
            for (int seq = 0; seq < body.size(); seq++) {
                if (body.get(seq) instanceof EntryStatement.Minidisk disk) {
                    minidisk(owner, seq, disk);
                } else {
                    statements.setString(1, owner);
                    statements.setInt(2, seq);
                    statements.setString(3, body.get(seq).verb());
                    statements.setString(4, body.get(seq).operands());
                    statements.addBatch();
                }
            }
        }

        private void minidisk(String owner, int seq, EntryStatement.Minidisk disk) throws SQLException {
            minidisks.setString(1, owner);
            minidisks.setInt(2, seq);
            minidisks.setInt(3, disk.vaddr());
            minidisks.setString(4, disk.typeName());
            minidisks.setInt(5, disk.start());
            minidisks.setObject(6, disk.toEnd() ? null : disk.count(), Types.INTEGER);
            minidisks.setString(7, disk.volser());
            minidisks.setString(8, disk.mode().render());
            for (int i = 0; i < 3; i++) {
                minidisks.setString(9 + i, i < disk.passwords().size() ? stored(disk.passwords().get(i)) : null);
            }
            minidisks.addBatch();
        }

        void flush() throws SQLException {
            entries.executeBatch();
            statements.executeBatch();
            minidisks.executeBatch();
        }

        private static String stored(Secret secret) {
            if (secret instanceof Secret.Clear) {
                throw new IllegalStateException("password: clear text (expected: hashed before it is stored)");
            }
            return secret.render();
        }

        @Override
        public void close() throws SQLException {
            entries.close();
            statements.close();
            minidisks.close();
        }
    }
}
