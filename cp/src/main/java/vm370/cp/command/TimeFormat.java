package vm370.cp.command;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vm370.s370.time.Clock;

/**
 * CP's time stamps as its responses print them: {@code 21:48:25 GMT MONDAY 08/17/26} (QUERY TIME,
 * LOGON AT, LOGOFF AT), and the accounting line {@code CONNECT= hh:mm:ss VIRTCPU= mmm:ss.hs TOTCPU= mmm:ss.hs}.
 */
public final class TimeFormat {

    private static final DateTimeFormatter TIME_AND_ZONE = DateTimeFormatter.ofPattern("HH:mm:ss zzz", Locale.ROOT);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yy", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final Clock clock;
    private final ZoneId zone;

    public TimeFormat(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public ZonedDateTime now() {
        long micros = clock.micros() - Clock.UNIX_EPOCH_MICROS;
        return Instant.EPOCH.plusNanos(micros * 1000).atZone(zone);
    }

    /** {@code hh:mm:ss zone weekday mm/dd/yy}, upper case, of now. */
    public String stamp() {
        ZonedDateTime now = now();
        return TIME_AND_ZONE.format(now).toUpperCase(Locale.ROOT) + " " + now.getDayOfWeek() + " " + DATE.format(now);
    }

    /** {@code hh:mm:ss}, the line a message from another user comes after. */
    public String clockTime() {
        return CLOCK.format(now());
    }

    /** The accounting line: connect time, then the processor time the machine was charged (virtual = total here). */
    public static String accounting(Duration connected, long cpuNanos) {
        long seconds = connected.toSeconds();
        String cpu = processorTime(cpuNanos);
        return String.format("CONNECT= %02d:%02d:%02d VIRTCPU= %s TOTCPU= %s",
                seconds / 3600, seconds / 60 % 60, seconds % 60, cpu, cpu);
    }

    /** {@code mmm:ss.hs}: minutes, seconds and hundredths. */
    public static String processorTime(long nanos) {
        long hundredths = nanos / 10_000_000L;
        return String.format("%03d:%02d.%02d", hundredths / 6000, hundredths / 100 % 60, hundredths % 100);
    }
}
