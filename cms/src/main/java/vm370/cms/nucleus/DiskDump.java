package vm370.cms.nucleus;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Optional;
import vm370.cms.fs.FileId;
import vm370.cms.fs.FsCode;
import vm370.cms.fs.FsResult;
import vm370.cms.fs.RecordFormat;
import vm370.cms.fs.RecordReader;
import vm370.cms.fs.RecordWriter;
import vm370.cms.fs.WriteMode;

/**
 * DISK DUMP fn ft fm and DISK LOAD: a file moved through the punch and reader byte for byte, with
 * its record format, length and mode number. Our deck: data cards {@code X'02' CMSN}, a 2-byte
 * count and up to 50 bytes of the file's records (each a 2-byte length and its bytes); a last card
 * {@code X'02' CMSF fn ft fm recfm lrecl}. DISK LOAD takes one such spool file per command.
 * @vm370 DMSDSK
 */
final class DiskDump {

    private static final int DATA = 50;
    private static final byte[] MARK = {0x02, (byte) 0xC3, (byte) 0xD4, (byte) 0xE2};
    private static final byte DATA_CARD = (byte) 0xD5;
    private static final byte FILE_CARD = (byte) 0xC6;

    private DiskDump() {
    }

    /** DISK DUMP fn ft [fm] | DISK LOAD. */
    static int run(CmsSession cms, CommandLine line) {
        String function = line.operand(0, "");
        if (CommandLine.abbreviates(function, "DUMP", 4)) {
            return dump(cms, line);
        }
        if (CommandLine.abbreviates(function, "LOAD", 4)) {
            return load(cms);
        }
        return cms.fail(24, "DMSDSK014E INVALID FUNCTION '" + function + "'");
    }

    private static int dump(CmsSession cms, CommandLine line) {
        if (line.operands().size() < 3) {
            return cms.fail(24, "DMSDSK054E INCOMPLETE FILEID SPECIFIED");
        }
        String fn = line.operands().get(1);
        String ft = line.operands().get(2);
        String mode = line.operand(3, "*");
        Optional<Disks.Found> found = FileIo.validMode(mode) ? cms.disks().find(fn, ft, mode) : Optional.empty();
        if (found.isEmpty()) {
            return cms.fail(28, "DMSDSK002E FILE '" + fn + " " + ft + " " + mode + "' NOT FOUND");
        }
        var file = found.get().file();
        FsResult<RecordReader> opened = found.get().disk().disk().openReader(fn, ft);
        if (!(opened instanceof FsResult.Done<RecordReader>(RecordReader reader))) {
            return cms.fail(100, "DMSDSK104S ERROR READING FILE '" + file.fileId() + "' FROM DISK");
        }
        UnitRecord units = cms.unitRecord();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        byte[] record = new byte[Math.max(1, file.lrecl())];
        for (int i = 0; i < file.records(); i++) {
            if (reader.read(record) != FsCode.OK) {
                return cms.fail(100, "DMSDSK104S ERROR READING FILE '" + file.fileId() + "' FROM DISK");
            }
            stream.write(reader.length() >>> 8);
            stream.write(reader.length());
            stream.write(record, 0, reader.length());
        }
        byte[] all = stream.toByteArray();
        byte[] card = new byte[UnitRecord.CARD];
        for (int at = 0; at < all.length; at += DATA) {
            int n = Math.min(DATA, all.length - at);
            Arrays.fill(card, (byte) 0x40);
            System.arraycopy(MARK, 0, card, 0, 4);
            card[4] = DATA_CARD;
            card[5] = (byte) (n >>> 8);
            card[6] = (byte) n;
            System.arraycopy(all, at, card, 7, n);
            if (!units.punch(card, card.length)) {
                return cms.fail(100, "DMSDSK113S PUNCH (00D) NOT ATTACHED");
            }
        }
        String trailer = String.format("XCMSF%s %s %d %s %d", file.fileName(), file.fileType(), file.modeNumber(),
                file.format().name(), file.lrecl());
        byte[] last = Supervisor.EBCDIC.encode(trailer);
        last[0] = 0x02;
        if (!units.punch(last, last.length)) {
            return cms.fail(100, "DMSDSK113S PUNCH (00D) NOT ATTACHED");
        }
        CpResponse closed = cms.cp(String.format("CLOSE %03X NAME %s %s", UnitRecord.PUNCH, fn, ft));
        closed.lines().forEach(cms.console()::line);
        return closed.returnCode();
    }

    private static int load(CmsSession cms) {
        UnitRecord units = cms.unitRecord();
        if (units.nextFile() == null) {
            return cms.fail(8, "DMSDSK109E NO FILES IN READER");
        }
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        byte[] card = new byte[256];
        String trailer = null;
        int n;
        while ((n = units.readRecord(card)) >= 0) {
            boolean ours = n >= 7 && Arrays.equals(card, 0, 4, MARK, 0, 4);
            if (!ours || trailer != null) {
                trailer = null;
                break;
            }
            if (card[4] == FILE_CARD) {
                trailer = Supervisor.EBCDIC.decode(card, 5, Math.min(n, UnitRecord.CARD) - 5).strip();
            } else {
                stream.write(card, 7, Math.min((card[5] & 0xFF) << 8 | card[6] & 0xFF, DATA));
            }
        }
        while (n >= 0) {
            n = units.readRecord(card);
        }
        if (trailer == null) {
            return cms.fail(32, "DMSDSK078E SPOOL FILE NOT IN DISK DUMP FORMAT");
        }
        return write(cms, trailer.split("\\s+"), stream.toByteArray());
    }

    private static int write(CmsSession cms, String[] id, byte[] data) {
        if (id.length < 5) {
            return cms.fail(32, "DMSDSK078E SPOOL FILE NOT IN DISK DUMP FORMAT");
        }
        CmsResult<AccessedDisk> disk = FileIo.writableDisk(cms, "DMSDSK", "A");
        Optional<FileId> fileId = FileId.parse(id[0], id[1], FileCommands.number(id[2]));
        RecordFormat format = id[3].equals("V") ? RecordFormat.V : RecordFormat.F;
        int lrecl = FileCommands.number(id[4]);
        if (!(disk instanceof CmsResult.Done<AccessedDisk>(AccessedDisk target))) {
            return cms.fail(disk.failure());
        }
        if (fileId.isEmpty() || lrecl < 1) {
            return cms.fail(32, "DMSDSK078E SPOOL FILE NOT IN DISK DUMP FORMAT");
        }
        FsResult<RecordWriter> opened = target.disk().openWriter(fileId.get(), format, lrecl, WriteMode.REPLACE);
        String name = id[0] + " " + id[1] + " A" + id[2];
        if (!(opened instanceof FsResult.Done<RecordWriter>(RecordWriter writer))) {
            return cms.fail(opened.code().commandReturnCode(), FileIo.writeError("DMSDSK", opened.code(), name, 'A'));
        }
        int at = 0;
        while (at + 2 <= data.length) {
            int length = (data[at] & 0xFF) << 8 | data[at + 1] & 0xFF;
            FsCode code = writer.write(data, at + 2, Math.min(length, data.length - at - 2));
            if (code != FsCode.OK) {
                writer.discard();
                return cms.fail(code.commandReturnCode(), FileIo.writeError("DMSDSK", code, name, 'A'));
            }
            at += 2 + length;
        }
        FsCode closed = writer.close();
        return closed == FsCode.OK ? 0 : cms.fail(closed.commandReturnCode(),
                FileIo.writeError("DMSDSK", closed, name, 'A'));
    }
}
