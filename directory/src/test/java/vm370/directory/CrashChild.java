package vm370.directory;

import java.nio.file.Path;
import vm370.directory.store.DirectoryStore;

/**
 * The child JVM of {@link CrashTest}. Opens the directory, DIRECTXAs round {@code first}, closes it
 * cleanly and opens it again (the spool saw H2 lose synced commits made after a clean close and reopen),
 * then DIRECTXAs rounds {@code first+1}... and changes U0001's password to {@code P<round>} after
 * each, printing {@code ACKED round} once both returned. With a count it then halts at once, as
 * kill -9 would (no shutdown hook runs); without one it goes on until killed.
 * Arguments: state folder, first round, [count].
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path var = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        int last = args.length > 2 ? first + Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        try (UserDirectory directory = open(var)) {
            round(directory, first);
        }
        try (UserDirectory directory = open(var)) {
            for (int round = first + 1; round <= last; round++) {
                round(directory, round);
            }
            System.out.flush();
            Runtime.getRuntime().halt(137);
        }
    }

    /** Users in round {@code round}'s directory: the sizes alternate, so a mix of two rounds shows. */
    static int users(int round) {
        return round % 2 == 0 ? 40 : 70;
    }

    private static UserDirectory open(Path var) throws DirectoryException {
        return UserDirectory.open(DirectoryStore.embeddedUrl(var), SampleSystem.config().volumes(),
                new PasswordHasher(1));
    }

    private static void round(UserDirectory directory, int round) throws DirectoryException {
        if (!(directory.directxa(ConcurrentDirectxaTest.generation("G" + round, users(round)))
                instanceof UpdateOutcome.Applied)
                || !(directory.changePassword("U0001", ("P" + round).toCharArray()) instanceof UpdateOutcome.Applied)) {
            throw new IllegalStateException("round " + round + ": rejected (expected: applied)");
        }
        System.out.println("ACKED " + round);
    }
}
