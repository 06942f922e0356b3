package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.s370.isa.Opcode.*;

import org.junit.jupiter.api.Test;
import vm370.s370.testing.TestMachine;

/** Interruptions, timers, PER, prefixing and the wait state (GA22-7000 "Interruptions", "Timing"). */
class InterruptionTest {

    /** An EC-mode PSW enabled for external interruptions, in the wait state, at this address. */
    private static long enabledWait(int address) {
        return 0x0108_0000_0000_0000L | 0x0002_0000_0000_0000L | address;
    }

    @Test
    void clockComparatorEndsAnEnabledWaitWithExternalCode1004() {
        TestMachine m = new TestMachine();
        m.cpu.cr[0] = 0x0800;
        m.cpu.timers().setClockComparator((m.cpu.todClock().micros() + 5000) << 12);
        m.cpu.loadPsw(enabledWait(0x2000));
        m.cpu.run(1000);
        assertEquals(TestMachine.EXTERNAL_TRAP, m.endedAt());
        assertEquals(0x1004, m.read(134, 2));
        assertTrue(m.clock.micros() >= 1_000_000_000L + 5000, "the manual clock jumped to the comparator");
    }

    @Test
    void cpuTimerGoingNegativeIsExternalCode1005() {
        TestMachine m = new TestMachine();
        m.cpu.cr[0] = 0x0400;
        m.cpu.timers().setCpuTimer(100L << 12);
        m.cpu.loadPsw(enabledWait(0x2000));
        m.cpu.run(1000);
        assertEquals(0x1005, m.read(134, 2));
    }

    @Test
    void intervalTimerAtLocation80DecrementsAndInterruptsInBcMode() {
        TestMachine m = new TestMachine().word(80, 300);
        m.cpu.loadPsw(0x0102_0000_0000_2000L);
        m.cpu.run(1000);
        assertEquals(TestMachine.EXTERNAL_TRAP, m.endedAt());
        assertEquals(0x0080, (int) (m.read(24, 8) >>> 32) & 0xFFFF);
        assertTrue((int) m.read(80, 4) < 0);
    }

    @Test
    void intervalTimerStandsWhenControlRegisterZeroMasksIt() {
        TestMachine m = new TestMachine().word(80, 300);
        m.cpu.cr[0] &= ~0x80;
        m.clock.advance(1_000_000);
        m.run(c -> c.rr(LR, 1, 1));
        assertEquals(300, m.read(80, 4));
    }

    @Test
    void interruptKeyIsExternalCode0040() {
        TestMachine m = new TestMachine();
        m.cpu.pressInterruptKey();
        m.cpu.loadPsw(0x0100_0000_0000_2000L | 0x0002_0000_0000_0000L);
        m.cpu.run(10);
        assertEquals(0x0040, (int) (m.read(24, 8) >>> 32) & 0xFFFF);
    }

    @Test
    void restartSwapsPswsAtLocations8And0WhateverTheMasks() {
        TestMachine m = new TestMachine();
        m.cpu.loadPsw(TestMachine.waitPsw(0x2222));
        m.cpu.restart();
        m.cpu.run(10);
        assertEquals(TestMachine.RESTART_TRAP, m.endedAt());
        assertEquals(0x2222, (int) m.read(8, 8) & 0xFFFFFF);
    }

    @Test
    void injectedMachineCheckIsTakenWhenTheMaskAllowsAndStoresItsCode() {
        TestMachine m = new TestMachine();
        m.cpu.injectMachineCheck(0x4000_0000_0000_0000L);
        m.cpu.loadPsw(0x0004_0000_0000_2000L | 0x0002_0000_0000_0000L);
        m.cpu.run(10);
        assertEquals(TestMachine.MACHINE_CHECK_TRAP, m.endedAt());
        assertEquals(0x4000_0000_0000_0000L, m.read(232, 8));
    }

    @Test
    void disabledWaitEndsTheRun() {
        TestMachine m = new TestMachine();
        m.cpu.loadPsw(TestMachine.waitPsw(0x1234));
        m.cpu.run(1_000_000);
        assertTrue(m.cpu.waitState());
        assertEquals(0, m.cpu.instructionCount());
    }

    @Test
    void oddInstructionAddressIsASpecificationExceptionWithIlcZero() {
        TestMachine m = new TestMachine().ecMode();
        m.cpu.loadPsw(m.startPsw(0x2001));
        m.cpu.run(1);
        assertEquals(6, m.read(142, 2));
        assertEquals(0, m.read(141, 1));
        assertEquals(0x2001, m.programOldAddress());
    }

    @Test
    void prefixingSwapsTheFirstPageWithThePrefixArea() {
        TestMachine m = new TestMachine();
        m.storage.write(0x4000 + 104, 8, TestMachine.waitPsw(0x7770));
        m.cpu.setPrefix(0x4000);
        m.cpu.loadPsw(m.startPsw(0x2000));
        m.storage.write(0x2000, 2, 0x0000);
        m.cpu.run(10);
        assertEquals(0x7770, m.endedAt());
        assertEquals(0x2002, (int) m.storage.read(0x4000 + 40, 8) & 0xFFFFFF);
        assertEquals(TestMachine.waitPsw(TestMachine.PROGRAM_TRAP), m.storage.read(104, 8), "absolute 104 untouched");
    }

    @Test
    void perSuccessfulBranchEventIsAProgramInterruptionWithCode80() {
        TestMachine m = new TestMachine().ecMode().gpr(11, TestMachine.CODE);
        m.cpu.cr[9] = 0x80000000;
        m.cpu.cr[11] = 0xFFFFFF;
        m.cpu.loadPsw(m.startPsw(TestMachine.CODE) | 0x4000_0000_0000_0000L);
        m.run(c -> c.rr(LR, 1, 1));
        m.cpu.loadPsw(m.startPsw(TestMachine.CODE) | 0x4000_0000_0000_0000L);
        m.storage.write(TestMachine.CODE, 4, 0x47F0B008L);
        m.cpu.run(1);
        assertEquals(0x80, m.read(142, 2));
        assertEquals(0x80, m.read(150, 1));
        assertEquals(TestMachine.CODE, m.read(152, 4));
        assertEquals(TestMachine.CODE + 8, m.programOldAddress());
    }

    @Test
    void perStorageAlterationInTheRangeIsRecognized() {
        TestMachine m = new TestMachine().ecMode().gpr(12, 0x3000);
        m.cpu.cr[9] = 0x20000000;
        m.cpu.cr[10] = 0x3000;
        m.cpu.cr[11] = 0x3003;
        m.storage.write(TestMachine.CODE, 4, 0x5010C000L);
        m.cpu.loadPsw(m.startPsw(TestMachine.CODE) | 0x4000_0000_0000_0000L);
        m.cpu.run(1);
        assertEquals(0x80, m.read(142, 2));
        assertEquals(0x20, m.read(150, 1));
    }

    @Test
    void fixedPointOverflowWithPerReportsBothCodes() {
        TestMachine m = new TestMachine().ecMode().gpr(1, Integer.MAX_VALUE).gpr(2, 1);
        m.cpu.cr[9] = 0x10004000;
        m.storage.write(TestMachine.CODE, 2, 0x1A12);
        m.cpu.loadPsw(m.startPsw(TestMachine.CODE) | 0x4000_0000_0000_0000L | 0x0800L << 32);
        m.cpu.run(1);
        assertEquals(0x88, m.read(142, 2));
        assertEquals(0x10, m.read(150, 1));
    }

    @Test
    void noInterruptionWhileDisabled() {
        TestMachine m = new TestMachine();
        m.cpu.pressInterruptKey();
        m.run(c -> c.rr(LR, 1, 1).rr(LR, 2, 2));
        assertEquals(TestMachine.DONE, m.endedAt());
        assertFalse(m.cpu.waitState());
    }
}
