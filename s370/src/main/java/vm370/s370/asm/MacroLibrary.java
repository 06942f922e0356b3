package vm370.s370.asm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where macro definitions and COPY members come from, by upper-case member name: a folder of
 * {@code NAME.macro} files, or (under CMS) a MACLIB file on a minidisk.
 */
@FunctionalInterface
public interface MacroLibrary {

    /** The member's source lines; empty when this library has no such member or cannot read it. */
    Optional<List<String>> member(String name);

    /** A folder whose members are files named {@code NAME.macro}. */
    static MacroLibrary folder(Path folder) {
        return name -> {
            Path file = folder.resolve(name + ".macro");
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readAllLines(file, StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }
}
