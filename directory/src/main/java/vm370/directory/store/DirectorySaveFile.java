package vm370.directory.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The last acknowledged directory, as canonical source (passwords as hashes) in a file beside the
 * embedded database: H2 lost synced commits to kill -9 in the spool's crash test, so a change is
 * acknowledged only once this file holds it. Written whole under a temporary name, forced, renamed
 * over the old one and the folder forced, so the file is always one whole directory. Its first line,
 * a source comment, carries the store generation, the length and a CRC32 of the rest; the file is
 * itself DIRECTXA input. One writer: the directory service's store thread (H2's lock keeps other JVMs out).
 */
public final class DirectorySaveFile {

    /** What the file holds. */
    public sealed interface Contents {
        /** There is no file (a new system, or a database older than save files). */
        record Missing() implements Contents {}

        /** The file is not one whole save: it was changed or damaged outside the directory. */
        record Damaged(String reason) implements Contents {}

        /** The directory of store generation {@code generation}. */
        record Saved(long generation, String source) implements Contents {}
    }

    private static final Pattern HEADER = Pattern.compile(
            "\\* DIRECTORY SAVED: GENERATION (\\d{1,18}) BYTES (\\d{1,10}) CRC32 ([0-9A-F]{8})\n");

    private final Path file;

    public DirectorySaveFile(Path file) {
        this.file = file;
    }

    /**
     * The save file of the embedded database at {@code jdbcUrl} ({@code directory.direct} beside
     * {@code directory.mv.db}); none for a server or in-memory database, whose durability is the server's.
     */
    public static Optional<DirectorySaveFile> beside(String jdbcUrl) {
        String prefix = "jdbc:h2:";
        if (!jdbcUrl.startsWith(prefix)) {
            return Optional.empty();
        }
        String database = jdbcUrl.substring(prefix.length()).split(";", 2)[0];
        if (database.startsWith("file:")) {
            database = database.substring("file:".length());
        } else if (database.matches("[A-Za-z]{2,}:.*")) {
            return Optional.empty();
        }
        return database.isEmpty() ? Optional.empty()
                : Optional.of(new DirectorySaveFile(Path.of(database + ".direct")));
    }

    public Path path() {
        return file;
    }

    public Contents read() throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Contents.Missing();
        }
        int newline = indexOf(bytes, (byte) '\n');
        Matcher header = HEADER.matcher(new String(bytes, 0, newline + 1, StandardCharsets.US_ASCII));
        if (newline < 0 || !header.matches()) {
            return new Contents.Damaged("FIRST LINE IS NOT A SAVE HEADER");
        }
        long length = Long.parseLong(header.group(2));
        if (length != bytes.length - newline - 1) {
            return new Contents.Damaged("LENGTH " + (bytes.length - newline - 1) + ", HEADER SAYS " + length);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, newline + 1, (int) length);
        if (crc.getValue() != Long.parseLong(header.group(3), 16)) {
            return new Contents.Damaged("CRC32 MISMATCH");
        }
        return new Contents.Saved(Long.parseLong(header.group(1)),
                new String(bytes, newline + 1, (int) length, StandardCharsets.UTF_8));
    }

    /** Replaces the file by the directory {@code source} of store generation {@code generation}, durably. */
    public void write(long generation, String source) throws IOException {
        byte[] body = source.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] header = String.format(Locale.ROOT, "* DIRECTORY SAVED: GENERATION %d BYTES %d CRC32 %08X\n",
                generation, body.length, crc.getValue()).getBytes(StandardCharsets.US_ASCII);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer[] buffers = {ByteBuffer.wrap(header), ByteBuffer.wrap(body)};
            while (buffers[1].hasRemaining()) {
                channel.write(buffers);
            }
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        // The rename is durable only once the folder's entry is on the disk.
        try (FileChannel folder = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
            folder.force(true);
        }
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
