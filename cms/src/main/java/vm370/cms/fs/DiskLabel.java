package vm370.cms.fs;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;
import vm370.s370.storage.BigEndian;
import vm370.s370.text.Ebcdic;

/**
 * The 80-byte CMS1 label of an EDF disk (ADT fields, offsets as in cms-edf.md §3.1), block 3 on CKD
 * and byte 512 on FBA. Integers are big-endian, ADTDCRED is BCD with the century in ADTFLGL X'01'.
 *
 * @param directoryOrigin ADTDOP, the block of the first directory data block: 4 or 5, alternating at
 *     each commit so that the directory being replaced is never overwritten
 * @param allocationHintBlock ADTAMNB, the allocation-map data block holding the first free bit
 * @param allocationHintDisplacement ADTAMND, that byte's displacement in that block
 */
public record DiskLabel(String volser, int version, int blockSize, int directoryOrigin, int cylinders,
        int maxCylinders, int blocks, int blocksUsed, LocalDateTime created, int reservedOffset,
        int allocationHintBlock, int allocationHintDisplacement, int allocationHintUser, int openFileCount,
        String sharedSegment) {

    /** Bytes in the label; the rest of its block is unused. */
    public static final int SIZE = 80;
    /** ADTFSTSZ: bytes in one FST. */
    public static final int FST_SIZE = 64;
    private static final byte[] IDENT = {(byte) 0xC3, (byte) 0xD4, (byte) 0xE2, (byte) 0xF1};

    /** ADTNFST: FSTs per directory block. */
    public int fstsPerBlock() {
        return blockSize / FST_SIZE;
    }

    /** Writes the label's 80 bytes at {@code at}. */
    public void encode(byte[] into, int at) {
        Arrays.fill(into, at, at + SIZE, (byte) 0);
        System.arraycopy(IDENT, 0, into, at, 4);
        System.arraycopy(Ebcdic.CP037.encodePadded(volser, 6), 0, into, at + 4, 6);
        BigEndian.putHalfword(into, at + 10, version);
        BigEndian.putWord(into, at + 12, blockSize);
        BigEndian.putWord(into, at + 16, directoryOrigin);
        BigEndian.putWord(into, at + 20, cylinders);
        BigEndian.putWord(into, at + 24, maxCylinders);
        BigEndian.putWord(into, at + 28, blocks);
        BigEndian.putWord(into, at + 32, blocksUsed);
        BigEndian.putWord(into, at + 36, FST_SIZE);
        BigEndian.putWord(into, at + 40, fstsPerBlock());
        EdfDate.put(into, at + 44, created);
        into[at + 50] = (byte) (EdfDate.century20(created) ? 0x01 : 0x00);
        BigEndian.putWord(into, at + 52, reservedOffset);
        BigEndian.putWord(into, at + 56, allocationHintBlock);
        BigEndian.putWord(into, at + 60, allocationHintDisplacement);
        BigEndian.putWord(into, at + 64, allocationHintUser);
        BigEndian.putWord(into, at + 68, openFileCount);
        if (!sharedSegment.isEmpty()) {
            System.arraycopy(Ebcdic.CP037.encodePadded(sharedSegment, 8), 0, into, at + 72, 8);
        }
    }

    /** Reads a label; empty unless the bytes start with EBCDIC CMS1. */
    public static Optional<DiskLabel> decode(byte[] from, int at) {
        for (int i = 0; i < 4; i++) {
            if (from[at + i] != IDENT[i]) {
                return Optional.empty();
            }
        }
        String segment = from[at + 72] == 0 ? "" : Ebcdic.CP037.decode(from, at + 72, 8).stripTrailing();
        return Optional.of(new DiskLabel(Ebcdic.CP037.decode(from, at + 4, 6).stripTrailing(),
                BigEndian.halfword(from, at + 10), BigEndian.word(from, at + 12), BigEndian.word(from, at + 16),
                BigEndian.word(from, at + 20), BigEndian.word(from, at + 24), BigEndian.word(from, at + 28),
                BigEndian.word(from, at + 32), EdfDate.get(from, at + 44, (from[at + 50] & 0x01) != 0),
                BigEndian.word(from, at + 52), BigEndian.word(from, at + 56), BigEndian.word(from, at + 60),
                BigEndian.word(from, at + 64), BigEndian.word(from, at + 68), segment));
    }

    /** ADTDBSIZ of a CMS1 label, when it is one of the four block sizes. */
    static OptionalInt peekBlockSize(byte[] from, int at) {
        Optional<DiskLabel> label = decode(from, at);
        return label.isPresent() && BlockSizes.valid(label.get().blockSize())
                ? OptionalInt.of(label.get().blockSize()) : OptionalInt.empty();
    }

    DiskLabel withCommit(int origin, int used, int hintBlock, int hintDisplacement) {
        return new DiskLabel(volser, version, blockSize, origin, cylinders, maxCylinders, blocks, used, created,
                reservedOffset, hintBlock, hintDisplacement, allocationHintUser, openFileCount, sharedSegment);
    }
}
