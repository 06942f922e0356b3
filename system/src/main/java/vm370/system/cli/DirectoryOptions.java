package vm370.system.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import vm370.directory.DirectoryException;
import vm370.directory.UserDirectory;
import vm370.directory.VolumeConfig;
import vm370.directory.model.VolumeSet;

/** The options every directory command shares: the system configuration and the state folder. */
final class DirectoryOptions {

    private static final Path SAMPLE_CONFIG = Path.of("samples", "system.config");

    @Option(names = "--config", paramLabel = "SYSTEMCONFIG",
            description = "System configuration with the DASD volumes (default: samples/system.config).")
    private Path config;

    @Option(names = "--var", paramLabel = "DIR", description = "State folder holding the directory (default: var).")
    private Path var = Path.of("var");

    /** The state folder (the security journal is there too). */
    Path var() {
        return var;
    }

    /**
     * Opens the directory this system configuration and state folder name, telling {@code err} what
     * the open recovered (after a crash).
     */
    UserDirectory open(PrintWriter err) throws DirectoryException {
        VolumeConfig volumeConfig = config != null || Files.exists(SAMPLE_CONFIG)
                ? VolumeConfig.read(config != null ? config : SAMPLE_CONFIG)
                : new VolumeConfig(new VolumeSet(List.of()), Optional.empty());
        UserDirectory directory = UserDirectory.open(volumeConfig.directoryUrl(var), volumeConfig.volumes());
        directory.recoveryMessages().forEach(err::println);
        return directory;
    }
}
