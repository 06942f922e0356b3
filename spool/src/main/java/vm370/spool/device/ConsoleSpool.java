package vm370.spool.device;

import vm370.s370.text.Ebcdic;
import vm370.spool.file.DeviceType;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/**
 * The virtual console's spool (SPOOL CONSOLE START/STOP): while started, every line the console
 * shows (CP's responses, the guest's writes, what the user typed) becomes a print line of a CON
 * file, which CLOSE or LOGOFF puts in the printer queue (or, spooled TO a user, in a reader).
 * @vm370 DMKVSP
 */
public final class ConsoleSpool extends SpoolWriter {

    /** A console spool line is a print line of VM/370's 132 positions; longer console lines are cut in pieces. */
    public static final int MAX_LINE = 132;

    private volatile boolean started;

    /** A console spool of class T (VM/370's default for console files), stopped. */
    public ConsoleSpool(int address, String userid, SpoolManager manager) {
        super(address, userid, DeviceType.CON, SpoolQueue.PRINTER, manager);
        setSpoolClass('T');
    }

    /** SPOOL CONSOLE START / STOP: whether console lines are spooled. STOP keeps the open file (CLOSE ends it). */
    public void setStarted(boolean value) {
        started = value;
    }

    public boolean started() {
        return started;
    }

    /**
     * A console line, spooled as "write, space 1" print lines while started, else ignored. A full
     * spool drops the line (the console itself still shows it). Called on any thread.
     */
    public void line(String text) {
        if (!started) {
            return;
        }
        byte[] bytes = Ebcdic.CP037.encode(text);
        int at = 0;
        do {
            int length = Math.min(MAX_LINE, bytes.length - at);
            write(UnitRecordCommand.WRITE_SPACE_1.code(), bytes, at, length);
            at += length;
        } while (at < bytes.length);
    }

    /**
     * The spool lines of QUERY VIRTUAL CONSOLE (CP writes the first, with the terminal and
     * {@code START}/{@code STOP}): {@code vaddr CL c NOCONT NOHOLD COPY nn READY} and
     * {@code vaddr FOR userid DIST code} (the userid when no DIST was given).
     */
    @Override
    public synchronized String describe() {
        String addr = VirtualUnitRecordDevice.formatAddress(address());
        return String.format("     %s CL %c %s %s COPY %02d    READY%n     %s %s   DIST %s", addr, spoolClass(),
                continuous() ? "CONT" : "NOCONT", hold() ? "HOLD" : "NOHOLD", copies(), addr, target(),
                dist().isEmpty() ? userid() : dist());
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
