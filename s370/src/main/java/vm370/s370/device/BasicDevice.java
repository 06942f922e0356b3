package vm370.s370.device;

import java.util.Arrays;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelDevice;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;

/**
 * What every device model shares: its sense bytes (set with a unit check, kept until the next
 * command other than sense), the sense and no-operation commands, and command reject.
 */
public abstract class BasicDevice implements ChannelDevice {

    /** Sense byte 0, common to IBM devices. */
    public static final int COMMAND_REJECT = 0x80;
    public static final int INTERVENTION_REQUIRED = 0x40;
    public static final int BUS_OUT_CHECK = 0x20;
    public static final int EQUIPMENT_CHECK = 0x10;
    public static final int DATA_CHECK = 0x08;
    public static final int OVERRUN = 0x04;

    public static final int SENSE = 0x04;
    public static final int NO_OPERATION = 0x03;

    protected final byte[] sense;

    protected BasicDevice(int senseBytes) {
        this.sense = new byte[senseBytes];
    }

    @Override
    public final UnitStatus startCommand(Ccw ccw, ChannelPort port) {
        if (ccw.command() == SENSE) {
            port.write(sense, 0, sense.length);
            Arrays.fill(sense, (byte) 0);
            port.end(UnitStatus.END);
            return UnitStatus.NONE;
        }
        Arrays.fill(sense, (byte) 0);
        return command(ccw, port);
    }

    /** Any command but sense; the sense bytes have been cleared. */
    protected abstract UnitStatus command(Ccw ccw, ChannelPort port);

    /** Unit check with the given sense byte 0 (and optional byte 1): the status to return or end with. */
    protected UnitStatus unitCheck(int byte0, int byte1) {
        sense[0] = (byte) byte0;
        if (sense.length > 1) {
            sense[1] = (byte) byte1;
        }
        return UnitStatus.CHECK;
    }

    /** An invalid command: CE+DE+UC at initial selection with command reject. */
    protected UnitStatus reject() {
        return unitCheck(COMMAND_REJECT, 0);
    }

    @Override
    public byte[] sense() {
        return sense.clone();
    }

    @Override
    public void halt() {
    }

    @Override
    public void reset() {
        Arrays.fill(sense, (byte) 0);
    }
}
