package vm370.s370.dat;

import vm370.s370.storage.MainStorage;

/**
 * Dynamic address translation of one CPU: turns a 24-bit logical address into a real address by
 * the segment table that control register 1 designates and the page table its entry designates,
 * with the page and segment sizes of control register 0. The CPU's translation-lookaside buffer
 * sits in front of this; LOAD REAL ADDRESS uses it directly. No allocation: each call leaves its
 * outcome in this object's fields. Owned by the CPU's thread.
 * @see <a href="https://bitsavers.org/pdf/ibm/370/princOps/">GA22-7000, "Dynamic Address Translation"</a>
 */
public final class Translator {

    /** How the last translation ended. */
    public enum Outcome {
        TRANSLATED,
        /** Segment index beyond the segment-table length (LRA condition code 3). */
        SEGMENT_LENGTH,
        /** Segment-table entry marked invalid (LRA condition code 1). */
        SEGMENT_INVALID,
        /** Page index beyond the page-table length (LRA condition code 3). */
        PAGE_LENGTH,
        /** Page-table entry marked invalid (LRA condition code 2). */
        PAGE_INVALID,
        /** CR0 page or segment size invalid, or a table entry with bits that must be zero. */
        SPECIFICATION,
        /** A table entry lies outside installed storage. */
        ADDRESSING
    }

    /** Translates a real address to an absolute one (the CPU's prefixing). */
    @FunctionalInterface
    public interface Prefixing {
        int absolute(int real);
    }

    private final MainStorage storage;
    private final Prefixing prefixing;

    private Outcome outcome = Outcome.TRANSLATED;
    private int realAddress;
    private int entryAddress;
    private int pageSize;

    public Translator(MainStorage storage, Prefixing prefixing) {
        this.storage = storage;
        this.prefixing = prefixing;
    }

    /** How the last {@link #translate} ended. */
    public Outcome outcome() {
        return outcome;
    }

    /** The real address the last translation produced. */
    public int realAddress() {
        return realAddress;
    }

    /** The real address of the last segment- or page-table entry looked at (what LRA loads when it fails). */
    public int entryAddress() {
        return entryAddress;
    }

    /** The page size of the last translation: 2048 or 4096 (0 when CR0 was invalid). */
    public int pageSize() {
        return pageSize;
    }

    /** Translates {@code address} with these control registers; returns true when it succeeded. */
    public boolean translate(int cr0, int cr1, int address) {
        address &= 0xFFFFFF;
        int pageBits = cr0 >>> 22 & 3;
        int segmentBits = cr0 >>> 19 & 3;
        boolean bit10 = (cr0 & 1 << 21) != 0;
        if (pageBits == 0 || pageBits == 3 || bit10 || (segmentBits & 1) != 0) {
            pageSize = 0;
            return fail(Outcome.SPECIFICATION);
        }
        boolean smallPages = pageBits == 1;
        boolean largeSegments = segmentBits == 2;
        pageSize = smallPages ? 2048 : 4096;
        int segmentShift = largeSegments ? 20 : 16;
        int pageShift = smallPages ? 11 : 12;
        int segmentIndex = address >>> segmentShift;
        int pageIndex = (address & ((1 << segmentShift) - 1)) >>> pageShift;
        int pageIndexBits = segmentShift - pageShift;

        int segmentTable = cr1 & 0x00FFFFC0;
        entryAddress = segmentTable + segmentIndex * 4 & 0xFFFFFF;
        if (segmentIndex >>> 4 > (cr1 >>> 24)) {
            return fail(Outcome.SEGMENT_LENGTH);
        }
        int ste = readEntry(entryAddress, 4);
        if (outcome == Outcome.ADDRESSING) {
            return false;
        }
        if ((ste & 1) != 0) {
            return fail(Outcome.SEGMENT_INVALID);
        }
        if ((ste & 0x0F000000) != 0) {
            return fail(Outcome.SPECIFICATION);
        }
        int pageTable = ste & 0x00FFFFF8;
        entryAddress = pageTable + pageIndex * 2 & 0xFFFFFF;
        if (pageIndex >>> (pageIndexBits - 4) > (ste >>> 28)) {
            return fail(Outcome.PAGE_LENGTH);
        }
        int pte = readEntry(entryAddress, 2);
        if (outcome == Outcome.ADDRESSING) {
            return false;
        }
        int frame;
        if (smallPages) {
            if ((pte & 0x0004) != 0) {
                return fail(Outcome.PAGE_INVALID);
            }
            if ((pte & 0x0002) != 0) {
                return fail(Outcome.SPECIFICATION);
            }
            frame = (pte & 0xFFF8) << 8;
        } else {
            if ((pte & 0x0008) != 0) {
                return fail(Outcome.PAGE_INVALID);
            }
            if ((pte & 0x0006) != 0) {
                return fail(Outcome.SPECIFICATION);
            }
            frame = (pte & 0xFFF0) << 8;
        }
        realAddress = frame | address & (pageSize - 1);
        outcome = Outcome.TRANSLATED;
        return true;
    }

    private int readEntry(int real, int length) {
        int absolute = prefixing.absolute(real);
        if (!storage.contains(absolute) || !storage.contains(absolute + length - 1)) {
            outcome = Outcome.ADDRESSING;
            return 0;
        }
        outcome = Outcome.TRANSLATED;
        return (int) storage.read(absolute, length);
    }

    private boolean fail(Outcome why) {
        outcome = why;
        return false;
    }
}
