package vm370.directory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.directory.store.DirectorySaveFile.Contents;

/** The save file's place beside an embedded database, its round trip, and what it refuses to believe. */
class DirectorySaveFileTest {

    private static final String SOURCE = "USER A PBKDF2:1:abc:def 1M 2M G\n CONSOLE 009 3215\n\n";

    @TempDir
    Path var;

    @Test
    void anEmbeddedDatabaseHasItsSaveFileBesideItAServerOrMemoryDatabaseNone() {
        assertEquals(Optional.of(var.toAbsolutePath().resolve("directory.direct")),
                DirectorySaveFile.beside(DirectoryStore.embeddedUrl(var)).map(DirectorySaveFile::path));
        assertEquals(Optional.of(Path.of("var/dir.direct")),
                DirectorySaveFile.beside("jdbc:h2:var/dir;WRITE_DELAY=0").map(DirectorySaveFile::path));
        assertEquals(Optional.empty(), DirectorySaveFile.beside("jdbc:h2:tcp://localhost:9092/directory"));
        assertEquals(Optional.empty(), DirectorySaveFile.beside("jdbc:h2:mem:directory"));
        assertEquals(Optional.empty(), DirectorySaveFile.beside("jdbc:postgresql://host/directory"));
    }

    @Test
    void whatIsWrittenIsReadBackWithItsGeneration() throws Exception {
        DirectorySaveFile save = new DirectorySaveFile(var.resolve("directory.direct"));
        assertInstanceOf(Contents.Missing.class, save.read());
        save.write(41, "USER OLD NOLOG 1M 1M G\n\n");
        save.write(42, SOURCE);
        assertEquals(new Contents.Saved(42, SOURCE), save.read());
        assertEquals(Optional.empty(), Files.list(var).filter(f -> f.toString().endsWith(".tmp")).findAny());
    }

    @Test
    void aChangedByteOrAMissingHeaderIsDamageNotADirectory() throws Exception {
        Path file = var.resolve("directory.direct");
        DirectorySaveFile save = new DirectorySaveFile(file);
        save.write(7, SOURCE);
        String text = Files.readString(file);
        Files.writeString(file, text.replace("CONSOLE 009", "CONSOLE 00A"));
        assertEquals(new Contents.Damaged("CRC32 MISMATCH"), save.read());
        Files.writeString(file, SOURCE);
        assertEquals(new Contents.Damaged("FIRST LINE IS NOT A SAVE HEADER"), save.read());
        Files.write(file, new byte[0]);
        assertEquals(new Contents.Damaged("FIRST LINE IS NOT A SAVE HEADER"), save.read());
        Files.writeString(file, text + "USER B NOLOG\n", StandardCharsets.UTF_8);
        assertEquals(new Contents.Damaged("LENGTH " + (SOURCE.length() + 13) + ", HEADER SAYS " + SOURCE.length()),
                save.read());
    }
}
