package vm370.spool.host;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A forms control buffer (the 3211's FCB, the 1403's carriage tape): the lines of one form and the
 * carriage-control channels (1-12) punched at each. A skip to a channel moves to the next line
 * punched for it, on the next form when none follows on this one. LOADBUF names an image:
 * <ul>
 * <li>{@code FCB1}: 11-inch forms at 6 lines an inch, 66 lines, channel 1 on line 1, channel 12 on
 *     line 60 (the 1403's standard tape, and the default);</li>
 * <li>{@code FCB8}: 11-inch forms at 8 lines an inch, 88 lines, channel 1 on line 1, channel 12 on line 80;</li>
 * <li>{@code FCBS}: 8 1/2-inch forms at 6 lines an inch, 51 lines, channel 1 on line 1, channel 12 on line 46.</li>
 * </ul>
 * These names are this system's (VM/370 generated its images into the system).
 */
public final class FormsControlBuffer {

    /** The standard 66-line carriage tape. */
    public static final FormsControlBuffer STANDARD = of("FCB1", 66, 6, 1, 1, 12, 60);

    private static final FormsControlBuffer[] IMAGES = {
        STANDARD, of("FCB8", 88, 8, 1, 1, 12, 80), of("FCBS", 51, 6, 1, 1, 12, 46),
    };

    private final String name;
    private final int linesPerInch;
    /** For each line (0-based), the channels punched there as bits 1-12. */
    private final short[] punches;

    private FormsControlBuffer(String name, int linesPerInch, short[] punches) {
        this.name = name;
        this.linesPerInch = linesPerInch;
        this.punches = punches;
    }

    /** An image of {@code lines} lines; {@code channelAndLine} pairs a channel with its (1-based) line. */
    static FormsControlBuffer of(String name, int lines, int linesPerInch, int... channelAndLine) {
        short[] punches = new short[lines];
        for (int i = 0; i < channelAndLine.length; i += 2) {
            punches[channelAndLine[i + 1] - 1] |= (short) (1 << channelAndLine[i]);
        }
        return new FormsControlBuffer(name, linesPerInch, punches);
    }

    /** The image LOADBUF names (any case), if this system has it. */
    public static Optional<FormsControlBuffer> named(String name) {
        String wanted = name.toUpperCase(Locale.ROOT);
        return Arrays.stream(IMAGES).filter(image -> image.name.equals(wanted)).findFirst();
    }

    public String name() {
        return name;
    }

    /** Lines on one form. */
    public int lines() {
        return punches.length;
    }

    public int linesPerInch() {
        return linesPerInch;
    }

    /** Whether {@code channel} is punched at {@code line} (0-based). */
    public boolean punched(int channel, int line) {
        return (punches[line] & 1 << channel) != 0;
    }

    /** Whether {@code channel} is punched anywhere on the form. */
    public boolean has(int channel) {
        for (short punch : punches) {
            if ((punch & 1 << channel) != 0) {
                return true;
            }
        }
        return false;
    }
}
