package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vm370.s370.isa.Opcode.DIAG;
import static vm370.s370.isa.Opcode.LPSW;
import static vm370.s370.isa.Opcode.ST;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import vm370.s370.isa.CodeBuffer;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.ManualClock;
import vm370.s370.time.TodClock;

/**
 * Whose storage access it is: the program's own instruction, or the host's code run for it (a
 * DIAGNOSE here). A host that pages storage asks {@link Cpu#executingProgram} on a page fault.
 */
class ExecutingProgramTest {

    private static final int CODE = 0x1000;
    private static final int DONE_PSW = 0x800;

    @Test
    void aStoreByTheProgramFaultsAsTheProgramsAndADiagnoseTouchingStorageAsTheHosts() {
        AtomicReference<Cpu> cpuRef = new AtomicReference<>();
        Map<Integer, Boolean> faultedByProgram = new TreeMap<>();
        MainStorage storage = new MainStorage(1 << 16, frame -> {
            Cpu cpu = cpuRef.get();
            faultedByProgram.put(frame, cpu != null && cpu.executingProgram());
            return new byte[MainStorage.FRAME_SIZE];
        });
        Cpu cpu = new Cpu(storage, new TodClock(new ManualClock(0)), 0, Cpu.STANDARD_FEATURES);
        AtomicReference<Boolean> inDiagnose = new AtomicReference<>();
        cpu.attachDiagnose((c, r1, r3, address) -> {
            inDiagnose.set(c.executingProgram());
            c.storage().write(0x6000, 4, 1);
        });
        CodeBuffer code = new CodeBuffer(CODE);
        code.rx(ST, 1, 0, 0, 2).rs(DIAG, 4, 5, 0, 0).si(LPSW, DONE_PSW, 0, 0);
        byte[] bytes = code.toBytes();
        storage.writeBytes(CODE, bytes, 0, bytes.length);
        storage.write(DONE_PSW, 8, 0x0002_0000_0000_0000L);
        cpu.gpr[2] = 0x5000;
        cpu.loadPsw(CODE);
        cpuRef.set(cpu);

        assertEquals(RunOutcome.DISABLED_WAIT, cpu.run(1_000));
        assertEquals(Boolean.TRUE, faultedByProgram.get(5), "ST's page: " + faultedByProgram);
        assertEquals(Boolean.FALSE, faultedByProgram.get(6), "the DIAGNOSE handler's page: " + faultedByProgram);
        assertEquals(Boolean.FALSE, inDiagnose.get());
        assertFalse(cpu.executingProgram(), "outside run");
    }
}
