package vm370.spool.device;

import java.util.List;
import vm370.spool.file.DeviceType;
import vm370.spool.file.RecordBlock;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/**
 * A spooled 2540/3505 card reader: presents the files of its owner's reader queue one at a time, in
 * queue order, of its class (or any class when spooled CLASS *), skipping held files. @vm370 DMKRSP
 *
 * <p>At a file's end: NOHOLD purges the file, HOLD (or a KEEP file) leaves it in the reader in user
 * hold; CONT goes straight on to the next file and shows end of file only after the last one; EOF
 * presents end of file (unit exception) while NOEOF presents not ready. Guarded by {@code this}.
 */
public final class VirtualReader implements VirtualUnitRecordDevice {

    private final int address;
    private final String userid;
    private final SpoolManager manager;
    private final RecordBlock.Cursor cursor = new RecordBlock.Cursor();

    private char spoolClass = '*';
    private boolean continuous;
    private boolean hold;
    private boolean endOfFile = true;

    private SpoolFile current;
    private int nextBlock;
    private int recordLength;
    private int recordOperation;

    public VirtualReader(int address, String userid, SpoolManager manager) {
        this.address = address;
        this.userid = userid;
        this.manager = manager;
    }

    /**
     * Reads the next record into {@code buffer} (at most {@code max} bytes; a longer record is cut as
     * the channel would with SLI). On RECORD, {@link #recordLength} and {@link #recordOperation} tell about it.
     */
    public synchronized ReadOutcome read(byte[] buffer, int offset, int max) {
        if (current == null && !openNext()) {
            return ReadOutcome.NOT_READY;
        }
        while (true) {
            if (cursor.next()) {
                recordOperation = cursor.operation();
                recordLength = cursor.copyTo(buffer, offset, max);
                return ReadOutcome.RECORD;
            }
            byte[] packed = manager.store().block(current.spoolId(), nextBlock);
            if (packed != null) {
                nextBlock++;
                cursor.reset(packed);
                continue;
            }
            finishFile(hold || current.keep());
            if (!continuous || !openNext()) {
                return endOfFile ? ReadOutcome.END_OF_FILE : ReadOutcome.NOT_READY;
            }
        }
    }

    /** Length of the record last read. */
    public synchronized int recordLength() {
        return recordLength;
    }

    /** CCW command code the record was written with (a punch's or printer's code, or a card read). */
    public synchronized int recordOperation() {
        return recordOperation;
    }

    /** The file being read, or null. */
    public synchronized SpoolFile currentFile() {
        return current;
    }

    /**
     * CLOSE of the reader: the file being read is purged, or kept in hold with HOLD (or when the
     * reader is spooled HOLD and the operand is absent). Returns the file's id, or 0 when none was open.
     */
    public synchronized int close(CloseOptions.Hold holdOperand, boolean purge) {
        if (current == null) {
            return 0;
        }
        int id = current.spoolId();
        boolean keep = !purge && switch (holdOperand) {
            case AS_SPOOLED -> hold || current.keep();
            case HOLD -> true;
            case NOHOLD -> false;
        };
        finishFile(keep);
        return id;
    }

    /**
     * Makes {@code spoolId} the file the next read starts (CMS's RECEIVE or DIAGNOSE 14 selecting a
     * file): it must be in this user's reader, not held and not in use. A file being read is given
     * back first. False when the file cannot be selected.
     */
    public synchronized boolean select(int spoolId) {
        if (current != null && current.spoolId() == spoolId) {
            return true;
        }
        release();
        current = manager.claimNext(userid, SpoolQueue.READER, f -> f.spoolId() == spoolId);
        nextBlock = 0;
        cursor.reset(new byte[0]);
        return current != null;
    }

    /** Gives back the file being read without reading it (device detached, system reset). */
    public synchronized void release() {
        if (current != null) {
            manager.releaseFile(current.spoolId());
            current = null;
        }
    }

    private boolean openNext() {
        char wanted = spoolClass;
        current = manager.claimNext(userid, SpoolQueue.READER, f -> wanted == '*' || f.spoolClass() == wanted);
        nextBlock = 0;
        cursor.reset(new byte[0]);
        return current != null;
    }

    private void finishFile(boolean keep) {
        SpoolFile file = current;
        current = null;
        if (keep) {
            manager.update(List.of(file.withUserHold(true)));
            manager.releaseFile(file.spoolId());
        } else {
            manager.purge(List.of(file));
        }
    }

    @Override
    public int address() {
        return address;
    }

    @Override
    public DeviceType type() {
        return DeviceType.RDR;
    }

    @Override
    public String userid() {
        return userid;
    }

    @Override
    public synchronized String describe() {
        return String.format("RDR %s CL %c %s %s %s READY", VirtualUnitRecordDevice.formatAddress(address),
                spoolClass, continuous ? "CONT" : "NOCONT", hold ? "HOLD" : "NOHOLD", endOfFile ? "EOF" : "NOEOF");
    }

    /** SPOOL READER CLASS c, or '*' for every class. */
    public synchronized void setSpoolClass(char value) {
        spoolClass = value;
    }

    /** SPOOL READER CONT / NOCONT. */
    public synchronized void setContinuous(boolean value) {
        continuous = value;
    }

    /** SPOOL READER HOLD / NOHOLD. */
    public synchronized void setHold(boolean value) {
        hold = value;
    }

    /** SPOOL READER EOF / NOEOF. */
    public synchronized void setEndOfFile(boolean value) {
        endOfFile = value;
    }

    public synchronized char spoolClass() {
        return spoolClass;
    }

    public synchronized boolean continuous() {
        return continuous;
    }

    public synchronized boolean hold() {
        return hold;
    }

    public synchronized boolean endOfFile() {
        return endOfFile;
    }
}
