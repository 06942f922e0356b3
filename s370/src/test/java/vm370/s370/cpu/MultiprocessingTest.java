package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vm370.s370.isa.Opcode.*;

import org.junit.jupiter.api.Test;
import vm370.s370.isa.CodeBuffer;
import vm370.s370.storage.MainStorage;
import vm370.s370.testing.TestMachine;
import vm370.s370.time.ManualClock;
import vm370.s370.time.TodClock;

/** Two CPUs on their own threads sharing storage: SIGP orders and interlocked update (GA22-7000 "Multiprocessing"). */
class MultiprocessingTest {

    private static final int PREFIX_1 = 0x4000;
    private static final int COUNTER = 0x3000;

    private static CpuComplex complex(MainStorage storage) {
        CpuComplex complex = new CpuComplex(storage, new TodClock(new ManualClock(0)), 2, Cpu.STANDARD_FEATURES);
        complex.cpu(1).setPrefix(PREFIX_1);
        for (int base : new int[] {0, PREFIX_1}) {
            storage.write(base + 88, 8, TestMachine.waitPsw(0x7018));
            storage.write(base + 104, 8, TestMachine.waitPsw(0x7040));
        }
        return complex;
    }

    private static void awaitWait(Cpu cpu) throws InterruptedException {
        for (int i = 0; i < 1000 && !(cpu.waitState() && !enabled(cpu)); i++) {
            Thread.sleep(10);
        }
    }

    private static boolean enabled(Cpu cpu) {
        return (cpu.currentPsw() >>> 56 & 0x03) != 0;
    }

    @Test
    void emergencySignalReachesTheOtherCpuAsExternalCode1201() throws InterruptedException {
        MainStorage storage = new MainStorage(1 << 16);
        CpuComplex complex = complex(storage);
        Cpu other = complex.cpu(1);
        other.cr[0] = 0x4000;
        other.loadPsw(0x0108_0000_0000_0000L | 0x0002_0000_0000_2000L);
        CodeBuffer c = new CodeBuffer(TestMachine.CODE)
                .rs(SIGP, 4, 1, 0x04, 0).rr(BALR, 5, 0).rs(SIGP, 4, 1, 0x03, 0).si(LPSW, 0x200, 0, 0);
        storage.writeBytes(TestMachine.CODE, c.toBytes(), 0, c.toBytes().length);
        storage.write(0x200, 8, TestMachine.waitPsw(0xD0E0));
        Cpu first = complex.cpu(0);
        first.gpr[1] = 1;
        first.loadPsw(TestMachine.CODE);
        complex.start();
        awaitWait(first);
        awaitWait(other);
        complex.shutdown();
        assertEquals(0, first.gpr[5] >>> 28 & 3, "SIGP start accepted");
        assertEquals(0x7018, other.instructionAddress());
        assertEquals(0x1201, storage.read(PREFIX_1 + 134, 2));
        assertEquals(0, storage.read(PREFIX_1 + 132, 2), "sent by CPU 0");
    }

    @Test
    void compareAndSwapLoopsOnTwoCpusLoseNoUpdate() throws InterruptedException {
        MainStorage storage = new MainStorage(1 << 16);
        CpuComplex complex = complex(storage);
        int loop = TestMachine.CODE;
        CodeBuffer c = new CodeBuffer(loop).rx(L, 1, 0, 0, 12);
        int retry = c.here();
        c.rr(LR, 2, 1).rx(LA, 2, 1, 0, 2).rs(CS, 1, 2, 0, 12).rx(BC, 7, retry - loop, 0, 11)
                .rx(BCT, 3, 0, 0, 11).si(LPSW, 0x200, 0, 0);
        storage.writeBytes(loop, c.toBytes(), 0, c.toBytes().length);
        storage.write(0x200, 8, TestMachine.waitPsw(0xD0E0));
        for (int i = 0; i < 2; i++) {
            Cpu cpu = complex.cpu(i);
            cpu.gpr[3] = 20_000;
            cpu.gpr[11] = loop;
            cpu.gpr[12] = COUNTER;
            cpu.loadPsw(loop);
            cpu.interruptions.setStopped(false);
        }
        complex.start();
        awaitWait(complex.cpu(0));
        awaitWait(complex.cpu(1));
        complex.shutdown();
        assertTrue(complex.cpu(0).waitState() && complex.cpu(1).waitState());
        assertEquals(40_000, storage.read(COUNTER, 4));
    }

    @Test
    void sigpSenseOfAStoppedCpuStoresStatusWithConditionCode1() {
        MainStorage storage = new MainStorage(1 << 16);
        CpuComplex complex = complex(storage);
        long result = complex.signal(complex.cpu(0), 1, CpuComplex.SENSE, 0);
        assertEquals(1, result >>> 32);
        assertEquals(CpuComplex.STATUS_STOPPED, (int) result);
        assertEquals(3, complex.signal(complex.cpu(0), 5, CpuComplex.SENSE, 0) >>> 32, "no CPU 5");
        assertEquals(CpuComplex.STATUS_INVALID_ORDER, (int) complex.signal(complex.cpu(0), 1, 0x77, 0));
    }

    @Test
    void sigpOrdersAreDoneByTheTargetAtItsNextInstructionBoundary() {
        MainStorage storage = new MainStorage(1 << 16);
        CpuComplex complex = complex(storage);
        Cpu sender = complex.cpu(0);
        Cpu target = complex.cpu(1);
        target.loadPsw(TestMachine.waitPsw(0x2000) | 0x0100_0000_0000_0000L);
        assertEquals(0, complex.signal(sender, 1, CpuComplex.SET_PREFIX, 0x8000) >>> 32);
        target.gpr[7] = 0x77;
        assertEquals(0, complex.signal(sender, 1, CpuComplex.STORE_STATUS_AT_ADDRESS, 0x6000) >>> 32);
        target.run(1);
        assertEquals(0x8000, target.prefix());
        assertEquals(0x77, storage.read(0x6000 + 384 + 28, 4), "R7 stored with the status");
        storage.write(0x8000, 8, TestMachine.waitPsw(0x5550));
        assertEquals(0, complex.signal(sender, 1, CpuComplex.RESTART, 0) >>> 32);
        target.run(1);
        assertEquals(0x5550, target.instructionAddress(), "restart new PSW from the target's prefix area");
        assertEquals(0, complex.signal(sender, 1, CpuComplex.STOP, 0) >>> 32);
        target.run(1);
        assertTrue(target.stopped());
        assertEquals(0, complex.signal(sender, 1, CpuComplex.EXTERNAL_CALL, 0) >>> 32);
        target.run(1);
        long again = complex.signal(sender, 1, CpuComplex.EXTERNAL_CALL, 0);
        assertEquals(1, again >>> 32, "an external call is already pending");
        assertEquals(CpuComplex.STATUS_EXTERNAL_CALL_PENDING, (int) again);
        assertEquals(0, complex.signal(sender, 1, CpuComplex.START, 0) >>> 32);
        target.run(1);
        assertTrue(!target.stopped());
    }
}
