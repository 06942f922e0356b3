package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import vm370.s370.storage.MainStorage;

class WaitStateTest {

    @Test
    void aWaitWithOnlyTheMachineCheckMaskEndsTheRunAsADisabledWait() {
        Cpu cpu = new Cpu(new MainStorage(64 * 1024));
        cpu.loadPsw(0x0006_0000_0000_000FL);
        assertEquals(RunOutcome.DISABLED_WAIT, cpu.run(1_000));
    }

    @Test
    void aPendingMachineCheckStillEndsSuchAWait() {
        Cpu cpu = new Cpu(new MainStorage(64 * 1024));
        cpu.storage().write(112, 8, 0x0002_0000_0000_0ABCL);
        cpu.loadPsw(0x0006_0000_0000_000FL);
        cpu.injectMachineCheck(0);
        cpu.run(1_000);
        assertEquals(0x0002_0000_0000_0ABCL, cpu.currentPsw() & ~(3L << 30), "the machine-check new PSW was loaded");
    }
}
