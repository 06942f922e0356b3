package vm370.cp.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The security journal: one line per event, appended to a text file and flushed at once, so a
 * crash loses nothing written. Lines never hold a password: callers pass userids and verdicts only.
 * @vm370 DMKJRL
 */
public class SecurityJournal implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(SecurityJournal.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    /** What is journaled. */
    public enum Event {
        LOGON, LOGON_FAILED, LOGON_LOCKED, RECONNECT, DISCONNECT, LOGOFF, FORCE, LINK_PASSWORD, DIRECTXA, PRIVILEGE
    }

    /** A journal that keeps nothing, until the console installs the real one. */
    public static final SecurityJournal NONE = new SecurityJournal();

    private final Writer out;
    private final InstantSource clock;
    /** After SHUTDOWN closed the file, late events (terminals hanging up) are not written. Guarded by this. */
    private boolean closed;

    private SecurityJournal() {
        this.out = null;
        this.clock = InstantSource.system();
    }

    private SecurityJournal(Writer out, InstantSource clock) {
        this.out = out;
        this.clock = clock;
    }

    /** Opens (or creates) the journal file for appending. */
    public static SecurityJournal open(Path file, InstantSource clock) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new SecurityJournal(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE), clock);
    }

    /** Appends {@code stamp EVENT userid detail}; a failing file is reported once per failure in the log, never to users. */
    public void record(Event event, String userid, String detail) {
        if (out == null) {
            return;
        }
        String line = STAMP.format(Instant.from(clock.instant())) + " " + event + " " + userid
                + (detail.isEmpty() ? "" : " " + detail) + "\n";
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                out.write(line);
                out.flush();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.ERROR, "security journal: " + e.getMessage());
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (out != null) {
            out.close();
        }
    }
}
