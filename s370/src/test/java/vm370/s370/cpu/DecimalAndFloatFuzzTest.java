package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vm370.s370.isa.Opcode;

/**
 * Random decimal and floating-point instructions over random storage, registers and masks: every
 * outcome must be a completed instruction or an architected program interruption, never a Java
 * exception out of the CPU.
 */
class DecimalAndFloatFuzzTest {

    private static final int ROUNDS = 15_000;

    @Test
    void randomDecimalAndFloatingPointInstructionsNeverEscapeTheArchitecture() {
        Random random = new Random(1964);
        Set<String> decimal = Set.of("AP", "SP", "MP", "DP", "ZAP", "CP", "PACK", "UNPK", "MVO", "ED", "EDMK", "SRP", "CVB", "CVD");
        Opcode[] ours = Arrays.stream(Opcode.values())
                .filter(op -> decimal.contains(op.name()) || op.feature().name().contains("FLOAT"))
                .toArray(Opcode[]::new);
        assertTrue(ours.length >= 60, "decimal and floating-point opcodes found: " + ours.length);
        InstructionHarness machine = new InstructionHarness();
        byte[] noise = new byte[256];
        int interruptions = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Opcode op = ours[random.nextInt(ours.length)];
            random.nextBytes(noise);
            machine.storage.writeBytes(0x300 + random.nextInt(0x400), noise, 0, noise.length);
            for (int r = 0; r < 16; r++) {
                machine.cpu.gpr[r] = random.nextInt(8) == 0 ? random.nextInt() : random.nextInt(0x1000);
            }
            for (int f = 0; f < 4; f++) {
                machine.cpu.fpr[f] = random.nextLong();
            }
            long fields = random.nextLong() & 0xFF_FFFF_FFFFL;
            String instruction = InstructionHarness.hex((long) op.code() << 40 | fields, 6).substring(0, 2 * op.format().length());
            var outcome = machine.execute(instruction, random.nextInt(16), random.nextInt(4));
            if (outcome.interruption() != 0) {
                interruptions++;
                assertTrue(outcome.interruption() >= 4 && outcome.interruption() <= 0x0F,
                        op + " " + instruction + " gave code " + outcome.interruption());
            }
        }
        assertTrue(interruptions > 0 && interruptions < ROUNDS, "interruptions: " + interruptions);
    }
}
