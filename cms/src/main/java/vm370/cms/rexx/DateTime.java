package vm370.cms.rexx;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * DATE and TIME with all their options (ANSI X3.274 section 9.7, with CMS's Century and Julian
 * dates). All clock readings within one clause see the same instant, as the standard requires.
 */
final class DateTime {

    private static final LocalDate BASE = LocalDate.of(1, 1, 1);

    private DateTime() {
    }

    private static LocalDateTime now(Activation a) {
        return LocalDateTime.now(a.interpreter.host.clock());
    }

    static String date(Activation a, String[] v) {
        Arguments args = new Arguments("DATE", v, a, 0, 1);
        char option = args.option(0, 'N', "BCDEJMNOSUW");
        LocalDate d = now(a).toLocalDate();
        return switch (option) {
            case 'B' -> Long.toString(ChronoUnit.DAYS.between(BASE, d));
            case 'C' -> Long.toString(ChronoUnit.DAYS.between(LocalDate.of(d.getYear() - d.getYear() % 100, 1, 1), d) + 1);
            case 'D' -> Integer.toString(d.getDayOfYear());
            case 'E' -> "%02d/%02d/%02d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear() % 100);
            case 'J' -> "%02d%03d".formatted(d.getYear() % 100, d.getDayOfYear());
            case 'M' -> d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            case 'O' -> "%02d/%02d/%02d".formatted(d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
            case 'S' -> "%04d%02d%02d".formatted(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            case 'U' -> "%02d/%02d/%02d".formatted(d.getMonthValue(), d.getDayOfMonth(), d.getYear() % 100);
            case 'W' -> d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            default -> d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + d.getYear();
        };
    }

    static String time(Activation a, String[] v) {
        Arguments args = new Arguments("TIME", v, a, 0, 1);
        char option = args.option(0, 'N', "CEHLMNRS");
        if (option == 'E' || option == 'R') {
            return elapsed(a, option == 'R');
        }
        LocalDateTime t = now(a);
        int hour = t.getHour();
        return switch (option) {
            case 'C' -> (hour % 12 == 0 ? 12 : hour % 12) + ":" + "%02d".formatted(t.getMinute()) + (hour < 12 ? "am" : "pm");
            case 'H' -> Integer.toString(hour);
            case 'L' -> "%02d:%02d:%02d.%06d".formatted(hour, t.getMinute(), t.getSecond(), t.getNano() / 1000);
            case 'M' -> Integer.toString(hour * 60 + t.getMinute());
            case 'S' -> Integer.toString(hour * 3600 + t.getMinute() * 60 + t.getSecond());
            default -> "%02d:%02d:%02d".formatted(hour, t.getMinute(), t.getSecond());
        };
    }

    private static String elapsed(Activation a, boolean reset) {
        Interpreter i = a.interpreter;
        long nowNanos = System.nanoTime();
        if (!i.elapsedStarted) {
            i.elapsedStarted = true;
            i.elapsedStartNanos = nowNanos;
            return "0";
        }
        long micros = (nowNanos - i.elapsedStartNanos) / 1000;
        if (reset) {
            i.elapsedStartNanos = nowNanos;
        }
        return "%d.%06d".formatted(micros / 1_000_000, micros % 1_000_000);
    }
}
