package vm370.directory.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vm370.directory.DirectoryError;
import vm370.directory.PasswordHasher;
import vm370.directory.model.Directory;
import vm370.directory.model.DiskMode;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Profile;
import vm370.directory.model.Residence;
import vm370.directory.model.Secret;
import vm370.directory.model.UserEntry;
import vm370.directory.statement.SourceStatement;
import vm370.directory.statement.StatementParser;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * Reads the directory tables back into a {@link Directory}. Statement rows go through the same
 * {@link StatementParser} as source text; a row it rejects means the database was changed behind
 * the directory's back, and fails the load.
 */
final class StoreReader {

    private final Connection connection;
    private final Map<String, TreeMap<Integer, EntryStatement>> bodies = new HashMap<>();

    StoreReader(Connection connection) {
        this.connection = connection;
    }

    Directory read() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            Optional<Residence> residence = residence(statement);
            readStatements(statement);
            readMinidisks(statement);
            List<Profile> profiles = new ArrayList<>();
            List<UserEntry> users = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT NAME, KIND, PASSWORD, STORAGE, MAX_STORAGE,"
                    + " CLASSES, TAIL, INCLUDE_PROFILE FROM ENTRIES ORDER BY SEQ")) {
                while (rows.next()) {
                    String name = rows.getString(1);
                    List<EntryStatement> body = List.copyOf(bodies.getOrDefault(name, new TreeMap<>()).values());
                    if (rows.getString(2).equals("P")) {
                        profiles.add(new Profile(name, body));
                    } else {
                        String tail = rows.getString(7);
                        users.add(new UserEntry(name, secret(rows.getString(3)), rows.getLong(4), rows.getLong(5),
                                rows.getString(6), tail.isEmpty() ? List.of() : Arrays.asList(tail.split(" ")),
                                Optional.ofNullable(rows.getString(8)), body));
                    }
                }
            }
            return new Directory(residence, profiles, users);
        }
    }

    private Optional<Residence> residence(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT RESIDENCE FROM DIRECTORY_INFO WHERE ID = 1")) {
            String text = rows.next() ? rows.getString(1) : null;
            if (text == null) {
                return Optional.empty();
            }
            String[] parts = text.split(" ");
            return Optional.of(new Residence(Integer.parseInt(parts[1], 16), parts[2], parts[3]));
        }
    }

    private void readStatements(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT OWNER, SEQ, VERB, OPERANDS FROM STATEMENTS")) {
            while (rows.next()) {
                List<DirectoryError> errors = new ArrayList<>();
                String text = rows.getString(3) + " " + rows.getString(4);
                EntryStatement parsed = StatementParser.parse(SourceStatement.of(0, text), errors)
                        .orElseThrow(() -> new IllegalStateException("directory row: " + text + " (expected: "
                                + errors.getFirst().message() + ")"));
                bodies.computeIfAbsent(rows.getString(1), owner -> new TreeMap<>()).put(rows.getInt(2), parsed);
            }
        }
    }

    private void readMinidisks(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT OWNER, SEQ, VADDR, DEVICE_TYPE, START_AT, SIZE, VOLSER,"
                + " ACCESS_MODE, READ_PASSWORD, WRITE_PASSWORD, MULTI_PASSWORD FROM MINIDISKS")) {
            while (rows.next()) {
                String typeName = rows.getString(4);
                int size = rows.getInt(6);
                boolean toEnd = rows.wasNull();
                List<Secret> passwords = new ArrayList<>();
                for (int column = 9; column <= 11 && rows.getString(column) != null; column++) {
                    passwords.add(secret(rows.getString(column)));
                }
                EntryStatement.Minidisk disk = new EntryStatement.Minidisk(rows.getInt(3),
                        DasdGeometry.byName(typeName).orElseThrow(() -> new IllegalStateException(
                                "minidisk device type: " + typeName + " (expected: a DASD type)")),
                        typeName, rows.getInt(5), size, toEnd, rows.getString(7),
                        DiskMode.parse(rows.getString(8)).orElseThrow(), passwords);
                bodies.computeIfAbsent(rows.getString(1), owner -> new TreeMap<>()).put(rows.getInt(2), disk);
            }
        }
    }

    private static Secret secret(String stored) {
        for (Secret.Keyword keyword : Secret.Keyword.values()) {
            if (keyword.name().equals(stored)) {
                return keyword;
            }
        }
        if (!PasswordHasher.isWellFormed(stored)) {
            throw new IllegalStateException("stored password: not a hash (expected: PBKDF2:...)");
        }
        return new Secret.Hashed(stored);
    }
}
