package vm370.s370.channel;

import java.util.function.BooleanSupplier;

/**
 * A device's only view of the channel: data moves a byte at a time and stops at the end of the
 * count; chaining, skip, indirect addressing, protection and the CSW stay on the channel side.
 * All calls are made on the CPU's thread.
 */
public interface ChannelPort {

    /**
     * The next byte of an output operation, or -1 when the count (with data chaining) is exhausted
     * or the transfer was stopped. Asking past the count is not a long record: output devices
     * take what the count gives. Input past the count ({@link #writeByte}) is.
     */
    int readByte();

    /** Stores one byte of an input operation; false when the count is exhausted or the transfer was stopped. */
    boolean writeByte(int value);

    /** The device has finished the command (usually CE+DE), or presents a later device end. */
    void end(UnitStatus status);

    /** Status the device presents on its own, outside any command: device end when it becomes ready. */
    default void unsolicited(UnitStatus status) {
        unsolicited(status, () -> true);
    }

    /**
     * Status the device presents on its own a moment later, unless {@code stillDue} then says its
     * cause has gone (a read took the typed line that the attention was to announce).
     */
    void unsolicited(UnitStatus status, BooleanSupplier stillDue);

    /** The device asks for the program's attention (a key pressed) outside any command. */
    default void attention() {
        unsolicited(UnitStatus.ATTENTION);
    }

    /** Runs {@code action} on the CPU's thread after {@code instructions} more instructions: device timing. */
    void schedule(long instructions, Runnable action);

    /** True when the current command was reached by command chaining (DASD orientation and file mask depend on it). */
    boolean chained();

    /** Reads up to {@code length} bytes of output data; returns how many were read. */
    default int read(byte[] into, int offset, int length) {
        int n = 0;
        while (n < length) {
            int b = readByte();
            if (b < 0) {
                break;
            }
            into[offset + n++] = (byte) b;
        }
        return n;
    }

    /** Writes up to {@code length} bytes of input data; returns how many the channel accepted. */
    default int write(byte[] from, int offset, int length) {
        int n = 0;
        while (n < length && writeByte(from[offset + n] & 0xFF)) {
            n++;
        }
        return n;
    }
}
