package vm370.system.boot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import vm370.system.rscs.NetworkNode;

/**
 * A copy of the samples for a test that IPLs them beside whatever already runs here: the RSCS
 * network's ports 17501-17503 and the terminal ports 3270-3272 become free ones, and the socket
 * card reader is left out.
 */
public final class SampleCopy {

    private static final Path SAMPLES = Path.of(System.getProperty("user.dir")).getParent().resolve("samples");

    private SampleCopy() {
    }

    /** Copies the samples into {@code home/samples} and returns {@code home}. */
    public static Path onFreePorts(Path home) throws IOException {
        Path samples = Files.createDirectories(home).resolve("samples");
        PathUtils.copyDirectory(SAMPLES, samples);
        List<String> ports = List.of("17501", "17502", "17503", "PORT 3270", "PORT 3271", "PORT 3272");
        List<String> free = ports.stream().map(port -> {
            try {
                return (port.startsWith("PORT ") ? "PORT " : "") + NetworkNode.freePort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".config")).toList()) {
                String text = Files.readString(file).replace(" SOCKET 3505", "");
                for (int i = 0; i < ports.size(); i++) {
                    text = text.replace(ports.get(i), free.get(i));
                }
                Files.writeString(file, text);
            }
        }
        return home;
    }
}
