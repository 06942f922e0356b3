package vm370.rscs.spool;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vm370.cp.guest.GuestMachine;
import vm370.s370.text.Ebcdic;

/**
 * RSCS's spool devices: it reads the files users sent it from its reader (00C) with DIAGNOSE 14,
 * and writes files for users through its punch (00D) and printer (00E) with channel programs,
 * after {@code SPOOL ... TO user} and {@code TAG DEV}, ending each with CLOSE: so every file it
 * handles is a spool file of CP's, durable from CLOSE on.
 * @vm370 DMTAXS
 */
public final class SpoolAccess {

    public static final int READER = 0x00C;
    public static final int PUNCH = 0x00D;
    public static final int PRINTER = 0x00E;

    private static final Ebcdic EBCDIC = Ebcdic.CP037;
    private static final int CHAIN = 0x40;
    private static final int SUPPRESS_LENGTH = 0x20;
    private static final int CCWS_PER_PROGRAM = 64;
    private static final int RECORD_AREA = 256;
    private static final Pattern CLOSED = Pattern.compile("(?:PUN|PRT) FILE (\\d+) TO");

    /** What writing a file to a user came to. */
    public sealed interface Delivery {
        record Spooled(int spoolId) implements Delivery { }

        /** CP refused: the user does not exist, or the spool is full. */
        record Refused(String reason) implements Delivery { }
    }

    private final GuestMachine machine;
    private final CpServices cp;
    private final byte[] header = new byte[192];
    private final byte[] record = new byte[4 + RECORD_AREA];
    private final byte[] program = new byte[8 * CCWS_PER_PROGRAM];

    public SpoolAccess(CpServices cp) {
        this.cp = cp;
        this.machine = cp.machine();
    }

    /**
     * Readies the reader: files stay (held) after RSCS read them, until the next node has them;
     * files left held by an earlier run are released to be sent again.
     */
    public void start() {
        cp.cp("SPOOL " + hex(READER) + " HOLD NOCONT");
        cp.cp("CHANGE RDR ALL NOHOLD");
    }

    /** The next file waiting in the reader, opened for {@link #readRecords}. */
    public Optional<ReaderFile> nextFile() {
        machine.setGpr(2, StorageMap.READER_HEADER);
        machine.setGpr(4, READER);
        machine.setGpr(5, 0x0014);
        if (machine.diagnose(0x14, 2, 4) != 0) {
            return Optional.empty();
        }
        machine.read(StorageMap.READER_HEADER, header, 0, header.length);
        char cls = EBCDIC.toChar(header[2] & 0xFF);
        int records = (header[4] & 0xFF) << 24 | (header[5] & 0xFF) << 16 | (header[6] & 0xFF) << 8 | header[7] & 0xFF;
        return Optional.of(new ReaderFile((header[0] & 0xFF) << 8 | header[1] & 0xFF, cls, (header[3] & 0xFF) != 0x40,
                records, field(8, 8), field(16, 8), field(24, 8), field(32, 8), field(40, 8), field(48, 136)));
    }

    /** The records of the file {@link #nextFile} opened: each its CCW command code, then its data. */
    public List<byte[]> readRecords(int expected) {
        List<byte[]> records = new ArrayList<>(Math.max(16, expected));
        machine.setGpr(2, StorageMap.READER_RECORD);
        while (true) {
            machine.setGpr(4, READER);
            machine.setGpr(5, 0);
            if (machine.diagnose(0x14, 2, 4) != 0) {
                return records;
            }
            machine.read(StorageMap.READER_RECORD, record, 0, 4);
            int length = Math.min((record[2] & 0xFF) << 8 | record[3] & 0xFF, RECORD_AREA);
            byte[] r = new byte[1 + length];
            r[0] = record[0];
            machine.read(StorageMap.READER_RECORD + 4, r, 1, length);
            records.add(r);
        }
    }

    /** Purges a file RSCS is done with (the next node has it, or it went back to its sender). */
    public void purge(int spoolId) {
        purge(List.of(spoolId));
    }

    /** Purges files RSCS is done with, as few PURGE commands as their ids fit in. */
    public void purge(List<Integer> spoolIds) {
        StringBuilder command = new StringBuilder("PURGE RDR");
        for (int id : spoolIds) {
            if (command.length() + 5 > 120) {
                cp.cp(command.toString());
                command.setLength("PURGE RDR".length());
            }
            command.append(String.format(" %04d", id));
        }
        cp.cp(command.toString());
    }

    /** Lets a file RSCS read and left held be read again (its link can take it now). */
    public void release(int spoolId) {
        cp.cp(String.format("CHANGE RDR %04d NOHOLD", spoolId));
    }

    /** Gives a reader file back to a local user (an undeliverable file returns to its sender). */
    public boolean transfer(int spoolId, String userid) {
        cp.cp(String.format("CHANGE RDR %04d NOHOLD", spoolId));
        return cp.cp(String.format("TRANSFER RDR %04d TO %s", spoolId, userid)).returnCode() == 0;
    }

    /**
     * Writes a file into {@code userid}'s reader: SPOOL the punch (or printer) TO the user, TAG it,
     * write the records, CLOSE with the file's name. The file is durable when this returns Spooled.
     */
    public Delivery write(String userid, boolean punch, char spoolClass, String tag, String fileName, String fileType,
                          String dist, List<byte[]> records) {
        int device = punch ? PUNCH : PRINTER;
        String address = hex(device);
        CpServices.Response spooled = cp.cp("SPOOL " + address + " TO " + userid + " CLASS " + spoolClass + " NOHOLD");
        if (spooled.returnCode() != 0) {
            return new Delivery.Refused(spooled.lines().isEmpty() ? "RC " + spooled.returnCode() : spooled.lines().getFirst());
        }
        cp.cp("TAG DEV " + address + " " + tag);
        String failure = writeRecords(device, punch, records);
        if (failure != null) {
            cp.cp("CLOSE " + address + " PURGE");
            return new Delivery.Refused(failure);
        }
        String name = (fileName.isEmpty() ? "" : " NAME " + fileName + (fileType.isEmpty() ? "" : " " + fileType))
                + (dist.isEmpty() ? "" : " DIST " + dist);
        CpServices.Response closed = cp.cp("CLOSE " + address + name);
        for (String line : closed.lines()) {
            Matcher m = CLOSED.matcher(line);
            if (m.find()) {
                return new Delivery.Spooled(Integer.parseInt(m.group(1)));
            }
        }
        return closed.returnCode() == 0 ? new Delivery.Spooled(0) : new Delivery.Refused(String.join(" ", closed.lines()));
    }

    /** Channel programs of up to 64 chained writes; null when all went, else why not. */
    private String writeRecords(int device, boolean punch, List<byte[]> records) {
        for (int first = 0; first < records.size(); first += CCWS_PER_PROGRAM) {
            int count = Math.min(CCWS_PER_PROGRAM, records.size() - first);
            for (int i = 0; i < count; i++) {
                byte[] r = records.get(first + i);
                int length = Math.min(r.length - 1, RECORD_AREA);
                int data = StorageMap.CARDS + i * RECORD_AREA;
                machine.write(data, r, 1, length);
                int command = punch ? 0x01 : r[0] & 0xFF;
                byte[] ccw = CpServices.ccw(command, data, (i + 1 < count ? CHAIN : 0) | SUPPRESS_LENGTH, Math.max(1, length));
                System.arraycopy(ccw, 0, program, 8 * i, 8);
            }
            machine.write(StorageMap.CHANNEL_PROGRAM, program, 0, 8 * count);
            if (machine.startIo(device, StorageMap.CHANNEL_PROGRAM) != 0 || machine.awaitStatus(device) != 1) {
                return "DEVICE " + hex(device) + " NOT OPERATIONAL";
            }
            byte[] csw = new byte[8];
            machine.read(StorageMap.CSW, csw, 0, 8);
            if ((csw[4] & 0x02) != 0) {
                return "SPOOL SPACE FULL";
            }
        }
        return null;
    }

    private String field(int at, int width) {
        return EBCDIC.decode(header, at, width).strip();
    }

    private static String hex(int address) {
        return String.format("%03X", address);
    }
}
