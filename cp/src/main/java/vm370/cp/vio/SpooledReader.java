package vm370.cp.vio;

import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;
import vm370.spool.device.UnitRecordCommand;
import vm370.spool.device.VirtualReader;

/**
 * A virtual card reader (2540 reader) whose cards come from the user's spooled reader files:
 * each READ gives the next record; the end of a file is unit exception; no file to read is unit
 * check with intervention required, as an empty real reader. Like a real reader made ready, it
 * then presents device end on its own when a file arrives, so a service machine (CMSBATCH, RSCS)
 * can wait for work in an enabled wait instead of polling.
 * @vm370 DMKVSP
 */
public final class SpooledReader extends BasicDevice {

    private final VirtualReader reader;
    private final byte[] card = new byte[256];
    private ChannelPort port;
    /** The last read found no file: a file's arrival makes the reader ready (device end). */
    private boolean waitingForFile;

    /** Records read, for the session's accounting record; owned by the machine's thread. */
    private long records;

    public SpooledReader(VirtualReader reader) {
        super(1);
        this.reader = reader;
    }

    @Override
    public void connect(ChannelPort channelPort) {
        this.port = channelPort;
    }

    /**
     * A file entered this user's reader queue: device end, if a read found the reader empty since
     * the last one. On the machine's thread.
     */
    public void fileArrived() {
        if (waitingForFile && port != null) {
            waitingForFile = false;
            port.unsolicited(UnitStatus.DEVICE_END);
        }
    }

    /** The spool side of the device, for SPOOL, CLOSE and QUERY. */
    public VirtualReader spool() {
        return reader;
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        UnitRecordCommand command = UnitRecordCommand.parse(UnitRecordCommand.Family.READER, ccw.command());
        if (command == null) {
            return reject();
        }
        if (!command.transfersData()) {
            return UnitStatus.END;
        }
        return switch (reader.read(card, 0, card.length)) {
            case RECORD -> {
                records++;
                port.write(card, 0, reader.recordLength());
                yield UnitStatus.END;
            }
            case END_OF_FILE -> UnitStatus.EXCEPTION;
            case NOT_READY -> {
                waitingForFile = true;
                yield unitCheck(INTERVENTION_REQUIRED, 0);
            }
        };
    }

    /** Spool records this reader has read. */
    public long records() {
        return records;
    }

    @Override
    public String describe() {
        return "2540 reader";
    }
}
