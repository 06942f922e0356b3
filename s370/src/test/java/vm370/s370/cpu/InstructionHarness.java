package vm370.s370.cpu;

import java.util.HexFormat;
import vm370.s370.storage.MainStorage;
import vm370.s370.testing.TestMachine;

/**
 * Runs single instructions, given as hex, on a {@link TestMachine} with a chosen program mask and
 * starting condition code, and reports how each ended: completed, or the program interruption
 * code with the condition code the old PSW kept.
 */
final class InstructionHarness {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    final TestMachine machine = new TestMachine();
    final MainStorage storage = machine.storage;
    final Cpu cpu = machine.cpu;

    /** How an instruction ended: the program interruption code (0 for none) and the condition code. */
    record Outcome(int interruption, int conditionCode) {
    }

    void poke(int address, String hex) {
        byte[] bytes = HEX.parseHex(hex.replace(" ", ""));
        storage.writeBytes(address, bytes, 0, bytes.length);
    }

    String peek(int address, int length) {
        byte[] bytes = new byte[length];
        storage.readBytes(address, bytes, 0, length);
        return HEX.formatHex(bytes);
    }

    /** Executes one instruction (hex) at {@link TestMachine#CODE} with this program mask, starting with condition code {@code cc}. */
    Outcome execute(String instruction, int programMask, int cc) {
        poke(TestMachine.CODE, instruction);
        cpu.loadPsw(machine.startPsw(TestMachine.CODE) | (long) cc << 28 | (long) programMask << 24);
        cpu.step();
        if (cpu.instructionAddress() == TestMachine.PROGRAM_TRAP) {
            long old = machine.programOldPsw();
            return new Outcome(machine.programInterruptionCode(), (int) (old >>> 28) & 3);
        }
        return new Outcome(0, cpu.conditionCode());
    }

    static String hex(long value, int bytes) {
        return HEX.toHexDigits(value).substring(16 - 2 * bytes);
    }
}
