package vm370.spool.queue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What one user holds in the spool (closed files they own plus open files they write); thread-safe. */
public final class SpoolAccount {
    private final String userid;
    final AtomicInteger files = new AtomicInteger();
    final AtomicLong records = new AtomicLong();

    SpoolAccount(String userid) {
        this.userid = userid;
    }

    /** The user. */
    public String userid() {
        return userid;
    }

    /** Files held, open ones included. */
    public int files() {
        return files.get();
    }

    /** Records held, those of open files included. */
    public long records() {
        return records.get();
    }
}
