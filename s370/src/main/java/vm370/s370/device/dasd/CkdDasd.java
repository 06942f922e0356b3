package vm370.s370.device.dasd;

import java.io.IOException;
import java.nio.channels.NonWritableChannelException;
import java.util.Arrays;
import vm370.s370.channel.Ccw;
import vm370.s370.channel.ChannelPort;
import vm370.s370.channel.UnitStatus;
import vm370.s370.device.BasicDevice;

/**
 * A count-key-data disk (3330, 3350, 3380) on a Hercules CKD image: seek, set file mask, search
 * home address / ID / key (equal, high, equal or high; multitrack), read home address, R0, count,
 * data, key and data, count-key-data and IPL, write data, key and data, CKD, R0, home address,
 * erase, recalibrate, set and read sector, reserve and release (one system: always granted),
 * sense. The device keeps its orientation on the track within a command chain;
 * searches that meet their condition present status modifier so the channel skips the TIC.
 * @see "IBM 3830 Storage Control / 3330 Disk Storage Reference, GA26-1592; IBM 3880 Storage Control Description, GA26-1661"
 */
public final class CkdDasd extends BasicDevice implements DasdVolume {

    /** Sense byte 1. */
    public static final int INVALID_TRACK_FORMAT = 0x40;
    public static final int END_OF_CYLINDER = 0x20;
    public static final int NO_RECORD_FOUND = 0x08;
    public static final int FILE_PROTECTED = 0x04;

    private static final int MULTITRACK = 0x80;

    /** Where the device is on the track: nothing passed since index, home address, or an area of {@link #record}. */
    private enum Area { INDEX, HOME, COUNT, KEY, DATA }

    private final CkdImage image;
    private final CkdTrack track;
    /**
     * Home addresses and count fields on the volume carry real cylinder numbers (as a fresh volume
     * and CP's formatting write them); the guest of a minidisk counts from its own cylinder 0. So
     * search arguments and written IDs are moved up by this much, and IDs read back down, as
     * DMKCCW relocates a minidisk's channel programs.
     */
    private final int relocation;
    private final byte[] identifier = new byte[CkdTrack.COUNT];
    private int cylinder;
    private int head;
    private boolean trackLoaded;
    private Area area = Area.INDEX;
    private int record;
    private int indexPasses;
    private int fileMask;
    private boolean fileMaskSet;
    /** The record a successful search equal or a write left the chain at, for the writes that must follow one. */
    private int writeAnchor = -1;
    private Area anchorArea;

    public CkdDasd(CkdImage image) {
        super(24);
        this.image = image;
        this.track = new CkdTrack(image.trackSize());
        this.relocation = image.firstCylinder();
    }

    @Override
    protected UnitStatus command(Ccw ccw, ChannelPort port) {
        if (!port.chained()) {
            newChain();
        }
        int command = ccw.command();
        boolean multitrack = (command & MULTITRACK) != 0;
        if (multitrack && (fileMask & 0x18) == 0x18) {
            return unitCheck(COMMAND_REJECT, FILE_PROTECTED);
        }
        try {
            return switch (command) {
                case NO_OPERATION -> UnitStatus.END;
                case 0x07, 0x0B, 0x1B -> seek(command, port);
                case 0x13 -> recalibrate();
                case 0x1F -> setFileMask(port);
                case 0x02 -> readIpl(port);
                case 0x1A, 0x9A -> readHomeAddress(port);
                case 0x16, 0x96 -> readRecordZero(port);
                case 0x12, 0x92 -> readCount(port, multitrack);
                case 0x06, 0x86 -> readData(port, multitrack, false);
                case 0x0E, 0x8E -> readData(port, multitrack, true);
                case 0x1E, 0x9E -> readCountKeyData(port, multitrack);
                case 0x39, 0xB9 -> searchHomeAddress(port);
                case 0x31, 0xB1, 0x51, 0xD1, 0x71, 0xF1 -> searchId(port, multitrack, command >>> 5 & 0x03);
                case 0x29, 0xA9, 0x49, 0xC9, 0x69, 0xE9 -> searchKey(port, multitrack, command >>> 5 & 0x03);
                case 0x05 -> writeData(port, false);
                case 0x0D -> writeData(port, true);
                case 0x1D -> writeCountKeyData(port, false);
                case 0x11 -> writeCountKeyData(port, true);
                case 0x15 -> writeRecordZero(port);
                case 0x19 -> writeHomeAddress(port);
                case 0x23 -> setSector(port);
                case 0x22 -> readSector(port);
                case 0xB4, 0x94, 0x14 -> reserveOrRelease(port);
                default -> reject();
            };
        } catch (IOException | NonWritableChannelException e) {
            trackLoaded = false;
            return unitCheck(EQUIPMENT_CHECK, 0);
        }
    }

    private void newChain() {
        fileMask = 0;
        fileMaskSet = false;
        indexPasses = 0;
        area = Area.INDEX;
        writeAnchor = -1;
    }

    private UnitStatus ended(ChannelPort port, UnitStatus status) {
        port.end(status);
        return UnitStatus.NONE;
    }

    // ------------------------------------------------------------ positioning

    private UnitStatus seek(int command, ChannelPort port) throws IOException {
        int seekControl = fileMask & 0x18;
        boolean allowed = switch (command) {
            case 0x07 -> seekControl == 0;
            case 0x0B -> seekControl <= 0x08;
            default -> seekControl <= 0x10;
        };
        if (!allowed) {
            return unitCheck(COMMAND_REJECT, FILE_PROTECTED);
        }
        byte[] address = new byte[6];
        int n = port.read(address, 0, 6);
        int bin = (address[0] & 0xFF) << 8 | address[1] & 0xFF;
        int c = (address[2] & 0xFF) << 8 | address[3] & 0xFF;
        int h = (address[4] & 0xFF) << 8 | address[5] & 0xFF;
        if (n < 6 || bin != 0 || c >= image.cylinders() || h >= image.heads() || (command == 0x1B && c != cylinder)) {
            return ended(port, unitCheck(COMMAND_REJECT, 0));
        }
        moveTo(c, h);
        return ended(port, UnitStatus.END);
    }

    private UnitStatus recalibrate() throws IOException {
        if ((fileMask & 0x18) != 0) {
            return unitCheck(COMMAND_REJECT, FILE_PROTECTED);
        }
        moveTo(0, 0);
        return UnitStatus.END;
    }

    private UnitStatus setFileMask(ChannelPort port) {
        int mask = port.readByte();
        if (fileMaskSet || mask < 0 || (mask & 0x27) != 0) {
            return ended(port, unitCheck(COMMAND_REJECT, 0));
        }
        fileMask = mask;
        fileMaskSet = true;
        return ended(port, UnitStatus.END);
    }

    private void moveTo(int c, int h) throws IOException {
        if (c != cylinder || h != head || !trackLoaded) {
            cylinder = c;
            head = h;
            load();
        }
        area = Area.INDEX;
    }

    private void load() throws IOException {
        trackLoaded = false;
        image.readTrack(cylinder, head, track.image);
        if (!track.index()) {
            throw new IOException("track " + cylinder + "," + head + " is not a valid track image");
        }
        trackLoaded = true;
    }

    private void ensureTrack() throws IOException {
        if (!trackLoaded) {
            load();
        }
    }

    /**
     * The next record whose count area passes under the head, going round the index point (or on
     * to the next track, multitrack) as needed; -1 after setting the sense for no record found or
     * end of cylinder. R0 is passed over from the index point when {@code skipRecordZero}.
     */
    private int nextRecord(boolean multitrack, boolean skipRecordZero) throws IOException {
        ensureTrack();
        int next = switch (area) {
            case INDEX -> skipRecordZero ? 1 : 0;
            case HOME -> 0;
            case COUNT, KEY, DATA -> record + 1;
        };
        while (next >= track.records()) {
            if (multitrack) {
                if (head + 1 >= image.heads()) {
                    unitCheck(0, END_OF_CYLINDER);
                    return -1;
                }
                moveTo(cylinder, head + 1);
                indexPasses = 0;
            } else if (++indexPasses >= 2) {
                unitCheck(0, NO_RECORD_FOUND);
                return -1;
            }
            area = Area.INDEX;
            next = skipRecordZero ? 1 : 0;
        }
        record = next;
        area = Area.COUNT;
        return next;
    }

    /** Set sector: rotational position sensing. There is no rotation here, so only the orientation is lost. */
    private UnitStatus setSector(ChannelPort port) {
        if (port.readByte() < 0) {
            return ended(port, unitCheck(COMMAND_REJECT, 0));
        }
        area = Area.INDEX;
        return ended(port, UnitStatus.END);
    }

    /** Read sector: the sector of the last record processed; every record is at sector 0 here. */
    private UnitStatus readSector(ChannelPort port) {
        port.writeByte(0);
        return ended(port, UnitStatus.END);
    }

    /** Device reserve, release and unconditional reserve: one system owns the drive; the sense bytes are transferred. */
    private UnitStatus reserveOrRelease(ChannelPort port) {
        port.write(sense, 0, sense.length);
        return ended(port, UnitStatus.END);
    }

    // ------------------------------------------------------------ reads

    private UnitStatus readIpl(ChannelPort port) throws IOException {
        moveTo(0, 0);
        if (nextRecord(false, true) < 0) {
            return ended(port, UnitStatus.CHECK);
        }
        return transferData(port, false);
    }

    private UnitStatus readHomeAddress(ChannelPort port) throws IOException {
        ensureTrack();
        area = Area.HOME;
        indexPasses = 0;
        writeIdentifier(port, 0, CkdTrack.HOME_ADDRESS, 1);
        return ended(port, UnitStatus.END);
    }

    private UnitStatus readRecordZero(ChannelPort port) throws IOException {
        ensureTrack();
        area = Area.HOME;
        if (nextRecord(false, false) < 0) {
            return ended(port, UnitStatus.CHECK);
        }
        return transferRecord(port, true);
    }

    private UnitStatus readCount(ChannelPort port, boolean multitrack) throws IOException {
        if (nextRecord(multitrack, true) < 0) {
            return ended(port, UnitStatus.CHECK);
        }
        writeIdentifier(port, track.countOffset(record), CkdTrack.COUNT, 0);
        return ended(port, UnitStatus.END);
    }

    private UnitStatus readData(ChannelPort port, boolean multitrack, boolean withKey) throws IOException {
        boolean oriented = area == Area.COUNT || (area == Area.KEY && !withKey);
        if (!oriented && nextRecord(multitrack, true) < 0) {
            return ended(port, UnitStatus.CHECK);
        }
        return transferData(port, withKey);
    }

    private UnitStatus readCountKeyData(ChannelPort port, boolean multitrack) throws IOException {
        if (nextRecord(multitrack, true) < 0) {
            return ended(port, UnitStatus.CHECK);
        }
        return transferRecord(port, true);
    }

    private UnitStatus transferData(ChannelPort port, boolean withKey) {
        int from = withKey ? track.keyOffset(record) : track.dataOffset(record);
        port.write(track.image, from, track.dataOffset(record) + track.dataLength(record) - from);
        area = Area.DATA;
        indexPasses = 0;
        return ended(port, UnitStatus.END);
    }

    private UnitStatus transferRecord(ChannelPort port, boolean withCount) {
        if (withCount) {
            writeIdentifier(port, track.countOffset(record), CkdTrack.COUNT, 0);
        }
        int from = track.keyOffset(record);
        port.write(track.image, from, track.dataOffset(record) + track.dataLength(record) - from);
        area = Area.DATA;
        indexPasses = 0;
        return ended(port, UnitStatus.END);
    }

    // ------------------------------------------------------------ searches

    private UnitStatus searchHomeAddress(ChannelPort port) throws IOException {
        ensureTrack();
        area = Area.HOME;
        return searchResult(port, compareIdentifier(port, 1, 4), 0, Area.HOME);
    }

    /** Search ID: condition 1 equal, 2 high, 3 equal or high (bits 1-2 of the command). */
    private UnitStatus searchId(ChannelPort port, boolean multitrack, int condition) throws IOException {
        if (nextRecord(multitrack, false) < 0) {
            return ended(port, UnitStatus.CHECK);
        }
        return searchResult(port, compareIdentifier(port, track.countOffset(record), 5), condition, Area.COUNT);
    }

    private UnitStatus searchKey(ChannelPort port, boolean multitrack, int condition) throws IOException {
        if (area != Area.COUNT || track.keyLength(record) == 0) {
            do {
                if (nextRecord(multitrack, true) < 0) {
                    return ended(port, UnitStatus.CHECK);
                }
            } while (track.keyLength(record) == 0);
        }
        area = Area.KEY;
        return searchResult(port, compare(port, track.keyOffset(record), track.keyLength(record)), condition, Area.KEY);
    }

    /** Compares the track field with the search argument from storage: negative, zero or positive as field &lt;, =, &gt; argument. */
    private int compare(ChannelPort port, int offset, int length) {
        byte[] argument = new byte[length];
        port.read(argument, 0, length);
        return Arrays.compareUnsigned(track.image, offset, offset + length, argument, 0, length);
    }

    /** {@link #compare} for an argument that starts with a cylinder number (CCHH, CCHHR): relocated first. */
    private int compareIdentifier(ChannelPort port, int offset, int length) {
        port.read(identifier, 0, length);
        Arrays.fill(identifier, length, identifier.length, (byte) 0);
        relocate(identifier, 0, relocation);
        return Arrays.compareUnsigned(track.image, offset, offset + length, identifier, 0, length);
    }

    /** Sends a home address or count field to the guest with its cylinder number (at {@code cylinderAt}) made the guest's. */
    private void writeIdentifier(ChannelPort port, int offset, int length, int cylinderAt) {
        System.arraycopy(track.image, offset, identifier, 0, length);
        relocate(identifier, cylinderAt, -relocation);
        port.write(identifier, 0, length);
    }

    /** Adds {@code by} to the two-byte cylinder number at {@code at}. */
    private static void relocate(byte[] field, int at, int by) {
        int cylinder = ((field[at] & 0xFF) << 8 | field[at + 1] & 0xFF) + by;
        field[at] = (byte) (cylinder >>> 8);
        field[at + 1] = (byte) cylinder;
    }

    private UnitStatus searchResult(ChannelPort port, int comparison, int condition, Area at) {
        boolean met = switch (condition) {
            case 2 -> comparison > 0;
            case 3 -> comparison >= 0;
            default -> comparison == 0;
        };
        if (met) {
            indexPasses = 0;
            if (comparison == 0) {
                writeAnchor = at == Area.HOME ? -1 : record;
                anchorArea = at;
            }
        }
        return ended(port, met ? UnitStatus.MODIFIED_END : UnitStatus.END);
    }

    // ------------------------------------------------------------ writes

    /** The write bits of the file mask; a read-only image (a minidisk linked R) inhibits every write. */
    private int writeMode() {
        return image.readOnly() ? 0x40 : fileMask & 0xC0;
    }

    /** Write data, write key and data: update the record a search equal just found. */
    private UnitStatus writeData(ChannelPort port, boolean withKey) throws IOException {
        if (writeMode() == 0x40) {
            return unitCheck(COMMAND_REJECT, FILE_PROTECTED);
        }
        if (writeAnchor < 0 || area != anchorArea || record != writeAnchor || (withKey && anchorArea != Area.COUNT)) {
            return unitCheck(COMMAND_REJECT, 0);
        }
        int from = withKey ? track.keyOffset(record) : track.dataOffset(record);
        int length = track.dataOffset(record) + track.dataLength(record) - from;
        int n = port.read(track.image, from, length);
        Arrays.fill(track.image, from + n, from + length, (byte) 0);
        image.writeTrack(cylinder, head, track.image);
        area = Area.DATA;
        writeAnchor = -1;
        indexPasses = 0;
        return ended(port, UnitStatus.END);
    }

    /** Write CKD (or erase): a new record after the one the chain is at; everything after it on the track goes. */
    private UnitStatus writeCountKeyData(ChannelPort port, boolean erase) throws IOException {
        int mode = writeMode();
        if (mode == 0x40 || mode == 0x80) {
            return unitCheck(COMMAND_REJECT, FILE_PROTECTED);
        }
        boolean afterRecord = writeAnchor >= 0 && record == writeAnchor && (area == anchorArea || area == Area.DATA);
        if (!afterRecord) {
            return unitCheck(COMMAND_REJECT, 0);
        }
        track.truncate(record + 1);
        if (!recordFromChannel(port, !erase)) {
            return ended(port, unitCheck(0, INVALID_TRACK_FORMAT));
        }
        if (!erase) {
            record++;
        }
        image.writeTrack(cylinder, head, track.image);
        area = Area.DATA;
        writeAnchor = record;
        anchorArea = Area.DATA;
        return ended(port, UnitStatus.END);
    }

    /**
     * Reads a record's count, key and data from the channel and appends it to the track when asked (an
     * erase only takes them in); false, with the track reloaded as it was, when it does not fit.
     */
    private boolean recordFromChannel(ChannelPort port, boolean append) throws IOException {
        byte[] count = new byte[CkdTrack.COUNT];
        port.read(count, 0, CkdTrack.COUNT);
        relocate(count, 0, relocation);
        int keyLength = count[5] & 0xFF;
        int dataLength = (count[6] & 0xFF) << 8 | count[7] & 0xFF;
        byte[] keyAndData = new byte[keyLength + dataLength];
        port.read(keyAndData, 0, keyAndData.length);
        if (!append || track.append(count, keyAndData, keyLength,
                Arrays.copyOfRange(keyAndData, keyLength, keyAndData.length), dataLength)) {
            return true;
        }
        load();
        return false;
    }

    /** Write R0: after search home address equal or read home address; erases the rest of the track. */
    private UnitStatus writeRecordZero(ChannelPort port) throws IOException {
        if (writeMode() != 0xC0) {
            return unitCheck(COMMAND_REJECT, FILE_PROTECTED);
        }
        if (area != Area.HOME) {
            return unitCheck(COMMAND_REJECT, 0);
        }
        track.truncate(0);
        if (!recordFromChannel(port, true)) {
            return ended(port, unitCheck(0, INVALID_TRACK_FORMAT));
        }
        image.writeTrack(cylinder, head, track.image);
        record = 0;
        area = Area.DATA;
        writeAnchor = 0;
        anchorArea = Area.DATA;
        return ended(port, UnitStatus.END);
    }

    /** Write home address: rewrites the flag and CCHH, erasing the track. */
    private UnitStatus writeHomeAddress(ChannelPort port) throws IOException {
        if (writeMode() != 0xC0) {
            return unitCheck(COMMAND_REJECT, FILE_PROTECTED);
        }
        ensureTrack();
        byte[] home = new byte[CkdTrack.HOME_ADDRESS];
        port.read(home, 0, home.length);
        relocate(home, 1, relocation);
        System.arraycopy(home, 0, track.image, 0, home.length);
        track.truncate(0);
        image.writeTrack(cylinder, head, track.image);
        area = Area.HOME;
        return ended(port, UnitStatus.END);
    }

    // ------------------------------------------------------------ the rest

    @Override
    public DasdGeometry geometry() {
        return image.geometry();
    }

    /** True when writes are refused (file protected): a read-only minidisk link. */
    public boolean readOnly() {
        return image.readOnly();
    }

    /** Cylinders on this volume (the image's, which may be fewer than a full pack). */
    public int cylinders() {
        return image.cylinders();
    }

    @Override
    public void reset() {
        super.reset();
        newChain();
    }

    @Override
    public String describe() {
        return String.format("%s CKD, %d cylinders, at %d,%d", image.geometry().typeName(), image.cylinders(), cylinder, head);
    }

    @Override
    public void close() throws IOException {
        image.close();
    }
}
