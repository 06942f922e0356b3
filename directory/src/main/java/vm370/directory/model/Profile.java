package vm370.directory.model;

import java.util.List;

/** A PROFILE entry: statements that USER entries pull in with INCLUDE (z/VM). */
public record Profile(String name, List<EntryStatement> statements) {

    public Profile {
        statements = List.copyOf(statements);
    }
}
