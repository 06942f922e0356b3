package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.s370.isa.Opcode.AR;
import static vm370.s370.isa.Opcode.BC;
import static vm370.s370.isa.Opcode.LA;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vm370.s370.testing.TestMachine;

/** CP's watch on a CPU (TRACE, ADSTOP): what it sees, the stop it can make, and the program's own PER beside it. */
class ExecutionMonitorTest {

    /** Records every callback as a line; holds the CPU before {@code stopAt}. */
    private static final class Recorder implements ExecutionMonitor {
        final List<String> seen = new ArrayList<>();
        int stopAt = -1;

        @Override
        public boolean beforeInstruction(Cpu cpu, int address) {
            seen.add(String.format("before %X", address));
            return address != stopAt;
        }

        @Override
        public void afterInstruction(Cpu cpu, int address, int branchedTo) {
            seen.add(branchedTo < 0 ? String.format("after %X", address) : String.format("after %X to %X", address, branchedTo));
        }

        @Override
        public void interruption(Cpu cpu, Interruption kind, int code, long oldPsw, long newPsw) {
            seen.add(String.format("%s %X at %X", kind, code, (int) oldPsw & 0xFFFFFF));
        }
    }

    @Test
    void theMonitorSeesEachInstructionTheBranchTakenAndTheSvc() {
        TestMachine m = new TestMachine().gpr(3, TestMachine.CODE);
        Recorder recorder = new Recorder();
        m.cpu.monitor(recorder);
        m.run(c -> c.rx(LA, 1, 1, 0, 0).rx(BC, 15, 12, 0, 3).rx(LA, 2, 2, 0, 0).halfwords(0x0A05));
        assertEquals(TestMachine.SVC_TRAP, m.endedAt());
        assertEquals(List.of("before 1000", "after 1000", "before 1004", "after 1004 to 100C",
                "before 100C", "SVC 5 at 100E", "after 100C"), recorder.seen.subList(0, 7));
        assertEquals(0, m.gpr(2), "the branch skipped LA 2");
    }

    @Test
    void anAddressStopHoldsTheCpuBeforeTheInstruction() {
        TestMachine m = new TestMachine();
        Recorder recorder = new Recorder();
        recorder.stopAt = 0x1004;
        m.cpu.monitor(recorder);
        long before = m.cpu.instructionCount();
        m.run(c -> c.rx(LA, 1, 1, 0, 0).rx(LA, 2, 2, 0, 0));
        assertTrue(m.cpu.stopped());
        assertEquals(0x1004, m.cpu.instructionAddress());
        assertEquals(1, m.gpr(1));
        assertEquals(0, m.gpr(2));
        assertEquals(1, m.cpu.instructionCount() - before, "the held instruction is not counted");
    }

    @Test
    void theProgramsOwnPerStillReportsBothCodesUnderAMonitor() {
        TestMachine m = new TestMachine().ecMode().gpr(1, Integer.MAX_VALUE).gpr(2, 1);
        m.cpu.monitor(new Recorder());
        m.cpu.cr[9] = 0x10004000;
        m.storage.write(TestMachine.CODE, 2, 0x1A12);
        m.cpu.loadPsw(m.startPsw(TestMachine.CODE) | 0x4000_0000_0000_0000L | 0x0800L << 32);
        m.cpu.run(1);
        assertEquals(0x88, m.read(142, 2));
        assertEquals(0x10, m.read(150, 1));
    }

    @Test
    void aMonitorGivesTheProgramNoPerEventsItDidNotEnable() {
        TestMachine m = new TestMachine().ecMode().gpr(1, 5).gpr(2, 1).gpr(3, TestMachine.CODE);
        m.cpu.cr[9] = 0xF0000000;
        m.cpu.monitor(new Recorder());
        m.run(c -> c.rr(AR, 1, 2).rx(BC, 15, 6, 0, 3));
        assertEquals(TestMachine.DONE, m.endedAt(), "PSW bit 1 is off: no PER interruption");
        assertEquals(6, m.gpr(1));
        m.cpu.monitor(null);
    }
}
