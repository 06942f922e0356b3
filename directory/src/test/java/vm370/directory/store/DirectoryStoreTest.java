package vm370.directory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.directory.model.Directory;
import vm370.directory.model.Secret;
import vm370.directory.model.UserEntry;
import vm370.directory.statement.DirectoryParser;
import vm370.directory.statement.DirectoryWriter;

/** The store's layout: one source row per entry, read back by the parser, guarded against clear text. */
class DirectoryStoreTest {

    @TempDir
    Path var;

    private static final String SOURCE = """
            PROFILE CMS
             IPL CMS

            USER A NOPASS 1M 2M G
             INCLUDE CMS
             CONSOLE 009 3215

            USER B NOLOG 1M 2M G

            """;

    @Test
    void eachEntryIsOneRowOfCanonicalSourceReadBackAsTheSameDirectory() throws Exception {
        String url = DirectoryStore.embeddedUrl(var);
        Directory directory = DirectoryParser.parse(SOURCE).directory();
        try (DirectoryStore store = DirectoryStore.open(url)) {
            store.replace(directory);
            assertEquals(SOURCE, DirectoryWriter.write(store.load()));
        }
        try (Connection sql = DriverManager.getConnection(url, "SA", "");
             Statement statement = sql.createStatement();
             ResultSet rows = statement.executeQuery("SELECT NAME, KIND, SOURCE FROM DIRECTORY_ENTRIES ORDER BY SEQ")) {
            assertTrue(rows.next());
            assertEquals(List.of("CMS", "P", "PROFILE CMS\n IPL CMS\n\n"),
                    List.of(rows.getString(1), rows.getString(2), rows.getString(3)));
            assertTrue(rows.next());
            assertEquals("USER A NOPASS 1M 2M G\n INCLUDE CMS\n CONSOLE 009 3215\n\n", rows.getString(3));
            assertTrue(rows.next());
            assertEquals("B", rows.getString(1));
        }
    }

    @Test
    void replacingWritesTheNewOrderAndDropsEntriesThatAreGone() throws Exception {
        try (DirectoryStore store = DirectoryStore.open(DirectoryStore.embeddedUrl(var))) {
            store.replace(DirectoryParser.parse(SOURCE).directory());
            String next = """
                    PROFILE CMS
                     IPL CMS

                    USER D NOPASS 1M 2M G

                    USER B NOLOG 1M 2M G
                     CONSOLE 009 3215

                    USER A NOPASS 1M 2M G
                     INCLUDE CMS
                     CONSOLE 009 3215

                    """;
            store.replace(DirectoryParser.parse(next).directory());
            assertEquals(next, DirectoryWriter.write(store.load()));
            store.replace(DirectoryParser.parse("USER E NOLOG\n").directory());
            assertEquals("USER E NOLOG 1M 1M G\n\n", DirectoryWriter.write(store.load()));
        }
    }

    @Test
    void aRowChangedBehindTheDirectorysBackFailsTheLoad() throws Exception {
        String url = DirectoryStore.embeddedUrl(var);
        try (DirectoryStore store = DirectoryStore.open(url)) {
            store.replace(DirectoryParser.parse(SOURCE).directory());
        }
        try (Connection sql = DriverManager.getConnection(url, "SA", "");
             Statement statement = sql.createStatement()) {
            statement.executeUpdate("UPDATE DIRECTORY_ENTRIES SET SOURCE = 'USER B NOLOG 1M 2M G\n FROB 1\n' WHERE NAME = 'B'");
        }
        try (DirectoryStore store = DirectoryStore.open(url)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, store::load);
            assertTrue(failure.getMessage().contains("FROB"), failure.getMessage());
        }
    }

    @Test
    void aClearPasswordIsNeverWritten() throws Exception {
        UserEntry clear = new UserEntry("C", new Secret.Clear("PW"), 1L << 20, 1L << 20, "G", List.of(),
                Optional.empty(), List.of());
        try (DirectoryStore store = DirectoryStore.open(DirectoryStore.embeddedUrl(var))) {
            assertThrows(IllegalStateException.class, () -> store.putUser(clear));
            assertTrue(store.load().users().isEmpty());
        }
    }

    @Test
    void aDatabaseOfTheEarlierNormalizedLayoutIsRefusedNotWiped() throws Exception {
        String url = DirectoryStore.embeddedUrl(var);
        try (Connection sql = DriverManager.getConnection(url, "SA", "");
             Statement statement = sql.createStatement()) {
            statement.execute("CREATE TABLE STATEMENTS (OWNER VARCHAR(8))");
        }
        SQLException refused = assertThrows(SQLException.class, () -> DirectoryStore.open(url));
        assertTrue(refused.getMessage().contains("earlier version"), refused.getMessage());
        try (Connection sql = DriverManager.getConnection(url, "SA", "");
             ResultSet tables = sql.getMetaData().getTables(null, null, "STATEMENTS", null)) {
            assertTrue(tables.next());
        }
    }
}
