package vm370.cp.vio;

import java.util.function.BooleanSupplier;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;

/**
 * CP's own channel to a virtual machine's device, for I/O CP does on the machine's behalf (block
 * I/O DIAGNOSE): one command at a time over a CP buffer, ended at once. CP copies the data to or
 * from the guest's storage itself, after checking the guest's addresses.
 */
final class CpChannelPort implements ChannelPort {

    private final ChannelDevice device;
    private byte[] data;
    private int position;
    private int limit;
    private boolean chained;
    private UnitStatus ended;

    CpChannelPort(ChannelDevice device) {
        this.device = device;
    }

    /**
     * Runs one command on {@code length} bytes of {@code buffer} from {@code offset}; the first of a
     * chain is not chained. Returns the ending status (CHECK when the device did not end at once).
     */
    UnitStatus run(int command, byte[] buffer, int offset, int length, boolean chainedCommand) {
        data = buffer;
        position = offset;
        limit = offset + length;
        chained = chainedCommand;
        ended = null;
        UnitStatus initial = device.startCommand(new Ccw(command, 0, 0, Math.max(length, 1)), this);
        if (!initial.isNone()) {
            return initial;
        }
        return ended == null ? UnitStatus.CHECK : ended;
    }

    /** Bytes the last command moved. */
    int transferred(int offset) {
        return position - offset;
    }

    @Override
    public int readByte() {
        return position < limit ? data[position++] & 0xFF : -1;
    }

    @Override
    public boolean writeByte(int value) {
        if (position >= limit) {
            return false;
        }
        data[position++] = (byte) value;
        return true;
    }

    @Override
    public void end(UnitStatus status) {
        ended = status;
    }

    @Override
    public void unsolicited(UnitStatus status, BooleanSupplier stillDue) {
        // Status a device raises on its own belongs to the guest's channel, not to CP's request.
    }

    @Override
    public void schedule(long instructions, Runnable action) {
        action.run();
    }

    @Override
    public boolean chained() {
        return chained;
    }
}
