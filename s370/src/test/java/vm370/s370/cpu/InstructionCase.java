package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Consumer;
import vm370.s370.isa.CodeBuffer;
import vm370.s370.testing.TestMachine;

/**
 * One row of a conformance table: registers and storage before, a few instructions, and the
 * registers, condition code and program interruption code (0 for none) the PoO says follow.
 * Data lives at {@link #DATA}, which register 12 addresses; register 11 addresses the program.
 */
record InstructionCase(String name, int[] before, byte[] data, Consumer<CodeBuffer> program,
                       int programCode, int cc, int[] after) {

    static final int DATA = 0x3000;

    /** Register pairs: r, value, r, value... */
    static int[] regs(int... pairs) {
        return pairs;
    }

    static byte[] data(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return b;
    }

    static byte[] words(int... words) {
        byte[] b = new byte[words.length * 4];
        for (int i = 0; i < words.length; i++) {
            for (int k = 0; k < 4; k++) {
                b[i * 4 + k] = (byte) (words[i] >>> (24 - 8 * k));
            }
        }
        return b;
    }

    static InstructionCase ok(String name, int[] before, byte[] data, Consumer<CodeBuffer> program, int cc, int... after) {
        return new InstructionCase(name, before, data, program, 0, cc, after);
    }

    static InstructionCase check(String name, int[] before, byte[] data, Consumer<CodeBuffer> program, int code) {
        return new InstructionCase(name, before, data, program, code, -1, new int[0]);
    }

    TestMachine run() {
        TestMachine m = new TestMachine().gpr(12, DATA).gpr(11, TestMachine.CODE);
        for (int i = 0; i < before.length; i += 2) {
            m.gpr(before[i], before[i + 1]);
        }
        if (data != null) {
            m.bytes(DATA, data);
        }
        return m.run(program);
    }

    void verify() {
        TestMachine m = run();
        assertEquals(programCode, m.programInterruptionCode(), name + ": program interruption code");
        if (programCode == 0) {
            assertEquals(TestMachine.DONE, m.endedAt(), name + ": ended at");
            if (cc >= 0) {
                assertEquals(cc, m.cc(), name + ": condition code");
            }
        }
        for (int i = 0; i < after.length; i += 2) {
            assertEquals(after[i + 1], m.gpr(after[i]), name + ": R" + after[i] + " = " + Integer.toHexString(m.gpr(after[i])));
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
