package vm370.cp.vm;

import vm370.cp.guest.GuestMachine;
import vm370.cp.guest.GuestProgramCheck;
import vm370.s370.cpu.Cpu;
import vm370.s370.cpu.ProgramInterruption;
import vm370.s370.storage.MainStorage;

/**
 * What a guest system written in Java sees of its virtual machine: CP's side of
 * {@link GuestMachine}. Every call checks in with CP first, so LOGOFF or PA1 reach the guest there.
 */
final class GuestMachineView implements GuestMachine {

    private static final int CAW = 72;

    private final VirtualMachine machine;
    private final Cpu cpu;
    private final MainStorage storage;

    GuestMachineView(VirtualMachine machine) {
        this.machine = machine;
        this.cpu = machine.cpu();
        this.storage = machine.storage().storage();
    }

    @Override
    public int storageSize() {
        return storage.size();
    }

    @Override
    public void read(int address, byte[] into, int offset, int length) {
        machine.checkpoint();
        check(address, length);
        storage.readBytes(address, into, offset, length);
    }

    @Override
    public void write(int address, byte[] from, int offset, int length) {
        machine.checkpoint();
        check(address, length);
        storage.writeBytes(address, from, offset, length);
        for (int block = address & ~0x7FF; block < address + length; block += MainStorage.KEY_BLOCK_SIZE) {
            storage.markAccess(block, true);
        }
    }

    private void check(int address, int length) {
        if (length < 0 || !storage.contains(address) || length > 0 && !storage.contains(address + length - 1)) {
            throw new GuestProgramCheck(5);
        }
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
        machine.checkpoint();
        try {
            machine.diagnoseHandler().diagnose(cpu, rx, ry, code);
        } catch (ProgramInterruption p) {
            throw new GuestProgramCheck(p.code().code());
        }
        return cpu.conditionCode();
    }

    @Override
    public int startIo(int deviceAddress, int ccwAddress) {
        machine.checkpoint();
        storage.write(CAW, 4, ccwAddress & 0xFFFFFF);
        return machine.channel().startIo(cpu, deviceAddress, false);
    }

    @Override
    public int awaitStatus(int deviceAddress) {
        while (true) {
            machine.checkpoint();
            if (cpu.hasPostedWork()) {
                // A line typed for the console while the guest ran: it reaches the device now, and the
                // attention it raises a moment later is let through, so this very TEST I/O can see it.
                cpu.runPostedWork();
                cpu.advanceToNextEvent();
            }
            int cc = machine.channel().testIo(cpu, deviceAddress);
            if (cc != 2) {
                return cc;
            }
            if (!cpu.advanceToNextEvent()) {
                machine.waitForPostedWork();
            }
        }
    }

    @Override
    public void runUntilDisabledWait() {
        machine.runUntilDisabledWait();
    }
}
