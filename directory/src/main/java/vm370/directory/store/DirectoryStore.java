package vm370.directory.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * 10,000 batched inserts (the normalized layout needed a row per statement), and loading is the
 * parser reading back what export would write.
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

    /** The embedded database under the system's state folder, every commit written at once. */
    public static String embeddedUrl(Path varDirectory) {
        return "jdbc:h2:file:" + varDirectory.toAbsolutePath().resolve("directory") + ";WRITE_DELAY=0";
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

    /** Replaces the whole directory in one transaction (DIRECTXA). */
    public void replace(Directory directory) throws SQLException {
        inTransaction(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM DIRECTORY_ENTRIES");
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE DIRECTORY_INFO SET RESIDENCE = ? WHERE ID = 1")) {
                update.setString(1, directory.residence().map(Residence::render).orElse(null));
                update.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO DIRECTORY_ENTRIES (NAME, KIND, SEQ, SOURCE) VALUES (?, ?, ?, ?)")) {
                StringBuilder text = new StringBuilder();
                long seq = 0;
                for (Profile profile : directory.profiles()) {
                    text.setLength(0);
                    add(insert, profile.name(), "P", seq++, DirectoryWriter.entry(text, profile));
                }
                for (UserEntry user : directory.users()) {
                    text.setLength(0);
                    add(insert, user.userid(), "U", seq++, DirectoryWriter.entry(text, checked(user)));
                    if (seq % BATCH == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    /** Adds {@code user} at the end, or replaces the entry of that userid where it stands. */
    public void putUser(UserEntry user) throws SQLException {
        inTransaction(() -> {
            long seq = existingSeq(user.userid()).orElse(nextSeq());
            try (PreparedStatement merge = connection.prepareStatement(
                    "MERGE INTO DIRECTORY_ENTRIES (NAME, KIND, SEQ, SOURCE) KEY (NAME) VALUES (?, ?, ?, ?)")) {
                add(merge, user.userid(), "U", seq, DirectoryWriter.entry(new StringBuilder(), checked(user)));
                merge.executeBatch();
            }
        });
    }

    public void deleteUser(String userid) throws SQLException {
        inTransaction(() -> {
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

    private static void add(PreparedStatement insert, String name, String kind, long seq, CharSequence source)
            throws SQLException {
        insert.setString(1, name);
        insert.setString(2, kind);
        insert.setLong(3, seq);
        insert.setString(4, source.toString());
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
