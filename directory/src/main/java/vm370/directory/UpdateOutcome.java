package vm370.directory;

import java.util.List;
import vm370.directory.model.Directory;

/** What a DIRECTXA or a directory change came to: the directory now in force, or why nothing changed. */
public sealed interface UpdateOutcome {

    /** The change is committed; {@code directory} is the snapshot CP now reads. */
    record Applied(Directory directory) implements UpdateOutcome {
    }

    /** Nothing changed; every error found, in line order. */
    record Rejected(List<DirectoryError> errors) implements UpdateOutcome {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }
}
