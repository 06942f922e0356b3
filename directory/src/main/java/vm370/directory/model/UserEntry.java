package vm370.directory.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A USER entry: the USER statement's operands, the PROFILE it INCLUDEs, and its own statements
 * in source order. {@code tail} keeps USER's optional priority and line-edit characters as written.
 */
public record UserEntry(String userid, Secret password, long storage, long maxStorage, String classes,
                        List<String> tail, Optional<String> include, List<EntryStatement> statements) {

    public UserEntry {
        tail = List.copyOf(tail);
        statements = List.copyOf(statements);
    }

    /** The USER statement as one source line. */
    public String renderHeader() {
        StringBuilder text = new StringBuilder("USER ").append(userid).append(' ').append(password.render())
                .append(' ').append(formatStorage(storage)).append(' ').append(formatStorage(maxStorage))
                .append(' ').append(classes);
        tail.forEach(token -> text.append(' ').append(token));
        return text.toString();
    }

    public UserEntry withPassword(Secret newPassword) {
        return new UserEntry(userid, newPassword, storage, maxStorage, classes, tail, include, statements);
    }

    public UserEntry withStatements(List<EntryStatement> newStatements) {
        return new UserEntry(userid, password, storage, maxStorage, classes, tail, include, newStatements);
    }

    /** Storage in the largest unit that divides it: {@code 16M}, {@code 512K}. */
    public static String formatStorage(long bytes) {
        if (bytes % (1L << 30) == 0) {
            return bytes / (1L << 30) + "G";
        }
        if (bytes % (1L << 20) == 0) {
            return bytes / (1L << 20) + "M";
        }
        return String.format(Locale.ROOT, "%dK", bytes / 1024);
    }
}
