package vm370.cp.security;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * The accounting file: one record per session when it ends (LOGOFF or FORCE), appended and flushed
 * at once, as {@code ACCOUNT userid logon=<instant> logoff=<instant> connect=<s> vcpu=<ms> sio=<n>
 * pagein=<n> pageout=<n> spool=<records>}.
 * @vm370 DMKACO
 */
public final class AccountingFile implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AccountingFile.class.getName());

    /** What one session used. */
    public record Record(String userid, Instant logon, Instant logoff, Duration connect, long cpuNanos,
                         long startIo, long pageIns, long pageOuts, long spoolRecords) {

        String line() {
            return String.format("ACCOUNT %-8s logon=%s logoff=%s connect=%d vcpu=%d sio=%d pagein=%d pageout=%d spool=%d%n",
                    userid, logon, logoff, connect.toSeconds(), cpuNanos / 1_000_000, startIo, pageIns, pageOuts,
                    spoolRecords);
        }
    }

    private final Writer out;
    /** Guarded by this: records after SHUTDOWN closed the file are dropped. */
    private boolean closed;

    private AccountingFile(Writer out) {
        this.out = out;
    }

    /** Opens (or creates) the accounting file for appending. */
    public static AccountingFile open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return new AccountingFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
    }

    public synchronized void write(Record record) {
        if (closed) {
            return;
        }
        try {
            out.write(record.line());
            out.flush();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "accounting file: " + e.getMessage());
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        out.close();
    }
}
