package vm370.cp.privileged;

import java.util.Locale;
import java.util.Optional;
import vm370.cp.vio.SpooledReader;
import vm370.cp.vm.VirtualMachine;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.ProgramInterruption;
import vm370.s370.cpu.ProgramInterruptionCode;
import vm370.s370.storage.BigEndian;
import vm370.s370.text.Ebcdic;
import vm370.spool.device.VirtualReader;
import vm370.spool.file.SpoolFile;
import vm370.spool.file.SpoolQueue;
import vm370.spool.queue.SpoolManager;

/**
 * DIAGNOSE 14 (input spool file manipulation: a program reads its reader's files record by record
 * with each file's header, as RSCS and CMS READCARD/RDRLIST need). DIAGNOSE 14's register use follows VM/370's (SPG: Ry the virtual reader,
 * R(y+1) the subcode, condition codes 0 done, 1 end of file, 2 nothing there, 3 not a reader) but
 * it moves one record or one header per call in our layout rather than VM/370's 4K spool buffers
 * and SFBLOK.
 * @vm370 DMKHVC, DMKDRD
 */
final class MessageAndSpoolDiagnoses {

    private static final Ebcdic EBCDIC = Ebcdic.CP037;
    /** DIAGNOSE 14 subcodes. */
    private static final int READ_RECORD = 0x0000;
    private static final int READ_FILE_HEADER = 0x0014;
    private static final int SELECT_FILE = 0x0FFF;
    /** The header DIAGNOSE 14 X'0014' stores. */
    static final int HEADER_LENGTH = 192;

    private final VirtualMachine machine;
    private final SpoolManager spool;
    private final byte[] record = new byte[256];

    MessageAndSpoolDiagnoses(VirtualMachine machine, SpoolManager spool) {
        this.machine = machine;
        this.spool = spool;
    }

    /**
     * DIAGNOSE 14. Ry: the virtual reader's address; R(y+1): the subcode.
     * <ul>
     * <li>X'0000' read the next record of the file being read (the next eligible file is opened
     *   first when none is) into the area at Rx: +0 the CCW command code it was written with, +1
     *   zero, +2 its length (2 bytes), +4 the data (at most 256 bytes). cc 0 stored, cc 1 the file
     *   ended (it is gone from the reader, or held as the reader is spooled), cc 2 no file to read.
     * <li>X'0014' open the next file (as the reader's class allows) and store its header at Rx:
     *   +0 spool id (2), +2 class (1, EBCDIC), +3 type (1: X'80' PUN, X'40' PRT, X'20' RDR, X'10' CON),
     *   +4 records (4), +8 origin userid, +16 file name, +24 file type, +32 distribution code,
     *   +40 form (8 each, EBCDIC), +48 the TAG text (136, blank-padded), {@value #HEADER_LENGTH} bytes
     *   with the reserved end. cc 0 stored, cc 2 no file.
     * <li>X'0FFF' make the file whose spool id is in Rx the one read next. cc 0, or cc 2 not there.
     * </ul>
     * cc 3 when Ry is not a reader. Another subcode is a specification exception.
     */
    void spoolFile(Cpu cpu, int rx, int ry) {
        int subcode = cpu.gpr[(ry + 1) & 15];
        if (subcode != READ_RECORD && subcode != READ_FILE_HEADER && subcode != SELECT_FILE) {
            throw new ProgramInterruption(ProgramInterruptionCode.SPECIFICATION);
        }
        int address = cpu.gpr[ry];
        if (address < 0 || address > 0xFFFF || !(machine.channel().device(address) instanceof SpooledReader device)) {
            cpu.setConditionCode(3);
            return;
        }
        VirtualReader reader = device.spool();
        int cc = switch (subcode) {
            case READ_RECORD -> readRecord(cpu, cpu.gpr[rx] & 0xFFFFFF, reader);
            case READ_FILE_HEADER -> readHeader(cpu, cpu.gpr[rx] & 0xFFFFFF, reader);
            default -> reader.select(cpu.gpr[rx]) ? 0 : 2;
        };
        if (cc == 2 && subcode == READ_FILE_HEADER) {
            device.awaitFile();
        }
        cpu.setConditionCode(cc);
    }

    private int readRecord(Cpu cpu, int area, VirtualReader reader) {
        cpu.checkAccess(area, 4 + record.length, true);
        boolean open = reader.currentFile() != null;
        return switch (reader.read(record, 0, record.length)) {
            case RECORD -> {
                int length = reader.recordLength();
                byte[] out = new byte[4 + length];
                out[0] = (byte) reader.recordOperation();
                out[2] = (byte) (length >>> 8);
                out[3] = (byte) length;
                System.arraycopy(record, 0, out, 4, length);
                cpu.storeBytes(area, out, 0, out.length);
                yield 0;
            }
            case END_OF_FILE -> 1;
            case NOT_READY -> open ? 1 : 2;
        };
    }

    private int readHeader(Cpu cpu, int area, VirtualReader reader) {
        cpu.checkAccess(area, HEADER_LENGTH, true);
        char wanted = reader.spoolClass();
        Optional<SpoolFile> next = spool.files(f -> f.queue() == SpoolQueue.READER && f.owner().equals(machine.userid())
                        && !f.held() && !spool.inUse(f.spoolId()) && (wanted == '*' || f.spoolClass() == wanted))
                .stream().min(java.util.Comparator.comparingLong(SpoolFile::sequence));
        if (next.isEmpty() || !reader.select(next.get().spoolId())) {
            return 2;
        }
        SpoolFile file = next.get();
        byte[] header = new byte[HEADER_LENGTH];
        header[0] = (byte) (file.spoolId() >>> 8);
        header[1] = (byte) file.spoolId();
        header[2] = EBCDIC.encode(String.valueOf(file.spoolClass()))[0];
        header[3] = (byte) switch (file.deviceType()) {
            case PUN -> 0x80;
            case PRT -> 0x40;
            case RDR -> 0x20;
            case CON -> 0x10;
        };
        BigEndian.putWord(header, 4, file.records());
        String[] names = {file.origin(), file.fileName(), file.fileType(), file.dist(), file.form()};
        for (int i = 0; i < names.length; i++) {
            System.arraycopy(EBCDIC.encodePadded(text(names[i], 8), 8), 0, header, 8 + 8 * i, 8);
        }
        System.arraycopy(EBCDIC.encodePadded(text(file.tag(), SpoolFile.MAX_TAG), SpoolFile.MAX_TAG), 0, header, 48, SpoolFile.MAX_TAG);
        cpu.storeBytes(area, header, 0, header.length);
        return 0;
    }

    private static String text(String value, int length) {
        String v = value == null ? "" : value.toUpperCase(Locale.ROOT);
        return v.length() > length ? v.substring(0, length) : v;
    }
}
