package vm370.directory.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vm370.directory.model.Directory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Profile;
import vm370.directory.model.Residence;
import vm370.directory.model.Secret;
import vm370.directory.model.UserEntry;
import vm370.directory.statement.DirectoryParser;
import vm370.directory.statement.DirectoryWriter;

/**
 * The directory in an H2 database (embedded file under {@code var/}, or an H2 server shared by
 * several systems): one row per entry holding its canonical source (passwords as hashes), keyed
 * by name; a generation number counts committed changes. Not thread-safe: the directory
 * service's one store thread owns it, because a thread interrupted inside H2's file I/O can
 * corrupt the database.
 *
 * <p>Why source rows: CP reads only the in-memory snapshot, so the database's one job is to keep
 * the directory durably and replace it atomically. A row per entry makes DIRECTXA of 10,000 users
 * at most 10,000 batched writes (the normalized layout needed a row per statement), and only the
 * changed entries in practice; loading is the parser reading back what export would write.
 */
public final class DirectoryStore implements AutoCloseable {

    private static final String[] SCHEMA = {
        // Every commit on disk at once, on a shared server too (measured: the default delay loses commits to kill -9).
        "SET WRITE_DELAY 0",
        "CREATE TABLE IF NOT EXISTS DIRECTORY_INFO (ID INT PRIMARY KEY, GENERATION BIGINT NOT NULL,"
                + " RESIDENCE VARCHAR(80))",
        "CREATE TABLE IF NOT EXISTS DIRECTORY_ENTRIES (NAME VARCHAR(8) PRIMARY KEY, KIND CHAR(1) NOT NULL,"
                + " SEQ BIGINT NOT NULL, SOURCE VARCHAR NOT NULL)",
        "MERGE INTO DIRECTORY_INFO KEY (ID) SELECT 1, 0, NULL WHERE NOT EXISTS (SELECT 1 FROM DIRECTORY_INFO)",
    };
    /** A table of the normalized layout of the first version; its databases are not read. */
    private static final String EARLIER_LAYOUT = "STATEMENTS";
    private static final int BATCH = 1_000;

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
            try (ResultSet tables = connection.getMetaData().getTables(null, null, EARLIER_LAYOUT, null)) {
                if (tables.next()) {
                    throw new SQLException("the database has the layout of an earlier version (expected: delete"
                            + " it and DIRECTXA the source again)");
                }
            }
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
            // One consistent view for a load that races a DIRECTXA.
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

    /**
     * The whole directory as committed, read in one snapshot transaction and parsed as source. A
     * row the parser rejects means the database was changed behind the directory's back, and
     * fails the load.
     */
    public Directory load() throws SQLException {
        StringBuilder source = new StringBuilder();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT RESIDENCE FROM DIRECTORY_INFO WHERE ID = 1")) {
                if (rows.next() && rows.getString(1) != null) {
                    source.append(rows.getString(1)).append('\n');
                }
            }
            try (ResultSet rows = statement.executeQuery("SELECT SOURCE FROM DIRECTORY_ENTRIES ORDER BY SEQ")) {
                while (rows.next()) {
                    source.append(rows.getString(1));
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        DirectoryParser.Result parsed = DirectoryParser.parse(source.toString());
        if (!parsed.errors().isEmpty()) {
            throw new IllegalStateException("directory row: " + parsed.errors().getFirst().message()
                    + " (expected: the source DIRECTXA stored)");
        }
        return parsed.directory();
    }

    /**
     * Replaces the whole directory in one transaction (DIRECTXA). Only the rows that differ are
     * written: the rows in force are read in the transaction (another system sharing the
     * database may have changed them), and an entry whose place and source are unchanged stays.
     * Returns the generation committed.
     */
    public long replace(Directory directory) throws SQLException {
        return inTransaction(() -> {
            Map<String, Row> inForce = new HashMap<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT NAME, KIND, SEQ, SOURCE FROM DIRECTORY_ENTRIES")) {
                while (rows.next()) {
                    inForce.put(rows.getString(1), new Row(rows.getString(2), rows.getLong(3), rows.getString(4)));
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE DIRECTORY_INFO SET RESIDENCE = ? WHERE ID = 1")) {
                update.setString(1, directory.residence().map(Residence::render).orElse(null));
                update.executeUpdate();
            }
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO DIRECTORY_ENTRIES (NAME, KIND, SEQ, SOURCE) KEY (NAME) VALUES (?, ?, ?, ?)")) {
                Batch batch = new Batch(merge, inForce);
                for (Profile profile : directory.profiles()) {
                    batch.put(profile.name(), "P", DirectoryWriter.entry(new StringBuilder(), profile));
                }
                for (UserEntry user : directory.users()) {
                    batch.put(user.userid(), "U", DirectoryWriter.entry(new StringBuilder(), checked(user)));
                }
                merge.executeBatch();
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM DIRECTORY_ENTRIES WHERE NAME = ?")) {
                for (String gone : inForce.keySet()) {
                    delete.setString(1, gone);
                    delete.addBatch();
                }
                delete.executeBatch();
            }
        });
    }

    /** An entry's row as stored. */
    private record Row(String kind, long seq, String source) {
    }

    /** The MERGEs of one DIRECTXA, skipping unchanged rows; what remains in {@code inForce} is to be deleted. */
    private static final class Batch {
        private final PreparedStatement merge;
        private final Map<String, Row> inForce;
        private long seq;
        private int pending;

        Batch(PreparedStatement merge, Map<String, Row> inForce) {
            this.merge = merge;
            this.inForce = inForce;
        }

        void put(String name, String kind, StringBuilder text) throws SQLException {
            String source = text.toString();
            Row row = new Row(kind, seq++, source);
            if (!row.equals(inForce.remove(name))) {
                add(merge, name, kind, row.seq(), source);
                if (++pending % BATCH == 0) {
                    merge.executeBatch();
                }
            }
        }
    }

    /**
     * Adds {@code user} at the end, or replaces the entry of that userid where it stands; returns the
     * generation committed.
     */
    public long putUser(UserEntry user) throws SQLException {
        return inTransaction(() -> {
            long seq = existingSeq(user.userid()).orElse(nextSeq());
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO DIRECTORY_ENTRIES (NAME, KIND, SEQ, SOURCE) KEY (NAME) VALUES (?, ?, ?, ?)")) {
                add(merge, user.userid(), "U", seq, DirectoryWriter.entry(new StringBuilder(), checked(user)).toString());
                merge.executeBatch();
            }
        });
    }

    /** Deletes the entry of {@code userid}; returns the generation committed. */
    public long deleteUser(String userid) throws SQLException {
        return inTransaction(() -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM DIRECTORY_ENTRIES WHERE NAME = ?")) {
                delete.setString(1, userid);
                delete.executeUpdate();
            }
        });
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private interface Work {
        void run() throws SQLException;
    }

    private long inTransaction(Work work) throws SQLException {
        try {
            work.run();
            long generation;
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE DIRECTORY_INFO SET GENERATION = GENERATION + 1 WHERE ID = 1");
                try (ResultSet rows = statement.executeQuery("SELECT GENERATION FROM DIRECTORY_INFO WHERE ID = 1")) {
                    rows.next();
                    generation = rows.getLong(1);
                }
            }
            connection.commit();
            // WRITE_DELAY=0 alone lost the last commit or two to kill -9 in the spool's crash test. For a
            // server's database this is the only guarantee; an embedded one has the save file besides
            // (DirectorySaveFile), and syncing here keeps recoveries from it rare.
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT SYNC");
            }
            return generation;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void add(PreparedStatement insert, String name, String kind, long seq, String source)
            throws SQLException {
        insert.setString(1, name);
        insert.setString(2, kind);
        insert.setLong(3, seq);
        insert.setString(4, source);
        insert.addBatch();
    }

    /** {@code user}, refused if any of its passwords is still clear text: those are never stored. */
    private static UserEntry checked(UserEntry user) {
        boolean clear = user.password() instanceof Secret.Clear || user.statements().stream().anyMatch(
                s -> s instanceof EntryStatement.Minidisk disk
                        && disk.passwords().stream().anyMatch(Secret.Clear.class::isInstance));
        if (clear) {
            throw new IllegalStateException("password: clear text (expected: hashed before it is stored)");
        }
        return user;
    }

    private Optional<Long> existingSeq(String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT SEQ FROM DIRECTORY_ENTRIES WHERE NAME = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private long nextSeq() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(SEQ), -1) + 1 FROM DIRECTORY_ENTRIES")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
