package vm370.directory;

import java.nio.file.Path;
import vm370.directory.store.DirectoryStore;

/** The child JVM of {@link CrashTest}: DIRECTXAs directories G0, G1... in turn, saying so after each commit, until killed. */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path var = Path.of(args[0]);
        try (UserDirectory directory = UserDirectory.open(DirectoryStore.embeddedUrl(var),
                SampleSystem.config().volumes(), new PasswordHasher(1))) {
            for (int round = 0; ; round++) {
                directory.directxa(ConcurrentDirectxaTest.generation("G" + round, round % 2 == 0 ? 40 : 70));
                System.out.println("COMMITTED " + round);
            }
        }
    }
}
