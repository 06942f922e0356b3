package vm370.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample system of {@code samples/}: its directory source and volumes, for the tests. */
final class SampleSystem {

    static final Path SAMPLES = Path.of("..", "samples");

    private SampleSystem() {
    }

    static String userDirect() throws IOException {
        return Files.readString(SAMPLES.resolve("user.direct"));
    }

    static VolumeConfig config() throws DirectoryException {
        return VolumeConfig.read(SAMPLES.resolve("system.config"));
    }

    /** A directory in an embedded H2 under {@code var}, with cheap hashes so tests stay fast. */
    static UserDirectory open(Path var) throws DirectoryException {
        return UserDirectory.open(config().directoryUrl(var), config().volumes(), new PasswordHasher(2));
    }
}
