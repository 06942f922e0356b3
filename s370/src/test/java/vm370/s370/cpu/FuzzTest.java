package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vm370.s370.storage.MainStorage;
import vm370.s370.time.ManualClock;
import vm370.s370.time.TodClock;

/**
 * Random instruction bytes in random machine states (BC and EC mode, problem and supervisor state,
 * DAT on with random tables and off, random keys, random low storage so new PSWs are garbage too):
 * no Java exception ever leaves the CPU, and it always ends an instruction with a valid PSW.
 */
class FuzzTest {

    private static void fuzz(long seed, int rounds) {
        SplittableRandom random = new SplittableRandom(seed);
        MainStorage storage = new MainStorage(1 << 16);
        Cpu cpu = new Cpu(storage, new TodClock(new ManualClock(1L << 40)), 0, Cpu.STANDARD_FEATURES);
        byte[] noise = new byte[1 << 16];
        long executed = 0;
        for (int round = 0; round < rounds; round++) {
            if (round % 256 == 0) {
                random.nextBytes(noise);
                storage.writeBytes(0, noise, 0, noise.length);
                for (int block = 0; block < 32; block++) {
                    storage.setKey(block << 11, random.nextInt(256));
                }
                for (int r = 0; r < 16; r++) {
                    cpu.gpr[r] = random.nextInt(4) == 0 ? random.nextInt(1 << 16) : random.nextInt();
                    cpu.cr[r] = random.nextInt();
                }
                cpu.cr[0] = random.nextBoolean() ? 0x00800000 : random.nextInt();
                cpu.cr[1] = random.nextInt(0x10000) & ~0x3F | random.nextInt(4) << 24;
                cpu.setPrefix(random.nextInt(4) == 0 ? random.nextInt(16) << 12 : 0);
                cpu.controlRegistersChanged();
            }
            int at = random.nextInt(1 << 16) & ~1;
            long mode = random.nextInt(4) == 0 ? 0x0008_0000_0000_0000L : 0;
            long state = random.nextBoolean() ? 0x0001_0000_0000_0000L : 0;
            long dat = mode != 0 && random.nextBoolean() ? 0x0400_0000_0000_0000L : 0;
            long psw = mode | state | dat | (long) random.nextInt(16) << 52 | at;
            if (random.nextInt(8) == 0) {
                psw = random.nextLong() & ~0x0002_0000_0000_0000L;
            }
            cpu.loadPsw(psw);
            for (int n = random.nextInt(64); n >= 0 && !cpu.waitState(); n--) {
                cpu.step();
                executed++;
            }
            assertEquals(0, cpu.instructionAddress() & ~0xFFFFFF, "instruction address stays 24 bits");
        }
        assertTrue(executed >= rounds, "every round executed at least one instruction");
    }

    @Test
    void randomInstructionBytesOnlyEverEndInArchitectedInterruptions() {
        fuzz(370, 20_000);
    }

    @Test
    @Tag("system")
    void millionsOfRandomInstructionsOnlyEverEndInArchitectedInterruptions() {
        for (long seed = 1; seed <= 8; seed++) {
            fuzz(seed, 250_000);
        }
    }
}
