package vm370.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vm370.directory.model.Directory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Secret;
import vm370.directory.model.UserEntry;
import vm370.directory.model.VolumeSet;
import vm370.directory.statement.DirectoryParser;

/**
 * DIRECTXA's compile step: parse the source, validate it against the configured volumes, and
 * replace every clear-text password by a salted hash. Hashing dominates the cost, so users are
 * hashed in parallel on all processors. A clear password whose hash the directory in force
 * already holds keeps that hash: an unchanged entry stays identical, and the store rewrites only
 * the entries that changed.
 */
final class DirectoryCompiler {

    private final PasswordHasher hasher;

    DirectoryCompiler(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /** {@code Applied} with the compiled (not yet stored) directory, or every error found. */
    UpdateOutcome compile(String source, VolumeSet volumes, Directory inForce) {
        DirectoryParser.Result parsed = DirectoryParser.parse(source);
        List<DirectoryError> errors = new ArrayList<>(parsed.errors());
        errors.addAll(DirectoryValidator.validate(parsed.directory(), volumes,
                object -> parsed.lines().getOrDefault(object, 0)));
        if (!errors.isEmpty()) {
            errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
            return new UpdateOutcome.Rejected(errors);
        }
        Directory directory = parsed.directory();
        List<UserEntry> users = directory.users().parallelStream()
                .map(user -> hashPasswords(user, inForce.user(user.userid()))).toList();
        return new UpdateOutcome.Applied(new Directory(directory.residence(), directory.profiles(), users));
    }

    /** {@code user} with its clear passwords hashed, reusing the hashes of {@code previous} that match. */
    UserEntry hashPasswords(UserEntry user, Optional<UserEntry> previous) {
        List<EntryStatement> statements = new ArrayList<>(user.statements().size());
        for (EntryStatement statement : user.statements()) {
            if (statement instanceof EntryStatement.Minidisk disk) {
                List<Secret> before = previous.flatMap(entry -> ownMinidisk(entry, disk.vaddr()))
                        .map(EntryStatement.Minidisk::passwords).orElse(List.of());
                List<Secret> hashed = new ArrayList<>(disk.passwords().size());
                for (int i = 0; i < disk.passwords().size(); i++) {
                    hashed.add(hash(disk.passwords().get(i), i < before.size() ? before.get(i) : null));
                }
                statements.add(disk.withPasswords(hashed));
            } else {
                statements.add(statement);
            }
        }
        return user.withPassword(hash(user.password(), previous.map(UserEntry::password).orElse(null)))
                .withStatements(statements);
    }

    private static Optional<EntryStatement.Minidisk> ownMinidisk(UserEntry user, int vaddr) {
        for (EntryStatement statement : user.statements()) {
            if (statement instanceof EntryStatement.Minidisk disk && disk.vaddr() == vaddr) {
                return Optional.of(disk);
            }
        }
        return Optional.empty();
    }

    /** A clear password's hash: {@code previous} if it is a current hash of the same password, else a new one. */
    private Secret hash(Secret secret, Secret previous) {
        if (!(secret instanceof Secret.Clear clear)) {
            return secret;
        }
        if (previous instanceof Secret.Hashed old && hasher.isCurrent(old)
                && PasswordHasher.matches(old, clear.text().toCharArray())) {
            return old;
        }
        return hasher.hash(clear.text());
    }
}
