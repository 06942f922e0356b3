package vm370.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two systems sharing one directory through an H2 server on a loopback socket (DIRECTORY_URL). */
class SharedServerTest {

    @TempDir
    Path serverDirectory;

    @Test
    void aDirectxaOnOneSystemReachesTheOtherThroughTheServer() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", serverDirectory.toString(),
                "-ifNotExists").start();
        try {
            VolumeConfig config = VolumeConfig.parse("TEST", List.of("VOLUME VMSYS1 3350", "VOLUME VMUSR1 3350",
                    "VOLUME VMUSR2 3380", "DIRECTORY_URL jdbc:h2:tcp://localhost:" + server.getPort() + "/directory"));
            String url = config.directoryUrl(Path.of("unused"));
            try (UserDirectory first = UserDirectory.open(url, config.volumes(), new PasswordHasher(2));
                 UserDirectory second = UserDirectory.open(url, config.volumes(), new PasswordHasher(2))) {
                assertInstanceOf(UpdateOutcome.Applied.class, first.directxa(SampleSystem.userDirect()));
                assertFalse(second.lookup("MAINT").isPresent());
                assertTrue(second.refresh());
                assertEquals(LogonVerdict.ACCEPTED,
                        second.verifyLogon("MAINT", "CPCMS".toCharArray(), LogonMethod.TERMINAL));
                assertEquals(first.export(), second.export());
            }
        } finally {
            server.stop();
        }
    }
}
