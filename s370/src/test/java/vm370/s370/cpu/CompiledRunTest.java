package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vm370.s370.isa.Opcode.*;

import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vm370.s370.isa.CodeBuffer;
import vm370.s370.testing.TestMachine;

/**
 * Loops run often enough that the CPU compiles them ({@link CompiledRun}) behave exactly as the
 * same instructions run one at a time: stores into the running code, program checks, scheduled
 * events and instruction limits in the middle of a run, runs ending at a block's end, the same
 * code reached at two virtual addresses. GA22-7000 "Instruction Execution" and "Interruptions".
 */
class CompiledRunTest {

    private static final int CODE = TestMachine.CODE;
    private static final int END_PSW = 0x300;
    /** Iterations of each loop: far more than it takes for a run to be compiled. */
    private static final int ITERATIONS = 2000;

    /** Puts the program at {@code origin}, ends it with LPSW of a disabled wait, and runs it with {@link Cpu#run}. */
    private static TestMachine run(TestMachine m, int origin, long limit, Consumer<CodeBuffer> program) {
        m.storage.write(END_PSW, 8, TestMachine.waitPsw(TestMachine.DONE));
        CodeBuffer c = new CodeBuffer(origin);
        program.accept(c);
        c.si(LPSW, END_PSW, 0, 0);
        m.bytes(origin, c.toBytes());
        m.cpu.loadPsw(m.startPsw(origin));
        m.cpu.run(limit);
        return m;
    }

    private static TestMachine run(TestMachine m, Consumer<CodeBuffer> program) {
        return run(m, CODE, 1_000_000, program);
    }

    private static void assertDone(TestMachine m) {
        assertEquals(TestMachine.DONE, m.cpu.instructionAddress(), "ended at PSW " + Long.toHexString(m.cpu.currentPsw()));
    }

    @Test
    void storeIntoTheNextInstructionOfAHotRunIsExecutedAsStored() {
        // LOOP: CR 4,6 / BC 7,NEXT / MVI NEXT+3,2 / NEXT: LA 1,1 / AR 3,1 / BCT 4,LOOP: at R4 = 1000 the
        // MVI makes the very next instruction LA 1,2.
        TestMachine m = new TestMachine().gpr(4, ITERATIONS).gpr(6, 1000).gpr(12, CODE);
        run(m, c -> c.rr(CR, 4, 6).rx(BC, 7, 10, 0, 12).si(MVI, 13, 12, 2)
                .rx(LA, 1, 1, 0, 0).rr(AR, 3, 1).rx(BCT, 4, 0, 0, 12));
        assertDone(m);
        assertEquals(1000 + 2 * 1000, m.gpr(3));
    }

    @Test
    void storeIntoAnEarlierInstructionOfAHotRunIsSeenByTheNextIteration() {
        // LOOP: LA 1,1 / AR 3,1 / CR 4,6 / BC 7,SKIP / MVI LOOP+3,2 / SKIP: BCT 4,LOOP.
        TestMachine m = new TestMachine().gpr(4, ITERATIONS).gpr(6, 1000).gpr(12, CODE);
        run(m, c -> c.rx(LA, 1, 1, 0, 0).rr(AR, 3, 1).rr(CR, 4, 6).rx(BC, 7, 16, 0, 12).si(MVI, 3, 12, 2)
                .rx(BCT, 4, 0, 0, 12));
        assertDone(m);
        assertEquals(1001 + 2 * 999, m.gpr(3));
    }

    @Test
    void subroutineCalledFromTwoPlacesReturnsToEachThoughTheRunGuessedOne() {
        // LOOP: BAL 14,SUB / LA 5,1(5) / BAL 14,SUB / LA 6,1(6) / BCT 4,LOOP / LPSW; SUB (X'100'): LA 1,1(1) / BR 14.
        TestMachine m = new TestMachine().gpr(4, ITERATIONS).gpr(12, CODE);
        m.bytes(CODE + 0x100, new CodeBuffer(CODE + 0x100).rx(LA, 1, 1, 0, 1).rr(BCR, 15, 14).toBytes());
        run(m, c -> c.rx(BAL, 14, 0x100, 0, 12).rx(LA, 5, 1, 0, 5).rx(BAL, 14, 0x100, 0, 12).rx(LA, 6, 1, 0, 6)
                .rx(BCT, 4, 0, 0, 12));
        assertDone(m);
        assertEquals(2 * ITERATIONS, m.gpr(1));
        assertEquals(ITERATIONS, m.gpr(5));
        assertEquals(ITERATIONS, m.gpr(6));
    }

    @Test
    void storeIntoTheLoopARunWentBackIntoIsSeenByTheNextPass() {
        // LOOP: LA 1,1 / AR 3,1 / CR 4,6 / BC 8,STORE / NEXT: BCT 4,LOOP / LPSW...; STORE: MVI LOOP+3,3 / BC 15,NEXT.
        // NEXT is a branch target: its run goes back to LOOP, below its own start.
        TestMachine m = new TestMachine().gpr(4, ITERATIONS).gpr(6, 700).gpr(12, CODE);
        m.bytes(CODE + 0x100, new CodeBuffer(CODE + 0x100).si(MVI, 3, 12, 3).rx(BC, 15, 12, 0, 12).toBytes());
        run(m, c -> c.rx(LA, 1, 1, 0, 0).rr(AR, 3, 1).rr(CR, 4, 6).rx(BC, 8, 0x100, 0, 12).rx(BCT, 4, 0, 0, 12));
        assertDone(m);
        assertEquals(1301 + 3 * 699, m.gpr(3));
    }

    @Test
    void codeRewrittenInStorageFromOutsideRunsTheNewInstructions() {
        TestMachine m = new TestMachine().gpr(4, ITERATIONS).gpr(12, CODE);
        // LOOP: LA 1,1(1) / LA 2,0(2) / BCT 4,LOOP, then the same with LA 1,2(1) written over it.
        run(m, c -> c.rx(LA, 1, 1, 0, 1).rx(LA, 2, 0, 0, 2).rx(BCT, 4, 0, 0, 12));
        assertEquals(ITERATIONS, m.gpr(1));
        m.gpr(4, ITERATIONS).gpr(1, 0);
        run(m, c -> c.rx(LA, 1, 2, 0, 1).rx(LA, 2, 0, 0, 2).rx(BCT, 4, 0, 0, 12));
        assertDone(m);
        assertEquals(2 * ITERATIONS, m.gpr(1));
    }

    @Test
    void programCheckInAHotRunHasItsAddressLengthCodeAndCount() {
        // LOOP: LA 1,1(1) / CR 4,6 / BC 7,SKIP / SR 5,5 / SKIP: DR 2,5 / BCT 4,LOOP: divides by zero at R4 = 1000.
        TestMachine m = new TestMachine().gpr(4, ITERATIONS).gpr(5, 1).gpr(6, 1000).gpr(12, CODE);
        long start = m.cpu.instructionCount();
        run(m, c -> c.rx(LA, 1, 1, 0, 1).rr(CR, 4, 6).rx(BC, 7, 12, 0, 12).rr(SR, 5, 5)
                .rr(DR, 2, 5).rx(BCT, 4, 0, 0, 12));
        assertEquals(TestMachine.PROGRAM_TRAP, m.cpu.instructionAddress());
        assertEquals(ProgramInterruptionCode.FIXED_POINT_DIVIDE.code(), m.programInterruptionCode());
        assertEquals(CODE + 14, m.programOldAddress());
        assertEquals(1, (int) (m.programOldPsw() >>> 30) & 3);
        assertEquals(1001, m.gpr(1));
        assertEquals(5 * 1000 + 5, m.cpu.instructionCount() - start);
    }

    @Test
    void scheduledInterruptionInTheMiddleOfAHotRunIsTakenAfterExactlyThatInstruction() {
        TestMachine m = new TestMachine().gpr(4, ITERATIONS).gpr(12, CODE);
        int due = 11 * 454 + 9;
        m.cpu.schedule(due, m.cpu.interruptions::interruptKey);
        long start = m.cpu.instructionCount();
        CodeBuffer c = new CodeBuffer(CODE);
        for (int i = 0; i < 10; i++) {
            c.rx(LA, 1, 1, 0, 1);
        }
        c.rx(BCT, 4, 0, 0, 12);
        m.bytes(CODE, c.toBytes());
        m.cpu.loadPsw(m.startPsw(CODE) | 0x0100_0000_0000_0000L);
        m.cpu.run(1_000_000);
        assertEquals(TestMachine.EXTERNAL_TRAP, m.cpu.instructionAddress());
        assertEquals(CODE + 9 * 4, (int) m.storage.read(24, 8) & 0xFFFFFF);
        assertEquals(454 * 10 + 9, m.gpr(1));
        assertEquals(due, m.cpu.instructionCount() - start);
    }

    @Test
    void instructionLimitInTheMiddleOfAHotRunStopsAfterExactlyThatMany() {
        TestMachine m = new TestMachine().gpr(4, ITERATIONS).gpr(12, CODE);
        long start = m.cpu.instructionCount();
        CodeBuffer c = new CodeBuffer(CODE);
        for (int i = 0; i < 10; i++) {
            c.rx(LA, 1, 1, 0, 1);
        }
        c.rx(BCT, 4, 0, 0, 12);
        m.bytes(CODE, c.toBytes());
        m.cpu.loadPsw(m.startPsw(CODE));
        assertEquals(RunOutcome.INSTRUCTION_LIMIT, m.cpu.run(11 * 1000 + 7));
        assertEquals(11 * 1000 + 7, m.cpu.instructionCount() - start);
        assertEquals(1000 * 10 + 7, m.gpr(1));
        assertEquals(CODE + 7 * 4, m.cpu.instructionAddress());
    }

    @Test
    void hotRunEndingAtABlocksEndGoesOnInTheNextBlock() {
        int origin = CODE + 0x800 - 16;
        TestMachine m = new TestMachine().gpr(4, ITERATIONS).gpr(12, origin);
        // Four LA 1,1(1) fill the block's last 16 bytes; BCT 4,LOOP starts the next block.
        run(m, origin, 1_000_000, c -> c.rx(LA, 1, 1, 0, 1).rx(LA, 1, 1, 0, 1).rx(LA, 1, 1, 0, 1).rx(LA, 1, 1, 0, 1)
                .rx(BCT, 4, 0, 0, 12));
        assertDone(m);
        assertEquals(4 * ITERATIONS, m.gpr(1));
    }

    @Test
    void hotRunReachedAtTwoVirtualAddressesLinksToEach() {
        int segmentTable = 0x8000;
        int pageTable = 0x8100;
        TestMachine m = new TestMachine().ecMode().gpr(4, ITERATIONS).gpr(12, CODE);
        for (int page = 0; page < 16; page++) {
            m.storage.write(pageTable + 2 * page, 2, page << 4);
        }
        // Virtual page 10 (X'A000') maps to real X'6000' as page 6 does.
        m.storage.write(pageTable + 2 * 10, 2, 6 << 4);
        m.storage.write(segmentTable, 4, 0xF0000000L | pageTable);
        for (int s = 1; s < 16; s++) {
            m.storage.write(segmentTable + 4 * s, 4, 1);
        }
        m.cpu.cr[0] = 0x00800000;
        m.cpu.cr[1] = segmentTable;
        // SUB: BALR 2,0 / LA 2,0(2) / AR 3,2 / BR 14: adds the address after the BALR, as the caller reached it.
        m.bytes(0x6000, new CodeBuffer(0x6000).rr(BALR, 2, 0).rx(LA, 2, 0, 0, 2).rr(AR, 3, 2).rr(BCR, 15, 14).toBytes());
        // STOSM DAT on / LOOP: BALR 14,8 (X'6000') / BALR 14,9 (X'A000') / BCT 4,LOOP.
        m.gpr(8, 0x6000).gpr(9, 0xA000);
        run(m, c -> c.si(STOSM, 0x100, 12, 0x04).rr(BALR, 14, 8).rr(BALR, 14, 9).rx(BCT, 4, 4, 0, 12));
        assertDone(m);
        assertEquals(ITERATIONS * (0x6002 + 0xA002), m.gpr(3));
    }
}
