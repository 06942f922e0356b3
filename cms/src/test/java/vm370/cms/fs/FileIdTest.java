package vm370.cms.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** File ids follow CMS's rules: 1–8 characters from its set, mode numbers 0–6. */
class FileIdTest {

    @Test
    void validIdsUseCmsCharactersOnly() {
        assertTrue(FileId.valid("PROFILE"));
        assertTrue(FileId.valid("$#@+-:_9"));
        assertFalse(FileId.valid("TOOLONGNAME"));
        assertFalse(FileId.valid(""));
        assertFalse(FileId.valid("A B"));
        assertFalse(FileId.valid("A*"));
        assertFalse(FileId.valid("lower"));
        assertThrows(IllegalArgumentException.class, () -> new FileId("X", "Y", 7));
    }

    @Test
    void parsingIsCaseInsensitiveAndRejectsBadIds() {
        assertEquals(Optional.of(new FileId("PROFILE", "EXEC", 1)), FileId.parse("profile", "exec", 1));
        assertEquals(Optional.empty(), FileId.parse("profile", "exec", 9));
        assertEquals(Optional.empty(), FileId.parse("a.b", "exec", 1));
        assertEquals("PROFILE EXEC", FileId.of("PROFILE", "EXEC").toString());
    }
}
