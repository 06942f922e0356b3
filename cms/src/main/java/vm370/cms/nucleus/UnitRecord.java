package vm370.cms.nucleus;

import java.util.Arrays;
import vm370.s370.storage.BigEndian;

/**
 * The nucleus's unit-record I/O: cards to the punch (00D) and lines to the printer (00E) by CCWs,
 * spool files read from the reader (00C) record by record with DIAGNOSE 14, and CP's CLOSE.
 * @vm370 DMSPIO, DMSCIO
 */
public final class UnitRecord {

    public static final int READER = 0x00C;
    public static final int PUNCH = 0x00D;
    public static final int PRINTER = 0x00E;
    public static final int CARD = 80;

    /** Printer CCW codes: write then space one line (or not: the next line overprints); space or skip to channel 1 (new page) before writing. */
    public static final int WRITE_SPACE_1 = 0x09;
    public static final int WRITE_NO_SPACE = 0x01;
    public static final int SPACE_1_IMMEDIATE = 0x0B;
    public static final int SPACE_2_IMMEDIATE = 0x13;
    public static final int SPACE_3_IMMEDIATE = 0x1B;
    public static final int SKIP_TO_1_IMMEDIATE = 0x8B;
    public static final int PUNCH_WRITE = 0x01;
    private static final byte SLASH = 0x61;
    private static final byte ASTERISK = 0x5C;
    private static final byte BLANK = 0x40;

    /** The TAG text in DIAGNOSE 14's file header, after the 48 bytes of the file's attributes. */
    private static final int TAG_LENGTH = 136;
    private static final int DIAGNOSE_READ_RECORD = 0x0000;
    private static final int DIAGNOSE_READ_HEADER = 0x0014;
    private static final int DIAGNOSE_SELECT = 0x0FFF;

    /** A reader file's header as DIAGNOSE 14 gives it. */
    public record Header(int spoolId, char spoolClass, String type, int records, String origin, String fileName,
            String fileType, String tag) {
    }

    private final Supervisor supervisor;
    private final byte[] area = new byte[StorageMap.READER_AREA_SIZE];
    private int length;
    /** A batch job's deck is open: reads continue it, and a {@code /*} card is the end of in-stream data. */
    private Header inStream;
    private boolean inStreamEnded;
    private long printed;
    /**
     * The printer's carriage is still on the line an ASA print wrote (ASA spaces before a line, a plain
     * write after it): a plain write then spaces first instead of overprinting that line.
     */
    private boolean onAsaLine;
    private long punched;

    UnitRecord(Supervisor supervisor) {
        this.supervisor = supervisor;
    }

    /** Writes one record with a CCW command; false when the device refused it (not there, spool full). */
    public boolean write(int device, int command, byte[] data, int offset, int count) {
        if (device == PRINTER) {
            printed++;
            if (onAsaLine && command != WRITE_NO_SPACE && !control(PRINTER, SPACE_1_IMMEDIATE)) {
                return false;
            }
            onAsaLine = command == WRITE_NO_SPACE;
        } else if (device == PUNCH) {
            punched++;
        }
        if (count > 0) {
            supervisor.write(StorageMap.UNIT_RECORD_BUFFER, data, offset, count);
        }
        return supervisor.single(device, StorageMap.UNIT_RECORD_CCW, command, StorageMap.UNIT_RECORD_BUFFER,
                Math.max(count, 1)).ok();
    }

    /** Punches a card: the record cut or blank-padded to 80 columns. */
    public boolean punch(byte[] record, int count) {
        byte[] card = new byte[CARD];
        Arrays.fill(card, (byte) 0x40);
        System.arraycopy(record, 0, card, 0, Math.min(count, CARD));
        return write(PUNCH, PUNCH_WRITE, card, 0, CARD);
    }

    /**
     * Prints a line after its ASA carriage control (an EBCDIC byte) is carried out: 1 new page,
     * blank one line, 0 two, - three, + none (the line overprints the one before).
     */
    public boolean printAsa(int asa, byte[] data, int offset, int count) {
        int before = switch (asa & 0xFF) {
            case 0xF1 -> SKIP_TO_1_IMMEDIATE;
            case 0xF0 -> SPACE_2_IMMEDIATE;
            case 0x60 -> SPACE_3_IMMEDIATE;
            case 0x4E -> 0;
            default -> SPACE_1_IMMEDIATE;
        };
        return (before == 0 || control(PRINTER, before)) && write(PRINTER, WRITE_NO_SPACE, data, offset, count);
    }

    /** A control operation without data (a skip or space immediate). */
    public boolean control(int device, int command) {
        if (device == PRINTER) {
            onAsaLine = false;
        }
        return supervisor.single(device, StorageMap.UNIT_RECORD_CCW, command, StorageMap.UNIT_RECORD_BUFFER, 1).ok();
    }

    /** DIAGNOSE 14 X'0014': opens the next reader file and returns its header; null when there is none. */
    public Header nextFile() {
        if (inStream != null) {
            return inStream;
        }
        if (diagnose(DIAGNOSE_READ_HEADER, StorageMap.READER_AREA) != 0) {
            return null;
        }
        supervisor.read(StorageMap.READER_AREA, area, 0, 48 + TAG_LENGTH);
        String type = switch (area[3] & 0xFF) {
            case 0x80 -> "PUN";
            case 0x40 -> "PRT";
            case 0x20 -> "RDR";
            default -> "CON";
        };
        return new Header((area[0] & 0xFF) << 8 | area[1] & 0xFF, Supervisor.EBCDIC.toChar(area[2] & 0xFF), type,
                BigEndian.word(area, 4), text(8), text(16), text(24),
                Supervisor.EBCDIC.decode(area, 48, TAG_LENGTH).strip());
    }

    private String text(int at) {
        return Supervisor.EBCDIC.decode(area, at, 8).strip();
    }

    /** DIAGNOSE 14 X'0FFF': the file with this spool id is read next; false when it is not in the reader. */
    public boolean select(int spoolId) {
        supervisor.machine().setGpr(2, spoolId);
        return diagnoseRegisters(DIAGNOSE_SELECT) == 0;
    }

    /**
     * DIAGNOSE 14 X'0000': the next record of the open file into {@code into} (up to 256 bytes);
     * its length, -1 at the end of the file, -2 when no file is there.
     */
    public int readRecord(byte[] into) {
        int cc = diagnose(DIAGNOSE_READ_RECORD, StorageMap.READER_AREA);
        if (cc != 0) {
            return cc == 1 ? -1 : -2;
        }
        supervisor.read(StorageMap.READER_AREA, area, 0, 4);
        length = (area[2] & 0xFF) << 8 | area[3] & 0xFF;
        supervisor.read(StorageMap.READER_AREA + 4, into, 0, Math.min(length, into.length));
        if (inStream != null && length >= 2 && into[0] == SLASH && into[1] == ASTERISK
                && (length == 2 || into[2] == BLANK)) {
            inStreamEnded = true;
            return -1;
        }
        return length;
    }

    /**
     * Batch: the job deck {@code deck} stays open for the job's commands (READCARD reads on in it,
     * to a {@code /*} card); null ends that.
     */
    void holdInStream(Header deck) {
        this.inStream = deck;
        this.inStreamEnded = false;
    }

    /** True once (then cleared) when a command read in-stream data up to its {@code /*} card. */
    boolean takeInStreamEnd() {
        boolean ended = inStreamEnded;
        inStreamEnded = false;
        return ended;
    }

    /** Lines printed and cards punched so far (a batch job's /SET PRINT and PUNCH limits count them). */
    long printed() {
        return printed;
    }

    long punched() {
        return punched;
    }

    private int diagnose(int subcode, int address) {
        supervisor.machine().setGpr(2, address);
        return diagnoseRegisters(subcode);
    }

    private int diagnoseRegisters(int subcode) {
        supervisor.machine().setGpr(4, READER);
        supervisor.machine().setGpr(5, subcode);
        return supervisor.machine().diagnose(0x14, 2, 4);
    }
}
