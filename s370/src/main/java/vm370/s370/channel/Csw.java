package vm370.s370.channel;

/**
 * The channel status word stored at real location 64: protection key, CCW address (the last CCW
 * used + 8), unit status, channel status and residual count.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Channel Status Word"</a>
 */
public record Csw(int key, int ccwAddress, int unitStatus, int channelStatus, int count) {

    public static final int PROGRAM_CONTROLLED_INTERRUPTION = 0x80;
    public static final int INCORRECT_LENGTH = 0x40;
    public static final int PROGRAM_CHECK = 0x20;
    public static final int PROTECTION_CHECK = 0x10;
    public static final int CHANNEL_DATA_CHECK = 0x08;
    public static final int CHANNEL_CONTROL_CHECK = 0x04;
    public static final int INTERFACE_CONTROL_CHECK = 0x02;
    public static final int CHAINING_CHECK = 0x01;

    public static Csw decode(long doubleword) {
        return new Csw((int) (doubleword >>> 60) & 0xF, (int) (doubleword >>> 32) & 0xFFFFFF,
                (int) (doubleword >>> 24) & 0xFF, (int) (doubleword >>> 16) & 0xFF, (int) doubleword & 0xFFFF);
    }

    public static long encode(int key, int ccwAddress, int unitStatus, int channelStatus, int count) {
        return (long) (key & 0xF) << 60 | (long) (ccwAddress & 0xFFFFFF) << 32
                | (long) (unitStatus & 0xFF) << 24 | (long) (channelStatus & 0xFF) << 16 | (count & 0xFFFF);
    }

    public long encode() {
        return encode(key, ccwAddress, unitStatus, channelStatus, count);
    }

    public UnitStatus status() {
        return new UnitStatus(unitStatus);
    }

    @Override
    public String toString() {
        return String.format("CSW key %X ccw %06X status %s/%02X count %d", key, ccwAddress, status(), channelStatus, count);
    }
}
