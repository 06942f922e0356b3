package vm370.s370.channel;

import java.util.StringJoiner;

/**
 * The unit-status byte a device presents (CSW bits 32-39): attention, status modifier, control
 * unit end, busy, channel end, device end, unit check, unit exception.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Unit Status"</a>
 */
public record UnitStatus(int bits) {

    public static final UnitStatus NONE = new UnitStatus(0);
    public static final UnitStatus ATTENTION = new UnitStatus(0x80);
    public static final UnitStatus STATUS_MODIFIER = new UnitStatus(0x40);
    public static final UnitStatus CONTROL_UNIT_END = new UnitStatus(0x20);
    public static final UnitStatus BUSY = new UnitStatus(0x10);
    public static final UnitStatus CHANNEL_END = new UnitStatus(0x08);
    public static final UnitStatus DEVICE_END = new UnitStatus(0x04);
    public static final UnitStatus UNIT_CHECK = new UnitStatus(0x02);
    public static final UnitStatus UNIT_EXCEPTION = new UnitStatus(0x01);

    /** Channel end and device end: the normal end of a command. */
    public static final UnitStatus END = new UnitStatus(0x0C);
    /** Channel end, device end and unit check: a command rejected or failed; the sense bytes say why. */
    public static final UnitStatus CHECK = new UnitStatus(0x0E);
    /** Channel end, device end and unit exception (end of file, printer overflow). */
    public static final UnitStatus EXCEPTION = new UnitStatus(0x0D);
    /** Channel end, device end and status modifier (a search condition met: skip the next CCW). */
    public static final UnitStatus MODIFIED_END = new UnitStatus(0x4C);

    private static final String[] NAMES = {"ATTN", "SM", "CUE", "BUSY", "CE", "DE", "UC", "UX"};

    public UnitStatus {
        if ((bits & ~0xFF) != 0) {
            throw new IllegalArgumentException("unit status: " + bits + " (expected: one byte)");
        }
    }

    public boolean has(UnitStatus other) {
        return (bits & other.bits) == other.bits;
    }

    public boolean hasAny(UnitStatus other) {
        return (bits & other.bits) != 0;
    }

    public UnitStatus with(UnitStatus other) {
        return new UnitStatus(bits | other.bits);
    }

    public boolean isNone() {
        return bits == 0;
    }

    @Override
    public String toString() {
        StringJoiner j = new StringJoiner("+", "", "");
        for (int i = 0; i < 8; i++) {
            if ((bits & 0x80 >>> i) != 0) {
                j.add(NAMES[i]);
            }
        }
        return bits == 0 ? "0" : j.toString();
    }
}
