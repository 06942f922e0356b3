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
 * The accounting file: one line per record, appended and flushed at once. A session's record when
 * it ends (LOGOFF or FORCE) is {@code ACCOUNT userid logon=<instant> logoff=<instant> connect=<s>
 * vcpu=<ms> sio=<n> pagein=<n> pageout=<n> spool=<records>}; DIAGNOSE X'4C' adds {@link Charge}
 * and {@link UserData} records.
 * @vm370 DMKACO
 */
public final class AccountingFile implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AccountingFile.class.getName());

    /** One line of the file. */
    public sealed interface Entry permits Record, Charge, UserData {
        String line();
    }

    /** What one session used. */
    public record Record(String userid, Instant logon, Instant logoff, Duration connect, long cpuNanos,
                         long startIo, long pageIns, long pageOuts, long spoolRecords) implements Entry {

        @Override
        public String line() {
            return String.format("ACCOUNT %-8s logon=%s logoff=%s connect=%d vcpu=%d sio=%d pagein=%d pageout=%d spool=%d%n",
                    userid, logon, logoff, connect.toSeconds(), cpuNanos / 1_000_000, startIo, pageIns, pageOuts,
                    spoolRecords);
        }
    }

    /**
     * What a virtual machine used while it charged {@code userid} (DIAGNOSE X'4C', as CMSBATCH charges
     * each job to its /JOB user): {@code CHARGE userid account=<a> dist=<d> by=<machine> at=<instant>
     * vcpu=<ms> sio=<n> pagein=<n> pageout=<n> print=<lines> punch=<cards> read=<cards>}.
     */
    public record Charge(String userid, String account, String distribution, String chargedBy, Instant at,
                         long cpuNanos, long startIo, long pageIns, long pageOuts, long printed, long punched,
                         long read) implements Entry {

        @Override
        public String line() {
            return String.format("CHARGE  %-8s account=%s dist=%s by=%s at=%s vcpu=%d sio=%d pagein=%d pageout=%d"
                            + " print=%d punch=%d read=%d%n", userid, account, distribution, chargedBy, at,
                    cpuNanos / 1_000_000, startIo, pageIns, pageOuts, printed, punched, read);
        }
    }

    /** Up to 70 characters of a virtual machine's own, with its userid (DIAGNOSE X'4C' code X'10'). */
    public record UserData(String userid, Instant at, String data) implements Entry {

        @Override
        public String line() {
            return String.format("USER    %-8s at=%s data=%s%n", userid, at, data);
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

    public synchronized void write(Entry record) {
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
