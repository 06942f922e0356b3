package vm370.cp.vio;

import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;
import vm370.spool.device.SpoolWriter;
import vm370.spool.device.VirtualPrinter;

/**
 * A virtual printer (1403) or punch (2540 punch) whose output goes into an open spool file: each
 * write, skip or space is one record with its command code, so the file keeps its carriage control.
 * A full spool is intervention required; an unknown command is command reject.
 * @vm370 DMKVSP
 */
public final class SpooledWriter extends BasicDevice {

    private final SpoolWriter writer;
    private final byte[] record = new byte[256];
    /** Records written, for the session's accounting record; owned by the machine's thread. */
    private long records;

    public SpooledWriter(SpoolWriter writer) {
        super(1);
        this.writer = writer;
    }

    /** The spool side of the device, for SPOOL, CLOSE and QUERY. */
    public SpoolWriter spool() {
        return writer;
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        if (ccw.command() == NO_OPERATION) {
            return UnitStatus.END;
        }
        int length = port.read(record, 0, record.length);
        return switch (writer.write(ccw.command(), record, 0, length)) {
            case WRITTEN -> {
                records++;
                yield UnitStatus.END;
            }
            case COMMAND_REJECT -> reject();
            case SYSTEM_SPOOL_FULL, USER_SPOOL_FULL -> unitCheck(INTERVENTION_REQUIRED, 0);
        };
    }

    /** Spool records this device has written. */
    public long records() {
        return records;
    }

    @Override
    public String describe() {
        return writer instanceof VirtualPrinter ? "1403 printer" : "2540 punch";
    }
}
