package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vm370.s370.isa.Opcode.*;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vm370.s370.isa.CodeBuffer;
import vm370.s370.storage.MainStorage;
import vm370.s370.testing.TestMachine;

/**
 * The decoded-instruction cache never runs an instruction other than the one in storage now: each
 * program executes an instruction (so it is decoded), changes it or what maps to it, and executes
 * it again, through {@link Cpu#run} (the path that uses the cache). GA22-7000 "Instruction
 * Execution": a store into the instruction stream is seen by the next fetch.
 */
class CodeCacheTest {

    private static final int CODE = TestMachine.CODE;
    /** A disabled wait that ends each program here, at X'300' (X'D0E0' as its address). */
    private static final int END_PSW = 0x300;

    /** Builds the program at {@link TestMachine#CODE}, ends it with LPSW of a disabled wait, and runs it with {@link Cpu#run}. */
    private static TestMachine run(TestMachine m, Consumer<CodeBuffer> program) {
        m.storage.write(END_PSW, 8, TestMachine.waitPsw(TestMachine.DONE));
        CodeBuffer c = new CodeBuffer(CODE);
        program.accept(c);
        c.si(LPSW, END_PSW, 0, 0);
        byte[] bytes = c.toBytes();
        m.storage.writeBytes(CODE, bytes, 0, bytes.length);
        m.cpu.loadPsw(m.startPsw(CODE));
        m.cpu.run(100_000);
        return m;
    }

    private static void assertDone(TestMachine m) {
        assertEquals(TestMachine.DONE, m.cpu.instructionAddress(), "program ended at a trap, PSW " + Long.toHexString(m.cpu.currentPsw()));
    }

    @Test
    void storeIntoTheNextInstructionOfTheRunningBlockIsExecutedAsStored() {
        // LOOP: STC 5,NEXT+3 / NEXT: LA 1,0 / AR 3,1 / LA 5,1(5) / BCT 4,LOOP: NEXT is LA 1,1 then 1,2 then 1,3.
        TestMachine m = new TestMachine().gpr(4, 3).gpr(5, 1).gpr(12, CODE);
        run(m, c -> c.rx(STC, 5, 7, 0, 12).rx(LA, 1, 0, 0, 0).rr(AR, 3, 1).rx(LA, 5, 1, 0, 5).rx(BCT, 4, 0, 0, 12));
        assertDone(m);
        assertEquals(6, m.gpr(3));
    }

    @Test
    void storeIntoALaterBlockIsSeenWhenTheProgramBranchesThere() {
        int sub = CODE + 0x800;
        TestMachine m = new TestMachine().gpr(12, CODE).gpr(11, sub);
        // SUB: LR 0,0 (a block's first instruction takes the checked path) / LA 1,5 / BR 14.
        m.bytes(sub, new CodeBuffer(sub).rr(LR, 0, 0).rx(LA, 1, 5, 0, 0).rr(BCR, 15, 14).toBytes());
        // BAL 14,SUB / AR 3,1 / MVI SUB+5,9 / BAL 14,SUB / AR 3,1: 5 then 9.
        run(m, c -> c.rx(BAL, 14, 0, 0, 11).rr(AR, 3, 1).si(MVI, 5, 11, 9).rx(BAL, 14, 0, 0, 11).rr(AR, 3, 1));
        assertDone(m);
        assertEquals(14, m.gpr(3));
    }

    @Test
    void executeRunsItsTargetAsStoredNow() {
        int target = CODE + 0x100;
        TestMachine m = new TestMachine().gpr(12, CODE).gpr(4, 2);
        m.bytes(target, new CodeBuffer(target).rx(LA, 1, 7, 0, 0).toBytes());
        // LOOP: EX 0,TARGET / AR 3,1 / MVI TARGET+3,4 / BCT 4,LOOP: 7 then 4.
        run(m, c -> c.rx(EX, 0, 0x100, 0, 12).rr(AR, 3, 1).si(MVI, 0x103, 12, 4).rx(BCT, 4, 0, 0, 12));
        assertDone(m);
        assertEquals(11, m.gpr(3));
    }

    @Test
    void newTranslationOfTheSameVirtualAddressRunsTheNewPagesInstructions() {
        int segmentTable = 0x8000;
        int pageTable = 0x8100;
        TestMachine m = new TestMachine().ecMode().gpr(12, CODE).gpr(11, 0x2000).gpr(10, pageTable);
        for (int page = 0; page < 16; page++) {
            m.storage.write(pageTable + 2 * page, 2, page << 4);
        }
        m.storage.write(segmentTable, 4, 0xF0000000L | pageTable);
        for (int s = 1; s < 16; s++) {
            m.storage.write(segmentTable + 4 * s, 4, 1);
        }
        m.cpu.cr[0] = 0x00800000;
        m.cpu.cr[1] = segmentTable;
        m.bytes(0x2000, new CodeBuffer(0x2000).rr(LR, 0, 0).rx(LA, 1, 1, 0, 0).rr(BCR, 15, 14).toBytes());
        m.bytes(0x6000, new CodeBuffer(0x2000).rr(LR, 0, 0).rx(LA, 1, 2, 0, 0).rr(BCR, 15, 14).toBytes());
        m.gpr(9, 0x0060);
        // STOSM DAT on / BAL 14,X'2000' / AR 3,1 / STH 9,4(10) (virtual page 2 to real X'6000') / PTLB / BAL / AR.
        run(m, c -> c.si(STOSM, 0x100, 12, 0x04).rx(BAL, 14, 0, 0, 11).rr(AR, 3, 1)
                .rx(STH, 9, 4, 0, 10).s(PTLB, 0, 0).rx(BAL, 14, 0, 0, 11).rr(AR, 3, 1));
        assertDone(m);
        assertEquals(3, m.gpr(3));
    }

    @Test
    void keyChangeMakingTheRunningBlockFetchProtectedStopsTheNextFetch() {
        TestMachine m = new TestMachine().key(1).gpr(12, CODE).gpr(1, 0x28);
        m.storage.setKey(CODE, 0x10);
        // SSK 1,12 (key 2, fetch protected) / LA 3,1: the LA cannot be fetched with PSW key 1.
        run(m, c -> c.rr(SSK, 1, 12).rx(LA, 3, 1, 0, 0));
        assertEquals(TestMachine.PROGRAM_TRAP, m.cpu.instructionAddress());
        assertEquals(ProgramInterruptionCode.PROTECTION.code(), m.programInterruptionCode());
        assertEquals(CODE + 2, m.programOldAddress());
        assertNotEquals(1, m.gpr(3));
    }

    @Test
    void programLoadedOverOldCodeRunsTheNewProgram() {
        TestMachine m = new TestMachine().gpr(12, CODE);
        run(m, c -> c.rx(LA, 1, 1, 0, 0).rx(LA, 2, 1, 0, 0));
        assertEquals(1, m.gpr(2));
        run(m, c -> c.rx(LA, 1, 1, 0, 0).rx(LA, 2, 2, 0, 0));
        assertDone(m);
        assertEquals(2, m.gpr(2));
    }

    @Test
    void frameReleasedAndSuppliedAgainRunsItsNewContents() {
        int[] supplied = {0};
        MainStorage storage = new MainStorage(1 << 16, n -> {
            byte[] frame = new byte[MainStorage.FRAME_SIZE];
            if (n == 2) {
                supplied[0]++;
                byte[] code = new CodeBuffer(0x2000).rr(LR, 0, 0).rx(LA, 1, supplied[0], 0, 0).rr(BCR, 15, 14).toBytes();
                System.arraycopy(code, 0, frame, 0, code.length);
            }
            return frame;
        });
        Cpu cpu = new Cpu(storage);
        storage.write(END_PSW, 8, TestMachine.waitPsw(TestMachine.DONE));
        byte[] program = new CodeBuffer(CODE).rx(BAL, 14, 0, 0, 11).rr(AR, 3, 1).si(LPSW, END_PSW, 0, 0).toBytes();
        storage.writeBytes(CODE, program, 0, program.length);
        cpu.gpr[11] = 0x2000;
        cpu.loadPsw(CODE);
        cpu.run(1000);
        storage.releaseFrame(2);
        cpu.loadPsw(CODE);
        cpu.run(1000);
        assertEquals(TestMachine.DONE, cpu.instructionAddress());
        assertEquals(1 + 2, cpu.gpr[3]);
    }

    @Test
    void interruptionDueInTheMiddleOfABlockIsTakenAfterExactlyThatInstruction() {
        TestMachine m = new TestMachine().gpr(12, CODE);
        m.cpu.schedule(5, m.cpu.interruptions::interruptKey);
        long start = m.cpu.instructionCount();
        CodeBuffer c = new CodeBuffer(CODE);
        for (int i = 0; i < 50; i++) {
            c.rx(LA, 1, 1, 0, 1);
        }
        m.bytes(CODE, c.toBytes());
        m.cpu.loadPsw(m.startPsw(CODE) | 0x0100_0000_0000_0000L);
        m.cpu.run(1000);
        assertEquals(TestMachine.EXTERNAL_TRAP, m.cpu.instructionAddress());
        assertEquals(CODE + 5 * 4, (int) m.storage.read(24, 8) & 0xFFFFFF);
        assertEquals(5, m.gpr(1));
        assertEquals(5, m.cpu.instructionCount() - start);
    }

    @Test
    void programCheckInADecodedInstructionHasItsLengthCodeAndAddress() {
        TestMachine m = new TestMachine().gpr(12, CODE).gpr(4, 2).gpr(5, 1);
        // LOOP: DR 2,5 / SR 5,5 / BCT 4,LOOP: the second DR divides by zero.
        run(m, c -> c.rr(DR, 2, 5).rr(SR, 5, 5).rx(BCT, 4, 0, 0, 12));
        assertEquals(TestMachine.PROGRAM_TRAP, m.cpu.instructionAddress());
        assertEquals(ProgramInterruptionCode.FIXED_POINT_DIVIDE.code(), m.programInterruptionCode());
        assertEquals(CODE + 2, m.programOldAddress());
        assertEquals(1, (int) (m.programOldPsw() >>> 30) & 3);
    }
}
