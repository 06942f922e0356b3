package vm370.s370.loader;

import java.util.List;
import java.util.Map;

/**
 * Linked decks: the storage image from {@code origin}, the entry point, every section and entry
 * name with its address, the names no deck defined, and the loader's messages.
 */
public record LoadedProgram(int origin, byte[] image, int entry, Map<String, Integer> symbols,
        List<String> unresolved, List<String> messages) {

    /** True when every strong external reference was resolved and no card was bad. */
    public boolean complete() {
        return unresolved.isEmpty() && messages.isEmpty();
    }
}
