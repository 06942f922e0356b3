package vm370.cms.nucleus;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The nucleus command table: each command's full name, the shortest abbreviation CMS takes for it,
 * and its handler. Other packages add their commands with one {@link #add} line each (in
 * {@link StandardCommands}). A later entry of the same name replaces an earlier one.
 * @vm370 DMSINT (the command table part)
 */
public final class CommandTable {

    /** One command: {@code abbreviation} is the shortest form accepted (the full name when there is none). */
    public record Entry(String name, String abbreviation, CmsCommand handler) {
        boolean named(String typed) {
            return typed.equals(name) || CommandLine.abbreviates(typed, name, abbreviation.length())
                    && name.startsWith(abbreviation);
        }
    }

    /** Runs {@code fn MODULE} when one is in the search order; empty when there is none. */
    @FunctionalInterface
    public interface ModuleRunner {
        OptionalInt run(CmsSession cms, CommandLine line);
    }

    private final List<Entry> entries = new ArrayList<>();
    private ModuleRunner modules = (cms, line) -> OptionalInt.empty();

    /** The table as IPL builds it, with no extensions: what the command reference lists. */
    public static CommandTable standard() {
        return StandardCommands.table();
    }

    /** Sets who runs MODULE files (the program loader); until then no MODULE is ever found. */
    public CommandTable modules(ModuleRunner runner) {
        this.modules = runner;
        return this;
    }

    OptionalInt runModule(CmsSession cms, CommandLine line) {
        return modules.run(cms, line);
    }

    /** Adds (or replaces) a command: {@code add("LISTFILE", "L", handler)} takes L, LI, …, LISTFILE. */
    public CommandTable add(String name, String abbreviation, CmsCommand handler) {
        entries.removeIf(e -> e.name().equals(name));
        entries.add(new Entry(name, abbreviation.isEmpty() ? name : abbreviation, handler));
        return this;
    }

    /** The command a typed name means: the exact name first, then the abbreviations. */
    public Optional<Entry> find(String typed) {
        for (Entry e : entries) {
            if (e.name().equals(typed)) {
                return Optional.of(e);
            }
        }
        for (Entry e : entries) {
            if (e.named(typed)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
