package vm370.spool.device;

import java.util.ArrayList;
import java.util.List;
import vm370.spool.file.DeviceType;
import vm370.spool.file.RecordBlock;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolAccount;
import vm370.spool.queue.SpoolFull;
import vm370.spool.queue.SpoolManager;

/**
 * A spooled output device (punch or printer): records written go into an open spool file, and CLOSE
 * makes it a file in a user's reader (SPOOL ... TO) or in the system queue (OFF, FOR). The SPOOL
 * settings live here. An open file's records stay in memory until CLOSE commits them all at once
 * (the spool limits bound how many): an early partial write to H2 that a crash interrupted was seen
 * to cost other, committed files in the crash test, and VM/370's warm start dropped open files anyway.
 * @vm370 DMKVSP
 *
 * <p>Guarded by {@code this}: the owning virtual machine writes, CP commands change settings.
 */
public abstract sealed class SpoolWriter implements VirtualUnitRecordDevice permits VirtualPrinter, VirtualPunch, ConsoleSpool {

    private final int address;
    private final String userid;
    private final DeviceType type;
    private final SpoolQueue systemQueue;
    private final SpoolManager manager;
    private final SpoolAccount account;

    private char spoolClass = 'A';
    private boolean continuous;
    private boolean hold;
    private int copies = 1;
    private String toUser;
    private String forUser;
    private String form = "STANDARD";
    private String dist = "";
    private String tag = "";
    private boolean keep;
    private boolean message;

    private int spoolId;
    private int records;
    private final RecordBlock block = new RecordBlock();
    private final List<byte[]> pendingBlocks = new ArrayList<>();

    SpoolWriter(int address, String userid, DeviceType type, SpoolQueue systemQueue, SpoolManager manager) {
        this.address = address;
        this.userid = userid;
        this.type = type;
        this.systemQueue = systemQueue;
        this.manager = manager;
        this.account = manager.account(userid);
    }

    /** The longest record the device takes; longer data is cut, as the real device ignores it. */
    abstract int maxRecordLength();

    /** The command family the device accepts. */
    abstract UnitRecordCommand.Family family();

    /**
     * Writes one record: the CCW command (its carriage control kept with the record) and its data.
     * A full spool writes nothing and says so; the file stays open.
     */
    public synchronized WriteOutcome write(int ccwCode, byte[] data, int offset, int length) {
        UnitRecordCommand command = UnitRecordCommand.parse(family(), ccwCode);
        if (command == null) {
            return WriteOutcome.COMMAND_REJECT;
        }
        if (family() == UnitRecordCommand.Family.PRINTER ? !command.isCarriageOrWrite() : !command.transfersData()) {
            return WriteOutcome.WRITTEN;
        }
        if (spoolId == 0) {
            SpoolFull full = manager.checkNewFile(account);
            spoolId = full == null ? manager.allocateId(account) : 0;
            if (spoolId == 0) {
                return WriteOutcome.of(full == null ? SpoolFull.SYSTEM : full);
            }
        }
        SpoolFull full = manager.chargeRecord(account);
        if (full != null) {
            return WriteOutcome.of(full);
        }
        int count = command.transfersData() ? Math.min(length, maxRecordLength()) : 0;
        if (block.full(count)) {
            pendingBlocks.add(block.toBytes());
            block.clear();
        }
        block.add(command.code(), data, offset, count);
        records++;
        return WriteOutcome.WRITTEN;
    }

    /** Convenience for callers holding a whole record. */
    public WriteOutcome write(UnitRecordCommand command, byte[] record) {
        return write(command.code(), record, 0, record.length);
    }

    /** CLOSE: the open file becomes a closed file in its queue (unless CONT, or PURGE). */
    public synchronized CloseResult close(CloseOptions options) {
        return close(options, continuous);
    }

    /** LOGOFF: the open file is closed even when spooled CONT, as VM/370 closes every spool file at logoff. */
    public synchronized CloseResult closeAtLogoff() {
        return close(CloseOptions.PLAIN, false);
    }

    private CloseResult close(CloseOptions options, boolean stayOpen) {
        if (spoolId == 0) {
            return new CloseResult.NothingOpen();
        }
        if (options.purge() || records == 0) {
            int purged = spoolId;
            manager.abandonOpenFile(spoolId, account, records);
            resetOpenFile();
            return options.purge() ? new CloseResult.Purged(purged) : new CloseResult.NothingOpen();
        }
        if (stayOpen) {
            return new CloseResult.Continued(spoolId);
        }
        boolean held = switch (options.hold()) {
            case AS_SPOOLED -> hold;
            case HOLD -> true;
            case NOHOLD -> false;
        };
        String owner = toUser != null ? toUser : forUser != null ? forUser : userid;
        SpoolQueue queue = toUser != null ? SpoolQueue.READER : systemQueue;
        List<byte[]> lastBlocks = new ArrayList<>(pendingBlocks);
        if (!block.isEmpty()) {
            lastBlocks.add(block.toBytes());
        }
        SpoolFile draft = new SpoolFile(spoolId, owner, userid, queue, type, spoolClass, form,
                options.dist() != null ? options.dist() : dist,
                options.fileName() != null ? options.fileName() : "",
                options.fileType() != null ? options.fileType() : "",
                records, copies, held, false, keep, message, tag, manager.now(), 0);
        // A store failure throws here and leaves the file open as it was, so CLOSE can be tried again.
        SpoolFile file = manager.closeFile(draft, account, lastBlocks);
        resetOpenFile();
        return new CloseResult.Closed(file, closeResponse(file));
    }

    private String closeResponse(SpoolFile file) {
        boolean toReader = file.queue() == SpoolQueue.READER;
        if (!toReader && file.copies() == 1 && !file.userHold()) {
            return "";
        }
        return String.format("%s FILE %04d %s %s COPY %02d %s", type.code(), file.spoolId(),
                toReader ? "TO" : "FOR", file.owner(), file.copies(), file.userHold() ? "HOLD" : "NOHOLD");
    }

    private void resetOpenFile() {
        spoolId = 0;
        records = 0;
        block.clear();
        pendingBlocks.clear();
    }

    /** The spool id of the open file, or 0. */
    public synchronized int openSpoolId() {
        return spoolId;
    }

    @Override
    public int address() {
        return address;
    }

    @Override
    public DeviceType type() {
        return type;
    }

    @Override
    public String userid() {
        return userid;
    }

    @Override
    public synchronized String describe() {
        String addr = VirtualUnitRecordDevice.formatAddress(address);
        return String.format("%s %s CL %c %s %s COPY %02d READY%n     %s %s DIST %s", type.code(), addr,
                spoolClass, continuous ? "CONT" : "NOCONT", hold ? "HOLD" : "NOHOLD", copies, addr, target(), dist);
    }

    /** Where a closed file goes, as QUERY VIRTUAL shows it: {@code TO userid} or {@code FOR userid}. */
    synchronized String target() {
        return toUser != null ? "TO " + toUser : "FOR " + (forUser != null ? forUser : userid);
    }

    /** SPOOL CLASS c. */
    public synchronized void setSpoolClass(char value) {
        spoolClass = value;
    }

    /** SPOOL CONT / NOCONT. */
    public synchronized void setContinuous(boolean value) {
        continuous = value;
    }

    /** SPOOL HOLD / NOHOLD. */
    public synchronized void setHold(boolean value) {
        hold = value;
    }

    /** SPOOL COPY n (1-99). */
    public synchronized void setCopies(int value) {
        if (value < 1 || value > 99) {
            throw new IllegalArgumentException("copies: " + value + " (expected: 1-99)");
        }
        copies = value;
    }

    /** SPOOL TO userid (a reader); null is OFF, the system queue. */
    public synchronized void setTo(String value) {
        toUser = value;
        forUser = null;
    }

    /** SPOOL FOR userid: the system queue, charged to that user. */
    public synchronized void setFor(String value) {
        forUser = value;
        toUser = null;
    }

    /** SPOOL FORM name. */
    public synchronized void setForm(String value) {
        form = value;
    }

    /** SPOOL DIST code (the directory's distribution code by default). */
    public synchronized void setDist(String value) {
        dist = value;
    }

    /** SPOOL KEEP / NOKEEP: files stay in their queue (held) after a real device has printed or punched them. */
    public synchronized void setKeep(boolean value) {
        keep = value;
    }

    /** SPOOL MSG / NOMSG: the origin wants a message when a real device takes the file. */
    public synchronized void setMessage(boolean value) {
        message = value;
    }

    public synchronized boolean keep() {
        return keep;
    }

    public synchronized boolean message() {
        return message;
    }

    /** TAG DEV text: routing text every file closed on this device carries. */
    public synchronized void setTag(String value) {
        tag = value;
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

    public synchronized int copies() {
        return copies;
    }

    /** The TO user, or null. */
    public synchronized String to() {
        return toUser;
    }

    public synchronized String form() {
        return form;
    }

    public synchronized String dist() {
        return dist;
    }

    public synchronized String tag() {
        return tag;
    }
}
