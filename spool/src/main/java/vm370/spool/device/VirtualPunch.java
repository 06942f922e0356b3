package vm370.spool.device;

import vm370.spool.file.DeviceType;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/** A spooled 2540/3525 card punch: 80-column cards into a spool file. @vm370 DMKVSP */
public final class VirtualPunch extends SpoolWriter {

    /** Columns on a card. */
    public static final int CARD_LENGTH = 80;

    public VirtualPunch(int address, String userid, SpoolManager manager) {
        super(address, userid, DeviceType.PUN, SpoolQueue.PUNCH, manager);
    }

    @Override
    int maxRecordLength() {
        return CARD_LENGTH;
    }

    @Override
    UnitRecordCommand.Family family() {
        return UnitRecordCommand.Family.PUNCH;
    }
}
