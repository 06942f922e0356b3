package vm370.directory;

import java.util.ArrayList;
import java.util.List;
import vm370.directory.model.Directory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Secret;
import vm370.directory.model.UserEntry;
import vm370.directory.model.VolumeSet;
import vm370.directory.statement.DirectoryParser;

/**
 * DIRECTXA's compile step: parse the source, validate it against the configured volumes, and
 * replace every clear-text password by a salted hash. Hashing dominates the cost, so users are
 * hashed in parallel on all processors.
 */
final class DirectoryCompiler {

    private final PasswordHasher hasher;

    DirectoryCompiler(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** {@code Applied} with the compiled (not yet stored) directory, or every error found. */
    UpdateOutcome compile(String source, VolumeSet volumes) {
        DirectoryParser.Result parsed = DirectoryParser.parse(source);
        List<DirectoryError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(DirectoryValidator.validate(parsed.directory(), volumes,
                object -> parsed.lines().getOrDefault(object, 0)));
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new UpdateOutcome.Rejected(errors);
        }
        return new UpdateOutcome.Applied(hashPasswords(parsed.directory()));
    }

    Directory hashPasswords(Directory directory) {
        List<UserEntry> users = directory.users().parallelStream().map(this::hashPasswords).toList();
        return new Directory(directory.residence(), directory.profiles(), users);
    }

    UserEntry hashPasswords(UserEntry user) {
        List<EntryStatement> statements = new ArrayList<>(user.statements().size());
        for (EntryStatement statement : user.statements()) {
            if (statement instanceof EntryStatement.Minidisk disk) {
                statements.add(disk.withPasswords(disk.passwords().stream().map(this::hash).toList()));
            } else {
                statements.add(statement);
            }
        }
        return user.withPassword(hash(user.password())).withStatements(statements);
    }

    private Secret hash(Secret secret) {
        return secret instanceof Secret.Clear clear ? hasher.hash(clear.text()) : secret;
    }
}
