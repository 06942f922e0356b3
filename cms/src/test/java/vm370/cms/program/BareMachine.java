package vm370.cms.program;

import vm370.cp.guest.GuestMachine;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.RunOutcome;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.ManualClock;
import vm370.s370.time.TodClock;

/**
 * A GuestMachine over a bare S/370 CPU and its storage, without CP: the real instruction set and
 * interruptions for unit tests of user programs, with a manual TOD clock that advances a
 * millisecond every 10,000 instructions. It has no devices and offers no DIAGNOSE.
 */
final class BareMachine implements GuestMachine {

    /** Instructions between advances of the manual clock: a millisecond of machine time each. */
    private static final long SLICE = 10_000;
    private static final long SLICE_MICROS = 1_000;
    /** A program that loops is stopped here, as HX would. */
    private static final long LIMIT = 50_000_000;

    private final MainStorage storage;
    private final ManualClock clock = new ManualClock(0);
    private final Cpu cpu;

    BareMachine(int size) {
        storage = new MainStorage(size);
        cpu = new Cpu(storage, new TodClock(clock), 0, Cpu.STANDARD_FEATURES);
    }

    @Override
    public int storageSize() {
        return storage.size();
    }

    @Override
    public void read(int address, byte[] into, int offset, int length) {
        storage.readBytes(address, into, offset, length);
    }

    @Override
    public void write(int address, byte[] from, int offset, int length) {
        storage.writeBytes(address, from, offset, length);
    }

    @Override
    public int gpr(int r) {
        return cpu.gpr[r];
    }

    @Override
    public void setGpr(int r, int value) {
        cpu.gpr[r] = value;
    }

    @Override
    public long psw() {
        return cpu.currentPsw();
    }

    @Override
    public void loadPsw(long psw) {
        cpu.loadPsw(psw);
    }

    @Override
    public int diagnose(int code, int rx, int ry) {
        throw new vm370.cp.guest.GuestProgramCheck(6);
    }

    @Override
    public int startIo(int deviceAddress, int ccwAddress) {
        return 3;
    }

    @Override
    public int awaitStatus(int deviceAddress) {
        return 3;
    }

    @Override
    public void runUntilDisabledWait() {
        for (long run = 0; run < LIMIT; run += SLICE) {
            if (cpu.run(SLICE) == RunOutcome.DISABLED_WAIT) {
                return;
            }
            clock.advance(SLICE_MICROS);
        }
        throw new IllegalStateException("the program ran " + LIMIT + " instructions without an interruption");
    }
}
