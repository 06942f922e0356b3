package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.s370.isa.Opcode.*;

import org.junit.jupiter.api.Test;
import vm370.s370.testing.TestMachine;

/**
 * Dynamic address translation (GA22-7000 "Dynamic Address Translation"). Segment 0 (64K segments,
 * 4K pages) maps virtual = real so the program runs; segment 1's page 0 maps to real X'5000' and its
 * page 1 is invalid; segment 2 is invalid; the segment table holds 16 entries.
 */
class TranslationTest {

    private static final int SEGMENT_TABLE = 0x8000;
    private static final int PAGE_TABLE_0 = 0x8100;
    private static final int PAGE_TABLE_1 = 0x8200;
    private static final int FOUR_K_PAGES_64K_SEGMENTS = 0x00800000;

    private static TestMachine translatingMachine() {
        return tables(new TestMachine().ecMode());
    }

    private static TestMachine tables(TestMachine m) {
        m.gpr(12, 0x3000);
        for (int page = 0; page < 16; page++) {
            m.storage.write(PAGE_TABLE_0 + 2 * page, 2, page << 4);
        }
        m.storage.write(PAGE_TABLE_1, 2, 0x0050);
        m.storage.write(PAGE_TABLE_1 + 2, 2, 0x0008);
        m.storage.write(SEGMENT_TABLE, 4, 0xF0000000L | PAGE_TABLE_0);
        m.storage.write(SEGMENT_TABLE + 4, 4, 0x10000000L | PAGE_TABLE_1);
        m.storage.write(SEGMENT_TABLE + 8, 4, 0x00000001);
        for (int s = 3; s < 16; s++) {
            m.storage.write(SEGMENT_TABLE + 4 * s, 4, 1);
        }
        m.storage.write(0x5000, 4, 0xCAFEF00DL);
        m.cpu.cr[0] = FOUR_K_PAGES_64K_SEGMENTS;
        m.cpu.cr[1] = SEGMENT_TABLE;
        return m;
    }

    /** Runs the program with DAT on (PSW bit 5). */
    private static TestMachine runTranslated(TestMachine m, java.util.function.Consumer<vm370.s370.isa.CodeBuffer> program) {
        return m.run(c -> {
            c.si(STOSM, 0x100, 12, 0x04);
            program.accept(c);
        });
    }

    @Test
    void virtualAddressIsTranslatedThroughSegmentAndPageTables() {
        TestMachine m = runTranslated(translatingMachine().gpr(2, 0x10000), c -> c.rx(L, 1, 0, 0, 2));
        assertEquals(TestMachine.DONE, m.endedAt());
        assertEquals(0xCAFEF00D, m.gpr(1));
    }

    @Test
    void invalidPageIsAPageTranslationExceptionThatNullifies() {
        TestMachine m = runTranslated(translatingMachine().gpr(2, 0x11234), c -> c.rx(L, 1, 0, 0, 2));
        assertEquals(0x11, m.programInterruptionCode());
        assertEquals(0x11234, m.read(144, 4));
        assertEquals(TestMachine.CODE + 4, m.programOldAddress(), "the old PSW points at the L itself");
    }

    @Test
    void invalidSegmentIsASegmentTranslationException() {
        TestMachine m = runTranslated(translatingMachine().gpr(2, 0x20000), c -> c.rx(L, 1, 0, 0, 2));
        assertEquals(0x10, m.programInterruptionCode());
        assertEquals(0x20000, m.read(144, 4));
    }

    @Test
    void segmentBeyondTheTableLengthIsASegmentTranslationException() {
        TestMachine m = translatingMachine().gpr(2, 0x100000);
        runTranslated(m, c -> c.rx(L, 1, 0, 0, 2));
        assertEquals(0x10, m.programInterruptionCode());
    }

    @Test
    void pageBeyondThePageTableLengthIsAPageTranslationException() {
        TestMachine m = runTranslated(translatingMachine().gpr(2, 0x12000), c -> c.rx(L, 1, 0, 0, 2));
        assertEquals(0x11, m.programInterruptionCode());
    }

    @Test
    void invalidPageSizeInControlRegister0IsATranslationSpecificationException() {
        TestMachine m = translatingMachine();
        m.cpu.cr[0] = 0x00C00000;
        runTranslated(m, c -> c.rr(LR, 1, 1));
        assertEquals(0x12, m.programInterruptionCode());
    }

    @Test
    void loadRealAddressTranslatesAndReportsInvalidEntries() {
        TestMachine m = tables(new TestMachine()).gpr(2, 0x10004).gpr(4, 0x11000).gpr(6, 0x20000);
        m.run(c -> c.rx(LRA, 1, 0, 0, 2).rr(BALR, 9, 0).rx(LRA, 3, 0, 0, 4).rr(BALR, 10, 0).rx(LRA, 5, 0, 0, 6));
        assertEquals(0x5004, m.gpr(1));
        assertEquals(0, m.gpr(9) >>> 28 & 3, "CC 0 after a translation");
        assertEquals(PAGE_TABLE_1 + 2, m.gpr(3));
        assertEquals(2, m.gpr(10) >>> 28 & 3, "CC 2 for an invalid page");
        assertEquals(SEGMENT_TABLE + 8, m.gpr(5));
        assertEquals(1, m.cc(), "CC 1 for an invalid segment");
    }

    @Test
    void twoKPagesWithOneMegabyteSegmentsTranslate() {
        TestMachine m = new TestMachine().ecMode().gpr(2, 0x000800 + 0x10);
        m.storage.write(SEGMENT_TABLE, 4, 0x00000000L | PAGE_TABLE_0);
        m.storage.write(PAGE_TABLE_0 + 2, 2, 0x0058);
        m.cpu.cr[0] = 0x00500000;
        m.cpu.cr[1] = SEGMENT_TABLE;
        m.run(c -> c.rx(LRA, 1, 0, 0, 2));
        assertEquals(0, m.cc());
        assertEquals(0x5810, m.gpr(1));
    }

    @Test
    void tlbKeepsAnOldTranslationUntilPtlb() {
        TestMachine m = translatingMachine().gpr(2, 0x10000).gpr(3, PAGE_TABLE_1).gpr(4, 0x0060);
        m.storage.write(0x6000, 4, 0x11111111);
        runTranslated(m, c -> c.rx(L, 1, 0, 0, 2).rx(STH, 4, 0, 0, 3).rx(L, 5, 0, 0, 2).s(PTLB, 0, 0)
                .rx(L, 6, 0, 0, 2));
        assertEquals(0xCAFEF00D, m.gpr(5), "the TLB still maps the old frame");
        assertEquals(0x11111111, m.gpr(6), "after PTLB the new entry is used");
    }
}
