package vm370.s370.channel;

/**
 * A format-0 channel command word: command code (bits 0-7), data address (8-31), flags
 * (32-37: chain data, chain command, suppress length indication, skip, program-controlled
 * interruption, indirect data addressing) and count (48-63).
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Channel Command Word"</a>
 */
public record Ccw(int command, int address, int flags, int count) {

    public static final int CHAIN_DATA = 0x80;
    public static final int CHAIN_COMMAND = 0x40;
    public static final int SUPPRESS_LENGTH = 0x20;
    public static final int SKIP = 0x10;
    public static final int PROGRAM_CONTROLLED_INTERRUPTION = 0x08;
    public static final int INDIRECT_DATA = 0x04;
    /** Flag bits 38-39, which must be zero in every CCW but a TIC. */
    static final int RESERVED_FLAGS = 0x03;

    /** The command code of transfer in channel, as its low four bits. */
    public static final int TRANSFER_IN_CHANNEL = 0x08;

    public static Ccw decode(long doubleword) {
        return new Ccw((int) (doubleword >>> 56) & 0xFF, (int) (doubleword >>> 32) & 0xFFFFFF,
                (int) (doubleword >>> 24) & 0xFF, (int) doubleword & 0xFFFF);
    }

    /** A CCW from its four fields, as an assembler's {@code CCW cmd,addr,flags,count} writes it. */
    public static long encode(int command, int address, int flags, int count) {
        return (long) (command & 0xFF) << 56 | (long) (address & 0xFFFFFF) << 32
                | (long) (flags & 0xFF) << 24 | (count & 0xFFFF);
    }

    public long encode() {
        return encode(command, address, flags, count);
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public boolean isTransferInChannel() {
        return (command & 0x0F) == TRANSFER_IN_CHANNEL;
    }

    /** Read, read backward and sense move data from the device into storage. */
    public boolean isInput() {
        return (command & 0x03) == 0x02 || (command & 0x0F) == 0x0C || (command & 0x0F) == 0x04;
    }

    public boolean isReadBackward() {
        return (command & 0x0F) == 0x0C;
    }

    /** Low four bits 0000: no command. */
    public boolean isInvalid() {
        return (command & 0x0F) == 0;
    }

    @Override
    public String toString() {
        return String.format("CCW %02X,%06X,%02X,%d", command, address, flags, count);
    }
}
