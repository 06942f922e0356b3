package vm370.directory.model;

import java.util.Locale;

/** Virtual and real device addresses (cuu) as directory statements write them: 1 to 4 hex digits. */
public final class DeviceAddress {

    private DeviceAddress() {
    }

    /** The address in {@code text}, or -1 if it is not 1 to 4 hex digits. */
    public static int parse(String text) {
        if (text.isEmpty() || text.length() > 4) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }

    /** Three hex digits as VM/370 writes them ({@code 191}, {@code 00C}), four when needed. */
    public static String format(int address) {
        return String.format(Locale.ROOT, "%03X", address);
    }
}
