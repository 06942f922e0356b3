package vm370.spool.device;

import vm370.spool.file.DeviceType;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/**
 * A spooled 1403/3211 printer: print lines and carriage moves (space 1-3, skip to channel,
 * immediate or after printing) into a spool file, each record keeping its command code. @vm370 DMKVSP
 */
public final class VirtualPrinter extends SpoolWriter {

    /** Print positions of a 3211, the widest printer VM/370 spools. */
    public static final int MAX_LINE = 150;

    public VirtualPrinter(int address, String userid, SpoolManager manager) {
        super(address, userid, DeviceType.PRT, SpoolQueue.PRINTER, manager);
    }

    @Override
    int maxRecordLength() {
        return MAX_LINE;
    }

    @Override
    UnitRecordCommand.Family family() {
        return UnitRecordCommand.Family.PRINTER;
    }
}
