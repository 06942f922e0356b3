package vm370.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vm370.directory.model.VolumeSet;
import vm370.directory.store.DirectoryStore;

/** The benchmark's directory of 10,000 users compiles, is stored, and reloads whole. */
class TenThousandUsersTest {

    @TempDir
    Path var;

    @Test
    void tenThousandUsersCompileAndReloadWithEveryUserAndMinidisk() throws Exception {
        VolumeSet volumes = DirectoryBenchmark.volumesFor(DirectoryBenchmark.USERS);
        String source = DirectoryBenchmark.generateSource(DirectoryBenchmark.USERS, volumes);
        String url = DirectoryStore.embeddedUrl(var);
        try (UserDirectory directory = UserDirectory.open(url, volumes, new PasswordHasher(1))) {
            assertInstanceOf(UpdateOutcome.Applied.class, directory.directxa(source));
        }
        try (UserDirectory reopened = UserDirectory.open(url, volumes, new PasswordHasher(1))) {
            assertEquals(DirectoryBenchmark.USERS + 1, reopened.userids().size());
            assertEquals(LogonVerdict.ACCEPTED,
                    reopened.verifyLogon("U09999", "P09999".toCharArray(), LogonMethod.TERMINAL));
            assertEquals(3, reopened.disks("U04321").size());
        }
    }
}
