package vm370.s370.cpu;

import java.util.HexFormat;
import vm370.s370.storage.MainStorage;

/**
 * A bare machine for running single instructions: 64K of storage, one CPU in BC mode, and a
 * program-new PSW that sends every program interruption to a known address, so a test can tell
 * a completed instruction from an interrupted one and read the interruption code.
 */
final class InstructionHarness {

    static final int CODE = 0x1000;
    static final int TRAP = 0x0F00;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    final MainStorage storage = new MainStorage(0x10000);
    final Cpu cpu = new Cpu(storage);

    /** How an instruction ended: the program interruption code (0 for none) and the condition code. */
    record Outcome(int interruption, int conditionCode) {
    }

    InstructionHarness() {
        storage.write(104, 8, TRAP);
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

    /** Executes one instruction (hex) with the given program mask, starting with condition code {@code cc}. */
    Outcome execute(String instruction, int programMask, int cc) {
        poke(CODE, instruction);
        cpu.loadPsw((long) cc << 28 | (long) programMask << 24 | CODE);
        cpu.step();
        if (cpu.instructionAddress() == TRAP) {
            long old = storage.read(40, 8);
            return new Outcome((int) (old >>> 32) & 0xFFFF, (int) (old >>> 28) & 3);
        }
        return new Outcome(0, cpu.conditionCode());
    }

    static String hex(long value, int bytes) {
        return HEX.toHexDigits(value).substring(16 - 2 * bytes);
    }
}
