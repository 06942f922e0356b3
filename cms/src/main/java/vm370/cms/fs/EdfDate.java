package vm370.cms.fs;

import java.time.LocalDateTime;

/**
 * EDF timestamps: YYMMDDHHMMSS as BCD, two decimal digits a byte and no sign (ADTDCRED, FSTADATI),
 * with a separate century flag meaning 20yy. Years 1900–2099.
 */
final class EdfDate {

    private EdfDate() {
    }

    /** Writes {@code time} as six BCD bytes at {@code at}. */
    static void put(byte[] into, int at, LocalDateTime time) {
        int[] parts = {time.getYear() % 100, time.getMonthValue(), time.getDayOfMonth(), time.getHour(),
            time.getMinute(), time.getSecond()};
        for (int i = 0; i < parts.length; i++) {
            into[at + i] = bcd(parts[i]);
        }
    }

    /** One byte of two BCD digits. */
    static byte bcd(int twoDigits) {
        return (byte) (twoDigits / 10 << 4 | twoDigits % 10);
    }

    static int fromBcd(byte b) {
        return (b >> 4 & 0x0F) * 10 + (b & 0x0F);
    }

    /** Whether the year is in the century the flag bits call "20". */
    static boolean century20(LocalDateTime time) {
        return time.getYear() >= 2000;
    }

    /** Reads six BCD bytes; a zero or invalid date (legacy disks) reads as 1900-01-01 00:00. */
    static LocalDateTime get(byte[] from, int at, boolean century20) {
        int year = (century20 ? 2000 : 1900) + fromBcd(from[at]);
        int month = fromBcd(from[at + 1]);
        int day = fromBcd(from[at + 2]);
        int hour = fromBcd(from[at + 3]);
        int minute = fromBcd(from[at + 4]);
        int second = fromBcd(from[at + 5]);
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
            return LocalDateTime.of(1900, 1, 1, 0, 0);
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (java.time.DateTimeException invalid) {
            return LocalDateTime.of(1900, 1, 1, 0, 0);
        }
    }
}
