package vm370.cms.fs;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import vm370.s370.storage.BigEndian;
import vm370.s370.text.Ebcdic;

/**
 * One file's FST (file status table entry, 64 bytes on disk, offsets as in cms-edf.md §3.2): its id,
 * record format and length, record and data-block counts, and the root of its pointer tree.
 * The legacy halfwords (FSTDATEW, FSTTIMEW, FSTRECCT, FSTBLKCT, FSTYEARW) are written for old readers.
 *
 * @param records FSTAIC, the number of records
 * @param dataBlocks FSTADBC, data blocks without pointer blocks (null blocks of a sparse file included)
 * @param firstPointer FSTFOP: the only data block (levels 0) or the top pointer block
 * @param levels FSTNLVL, pointer-block levels above the data blocks
 */
public record FileStatus(String fileName, String fileType, char modeLetter, int modeNumber, RecordFormat format,
        int lrecl, int records, int dataBlocks, int firstPointer, int levels, LocalDateTime written) {

    /** FSTFLAGS X'08': FSTADATI is in century 20. */
    static final int CENTURY_20 = 0x08;

    /** The file's id as CMS writes it: {@code fn ft fm}. */
    public String fileId() {
        return fileName + " " + fileType + " " + modeLetter + modeNumber;
    }

    /** The same file as seen under another access letter. */
    public FileStatus withModeLetter(char letter) {
        return new FileStatus(fileName, fileType, letter, modeNumber, format, lrecl, records, dataBlocks,
                firstPointer, levels, written);
    }

    FileStatus renamed(String name, String type, int number) {
        return new FileStatus(name, type, modeLetter, number, format, lrecl, records, dataBlocks, firstPointer,
                levels, written);
    }

    /** Writes the 64-byte FST at {@code at}; {@code blockSize} sizes the legacy 800-byte block count. */
    public void encode(byte[] into, int at, int blockSize) {
        Arrays.fill(into, at, at + DiskLabel.FST_SIZE, (byte) 0);
        System.arraycopy(Ebcdic.CP037.encodePadded(fileName, 8), 0, into, at, 8);
        System.arraycopy(Ebcdic.CP037.encodePadded(fileType, 8), 0, into, at + 8, 8);
        into[at + 16] = EdfDate.bcd(written.getMonthValue());
        into[at + 17] = EdfDate.bcd(written.getDayOfMonth());
        into[at + 18] = EdfDate.bcd(written.getHour());
        into[at + 19] = EdfDate.bcd(written.getMinute());
        into[at + 24] = Ebcdic.CP037.toByte(modeLetter, Ebcdic.SPACE);
        into[at + 25] = (byte) (0xF0 + modeNumber);
        BigEndian.putHalfword(into, at + 26, Math.min(records, 0xFFFF));
        into[at + 30] = format.code();
        into[at + 31] = (byte) (EdfDate.century20(written) ? CENTURY_20 : 0);
        BigEndian.putWord(into, at + 32, lrecl);
        BigEndian.putHalfword(into, at + 36, (int) Math.min(0xFFFF, ((long) dataBlocks * blockSize + 799) / 800));
        int year = written.getYear() % 100;
        into[at + 38] = (byte) (0xF0 + year / 10);
        into[at + 39] = (byte) (0xF0 + year % 10);
        BigEndian.putWord(into, at + 40, firstPointer);
        BigEndian.putWord(into, at + 44, dataBlocks);
        BigEndian.putWord(into, at + 48, records);
        into[at + 52] = (byte) levels;
        into[at + 53] = (byte) format.pointerSize();
        EdfDate.put(into, at + 54, written);
    }

    /** Reads an FST; empty when its record format is neither F nor V (not a usable file). */
    public static Optional<FileStatus> decode(byte[] from, int at) {
        Optional<RecordFormat> format = RecordFormat.ofCode(from[at + 30]);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        int number = (from[at + 25] & 0xFF) - 0xF0;
        return Optional.of(new FileStatus(Ebcdic.CP037.decode(from, at, 8).stripTrailing(),
                Ebcdic.CP037.decode(from, at + 8, 8).stripTrailing(), Ebcdic.CP037.toChar(from[at + 24] & 0xFF),
                number >= 0 && number <= 9 ? number : 1, format.get(), BigEndian.word(from, at + 32),
                BigEndian.word(from, at + 48), BigEndian.word(from, at + 44), BigEndian.word(from, at + 40),
                from[at + 52] & 0xFF, EdfDate.get(from, at + 54, (from[at + 31] & CENTURY_20) != 0)));
    }
}
