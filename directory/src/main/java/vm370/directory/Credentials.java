package vm370.directory;

import java.util.Optional;
import vm370.directory.model.AccessMode;
import vm370.directory.model.Directory;
import vm370.directory.model.EntryStatement;
import vm370.directory.model.Secret;
import vm370.directory.model.UserEntry;

/**
 * Password checks against a directory snapshot: logon, LOGON BY and LINK. Pure functions of the
 * snapshot, safe on any thread; hashes are compared in constant time.
 */
final class Credentials {

    private Credentials() {
    }

    static LogonVerdict logon(Directory directory, String userid, char[] password, LogonMethod method) {
        Optional<UserEntry> user = directory.user(userid);
        if (user.isEmpty()) {
            return LogonVerdict.NOT_IN_DIRECTORY;
        }
        return switch (user.get().password()) {
            case Secret.Keyword keyword -> switch (keyword) {
                case NOLOG -> LogonVerdict.NOLOG;
                case NOPASS -> LogonVerdict.ACCEPTED;
                case AUTOONLY -> method == LogonMethod.AUTOLOG ? LogonVerdict.ACCEPTED : LogonVerdict.AUTOLOG_ONLY;
                case LBYONLY -> LogonVerdict.LOGONBY_ONLY;
                case ALL -> throw new IllegalStateException("USER password: ALL (expected: MDISK only)");
            };
            case Secret.Hashed hashed -> matches(hashed, password)
                    ? LogonVerdict.ACCEPTED : LogonVerdict.PASSWORD_INCORRECT;
            case Secret.Clear clear -> throw new IllegalStateException("USER password: clear (expected: hashed)");
        };
    }

    static LogonVerdict logonBy(Directory directory, String userid, String byUserid, char[] byPassword) {
        Optional<UserEntry> user = directory.user(userid);
        if (user.isEmpty()) {
            return LogonVerdict.NOT_IN_DIRECTORY;
        }
        if (user.get().password() == Secret.Keyword.NOLOG) {
            return LogonVerdict.NOLOG;
        }
        boolean named = directory.statements(user.get()).stream()
                .anyMatch(s -> s instanceof EntryStatement.LogonBy by && by.userids().contains(byUserid));
        if (!named) {
            return LogonVerdict.NOT_AUTHORIZED;
        }
        LogonVerdict own = logon(directory, byUserid, byPassword, LogonMethod.TERMINAL);
        return own == LogonVerdict.ACCEPTED || own == LogonVerdict.LOGONBY_ONLY ? LogonVerdict.ACCEPTED : own;
    }

    static LinkVerdict link(Directory directory, String requester, String owner, int vaddr, AccessMode mode,
                            char[] password) {
        Optional<UserEntry> ownerEntry = directory.user(owner);
        if (ownerEntry.isEmpty()) {
            return LinkVerdict.NO_SUCH_USER;
        }
        Optional<EntryStatement.Minidisk> disk = directory.minidisk(ownerEntry.get(), vaddr);
        if (disk.isEmpty()) {
            return LinkVerdict.NO_SUCH_DISK;
        }
        if (requester.equals(owner) || linksWithoutPassword(directory, requester)) {
            return LinkVerdict.PERMITTED;
        }
        return switch (disk.get().password(mode.level()).orElse(null)) {
            case null -> LinkVerdict.NOT_PERMITTED;
            case Secret.Keyword keyword -> keyword == Secret.Keyword.ALL ? LinkVerdict.PERMITTED
                    : LinkVerdict.NOT_PERMITTED;
            case Secret.Hashed hashed -> matches(hashed, password)
                    ? LinkVerdict.PERMITTED : LinkVerdict.PASSWORD_INCORRECT;
            case Secret.Clear clear -> throw new IllegalStateException("MDISK password: clear (expected: hashed)");
        };
    }

    /** OPTION LNKNOPAS (VM/370 Community Edition): the user's LINK commands need no password. */
    private static boolean linksWithoutPassword(Directory directory, String requester) {
        return directory.user(requester).stream().flatMap(user -> directory.statements(user).stream())
                .anyMatch(s -> s instanceof EntryStatement.Options options && options.options().contains("LNKNOPAS"));
    }

    private static boolean matches(Secret.Hashed hashed, char[] password) {
        return password.length > 0 && PasswordHasher.matches(hashed, password);
    }
}
