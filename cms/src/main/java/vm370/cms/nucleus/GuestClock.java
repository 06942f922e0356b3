package vm370.cms.nucleus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The time as CP tells it to CMS (DIAGNOSE 0C, local date and time to the second), as a
 * {@link Clock} for the file system's date stamps: the local time is carried as if it were UTC.
 */
final class GuestClock extends Clock {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("MM/dd/yyHH:mm:ss");

    private final Supervisor supervisor;

    GuestClock(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    /** The local date and time now. */
    LocalDateTime now() {
        Supervisor.Clock c = supervisor.clock();
        return LocalDateTime.parse(c.date() + c.time(), FORMAT);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now().toInstant(ZoneOffset.UTC);
    }
}
