package vm370.directory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vm370.directory.model.Volume;
import vm370.directory.model.VolumeSet;
import vm370.directory.store.DirectoryStore;
import vm370.s370.device.dasd.DasdGeometry;

/**
 * The part of the system configuration the directory needs, until CP's own SYSTEM CONFIG reader
 * takes over: {@code VOLUME volser devtype [size]} (size in cylinders, or blocks for FBA; default
 * the full device) and {@code DIRECTORY_URL jdbc-url} (an H2 server shared by several systems).
 * {@code *} in column 1 starts a comment; other statements are left for CP.
 */
public record VolumeConfig(VolumeSet volumes, Optional<String> directoryUrl) {

    /** The JDBC URL of the directory: the configured server, else the embedded database under {@code varDirectory}. */
    public String directoryUrl(Path varDirectory) {
        return directoryUrl.orElseGet(() -> DirectoryStore.embeddedUrl(varDirectory));
    }

    public static VolumeConfig read(Path file) throws DirectoryException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            String reason = e instanceof NoSuchFileException ? "NOT FOUND" : e.getMessage();
            throw new DirectoryException("DMKDIR791E CANNOT READ SYSTEM CONFIGURATION " + file + " - " + reason, e);
        }
        return parse(file.toString(), lines);
    }

    /** Reads the volume statements among configuration lines; {@code name} names the file in messages. */
    public static VolumeConfig parse(String name, List<String> lines) throws DirectoryException {
        List<Volume> volumes = new ArrayList<>();
        List<String> volsers = new ArrayList<>();
        Optional<String> url = Optional.empty();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("*") || line.isBlank()) {
                continue;
            }
            String[] words = line.strip().split("\\s+");
            String statement = words[0].toUpperCase(Locale.ROOT);
            if (statement.equals("DIRECTORY_URL") && words.length == 2) {
                url = Optional.of(words[1]);
            } else if (statement.equals("VOLUME")) {
                Optional<Volume> volume = volume(words);
                if (volume.isEmpty() || volsers.contains(volume.get().volser())) {
                    throw invalid(name, lines, i);
                }
                volsers.add(volume.get().volser());
                volumes.add(volume.get());
            } else if (statement.equals("DIRECTORY_URL")) {
                throw invalid(name, lines, i);
            }
        }
        return new VolumeConfig(new VolumeSet(volumes), url);
    }

    private static Optional<Volume> volume(String[] words) {
        if (words.length < 3 || words.length > 4 || !words[1].matches("[A-Za-z0-9@#$_-]{1,6}")) {
            return Optional.empty();
        }
        Optional<DasdGeometry> type = DasdGeometry.byName(words[2]);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String volser = words[1].toUpperCase(Locale.ROOT);
        if (words.length == 3) {
            return Optional.of(Volume.of(volser, type.get()));
        }
        if (!words[3].matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        return Optional.of(new Volume(volser, type.get(), Integer.parseInt(words[3])));
    }

    private static DirectoryException invalid(String name, List<String> lines, int index) {
        return new DirectoryException("DMKDIR792E " + name + " LINE " + (index + 1) + ": INVALID STATEMENT - "
                + lines.get(index).strip());
    }
}
