package vm370.spool.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;
import vm370.spool.file.DeviceType;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/**
 * A real printer or punch: while started, takes the files of its classes from the system queue in
 * order, writes them to host files in its output folder, and purges them (a KEEP file stays, held).
 * Output is written to a temporary name and renamed, so a half-written file is never seen; a crash
 * before the purge prints the file again, it never loses it. @vm370 DMKPRT
 *
 * <p>Guarded by {@code this}; {@link #processQueue} runs on the spool devices' thread or in tests.
 */
public abstract sealed class RealOutputDevice implements RealUnitRecordDevice permits RealPrinter, RealPunch {

    private final int address;
    private final DeviceType type;
    private final SpoolQueue queue;
    private final SpoolManager manager;
    private final Path outputFolder;
    private final Consumer<String> operator;
    private boolean started;
    private String classes = "A";
    private boolean separator;

    RealOutputDevice(int address, DeviceType type, SpoolQueue queue, SpoolManager manager, Path outputFolder,
                     Consumer<String> operator) {
        this.address = address;
        this.type = type;
        this.queue = queue;
        this.manager = manager;
        this.outputFolder = outputFolder;
        this.operator = operator;
    }

    /** Writes one file (all its copies) to host files; returns the paths written. */
    abstract List<Path> output(SpoolFile file, Path folder, String baseName) throws IOException;

    /** Outputs every eligible file now waiting; returns how many were done. */
    public synchronized int processQueue() {
        int done = 0;
        while (started) {
            SpoolFile file = manager.claimNextAnyOwner(queue, f -> classes.indexOf(f.spoolClass()) >= 0);
            if (file == null) {
                return done;
            }
            try {
                operator.accept(String.format("%s %03X OUTPUT OF %-8s FILE = %04d RECDS = %06d COPY = %02d %c %s",
                        type.code(), address, file.owner(), file.spoolId(), file.records(), file.copies(),
                        file.spoolClass(), file.deviceType().code()));
                output(file, outputFolder, baseName(file));
            } catch (IOException | UncheckedIOException e) {
                manager.releaseFile(file.spoolId());
                started = false;
                operator.accept(String.format("%s %03X INTERVENTION REQUIRED: %s", type.code(), address, e.getMessage()));
                return done;
            }
            if (file.keep()) {
                manager.update(List.of(file.withUserHold(true)));
                manager.releaseFile(file.spoolId());
            } else {
                manager.purge(List.of(file));
            }
            done++;
        }
        return done;
    }

    /** The host file name stem: owner, spool id, file name and type. */
    static String baseName(SpoolFile file) {
        StringBuilder name = new StringBuilder(file.owner()).append('-').append(String.format("%04d", file.spoolId()));
        for (String part : new String[] {file.fileName(), file.fileType()}) {
            if (!part.isEmpty()) {
                name.append('-').append(part.replaceAll("[^A-Za-z0-9@#$_+.-]", "_"));
            }
        }
        return name.toString();
    }

    /** Writes bytes under a temporary name, then renames them into place. */
    static Path writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    SpoolManager manager() {
        return manager;
    }

    @Override
    public int address() {
        return address;
    }

    @Override
    public DeviceType type() {
        return type;
    }

    @Override
    public synchronized boolean started() {
        return started;
    }

    @Override
    public void start(String newClasses, Boolean newSeparator) {
        synchronized (this) {
            if (newClasses != null) {
                classes = newClasses;
            }
            if (newSeparator != null) {
                separator = newSeparator;
            }
            started = true;
        }
    }

    @Override
    public synchronized void drain() {
        started = false;
    }

    @Override
    public synchronized String classes() {
        return classes;
    }

    @Override
    public synchronized boolean separator() {
        return separator;
    }
}
