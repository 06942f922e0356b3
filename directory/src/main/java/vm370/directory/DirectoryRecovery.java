package vm370.directory;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import vm370.directory.model.Directory;
import vm370.directory.statement.DirectoryParser;
import vm370.directory.statement.DirectoryWriter;
import vm370.directory.store.DirectorySaveFile;
import vm370.directory.store.DirectorySaveFile.Contents;
import vm370.directory.store.DirectoryStore;

/**
 * The directory's open-time recovery: the database is made to hold the last acknowledged directory.
 * If the save file holds a directory the database does not, of the database's generation or a
 * later one, H2 lost acknowledged commits and the saved directory is stored again. A database
 * ahead of the save (a change committed but not acknowledged before a crash) is kept. Afterwards
 * the save file matches the database, also when it was missing or damaged.
 */
final class DirectoryRecovery {

    /** The directory now in the database, and the messages for the operator (none when all was well). */
    record Reconciled(Directory directory, List<String> messages) {
    }

    private DirectoryRecovery() {
    }

    /** Reconciles {@code store} with {@code save}. */
    static Reconciled reconcile(DirectoryStore store, DirectorySaveFile save) throws SQLException, IOException {
        long generation = store.generation();
        Directory loaded = store.load();
        String inDatabase = DirectoryWriter.write(loaded);
        Contents contents = save.read();
        switch (contents) {
            case Contents.Missing missing -> {
                // A new system, or a database older than save files: the database is all there is.
            }
            case Contents.Damaged(String reason) -> {
                save.write(generation, inDatabase);
                return new Reconciled(loaded, List.of(damaged(save, reason)));
            }
            case Contents.Saved(long saved, String source) -> {
                if (source.equals(inDatabase) && saved == generation) {
                    return new Reconciled(loaded, List.of());
                }
                if (!source.equals(inDatabase) && saved >= generation) {
                    DirectoryParser.Result parsed = DirectoryParser.parse(source);
                    if (!parsed.errors().isEmpty()) {
                        save.write(generation, inDatabase);
                        return new Reconciled(loaded, List.of(damaged(save, parsed.errors().getFirst().message())));
                    }
                    save.write(store.replace(parsed.directory()), source);
                    return new Reconciled(parsed.directory(),
                            List.of("DMKDIR795I DIRECTORY RECOVERED FROM " + save.path().toAbsolutePath()));
                }
            }
        }
        save.write(generation, inDatabase);
        return new Reconciled(loaded, List.of());
    }

    private static String damaged(DirectorySaveFile save, String reason) {
        return "DMKDIR796W DIRECTORY SAVE FILE " + save.path().toAbsolutePath() + " DAMAGED (" + reason
                + "); DIRECTORY IN DATABASE KEPT";
    }
}
