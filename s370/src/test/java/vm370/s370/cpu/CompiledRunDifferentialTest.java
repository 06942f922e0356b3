package vm370.s370.cpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vm370.s370.isa.Feature;
import vm370.s370.isa.Format;
import vm370.s370.isa.Opcode;
import vm370.s370.testing.TestMachine;

/**
 * Random loops of general instructions (fixed point, logical, floating point, strings on a random
 * data area) run hot, so that the CPU compiles them, end in exactly the state that executing them
 * one at a time by {@link Cpu#step} gives: registers, PSW, instruction count, storage, and the
 * interruption that ends most of them inside a compiled run.
 */
class CompiledRunDifferentialTest {

    private static final int CODE = TestMachine.CODE;
    private static final int DATA = 0x4000;
    private static final int LOOPS = 600;
    /**
     * The general, one-byte, non-branching operations of the standard model, less those that on
     * random data nearly always end the program (decimal arithmetic, divisions, SVC, SPM, CS, CDS),
     * so that most loops get hot; MVCL and CLCL are left out for their lengths.
     */
    private static final List<Opcode> OPERATIONS = Stream.of(Opcode.values())
            .filter(op -> !op.isPrivileged() && !op.hasExtendedCode() && op.feature() != Feature.DIRECT_CONTROL)
            .filter(op -> !List.of(Opcode.BALR, Opcode.BCTR, Opcode.BCR, Opcode.BAL, Opcode.BCT, Opcode.BC, Opcode.BXH,
                    Opcode.BXLE, Opcode.EX, Opcode.MVCL, Opcode.CLCL, Opcode.SVC, Opcode.SPM, Opcode.CS, Opcode.CDS,
                    Opcode.AP, Opcode.SP, Opcode.MP, Opcode.DP, Opcode.ZAP, Opcode.CP, Opcode.CVB, Opcode.ED,
                    Opcode.EDMK, Opcode.SRP, Opcode.D, Opcode.DR, Opcode.DE, Opcode.DER, Opcode.DD, Opcode.DDR).contains(op))
            .toList();
    /** Programs (of 150) that must run long enough to be compiled, so that the comparison is of compiled runs. */
    private static final int HOT_PROGRAMS = 40;
    /** Registers a random instruction may name: not 4 (the loop count), 12 (the data base) or 13 (the code base). */
    private static final int[] REGISTERS = {0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 14, 15};
    /** First operands: even, as register pairs need (R1 odd would mostly make specification exceptions). */
    private static final int[] EVEN_REGISTERS = {0, 2, 6, 8, 10, 14};
    private static final int[] FLOATING_REGISTERS = {0, 2, 4, 6};
    private static final int[] EXTENDED_REGISTERS = {0, 4};

    @Test
    void hotRandomLoopsEndAsTheyDoOneInstructionAtATime() {
        SplittableRandom random = new SplittableRandom(370);
        int hot = 0;
        for (int program = 0; program < 150; program++) {
            long seed = random.nextLong();
            TestMachine compiled = machine(seed);
            TestMachine stepped = machine(seed);
            long limit = (long) LOOPS * 24;
            compiled.cpu.run(limit);
            for (long n = 0; n < limit && !stepped.cpu.waitState(); n++) {
                stepped.cpu.step();
            }
            String where = "program " + program + " (seed " + seed + ")";
            assertEquals(Long.toHexString(stepped.cpu.currentPsw()), Long.toHexString(compiled.cpu.currentPsw()), where);
            assertEquals(stepped.cpu.instructionCount(), compiled.cpu.instructionCount(), where);
            assertArrayEquals(stepped.cpu.gpr, compiled.cpu.gpr, where);
            assertArrayEquals(stepped.cpu.fpr, compiled.cpu.fpr, where);
            byte[] a = new byte[0x2000];
            byte[] b = new byte[0x2000];
            stepped.storage.readBytes(DATA, a, 0, a.length);
            compiled.storage.readBytes(DATA, b, 0, b.length);
            assertArrayEquals(a, b, where);
            stepped.storage.readBytes(0, a, 0, 0x200);
            compiled.storage.readBytes(0, b, 0, 0x200);
            assertArrayEquals(a, b, where);
            if (compiled.cpu.instructionCount() > 21L * 300) {
                hot++;
            }
        }
        assertTrue(hot >= HOT_PROGRAMS, hot + " programs ran hot");
    }

    /** A machine with the program of this seed: 20 random instructions, a late divide exception, BCT 4 back to the start. */
    private static TestMachine machine(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TestMachine m = new TestMachine();
        byte[] data = new byte[0x2000];
        random.nextBytes(data);
        m.bytes(DATA, data);
        for (int r = 0; r < 16; r++) {
            m.gpr(r, random.nextInt(3) == 0 ? random.nextInt(0x100) : random.nextInt());
        }
        for (int f = 0; f < 4; f++) {
            m.cpu.fpr[f] = random.nextLong();
        }
        m.gpr(4, LOOPS).gpr(12, DATA).gpr(13, CODE);
        byte[] code = new byte[0x104];
        int at = 0;
        for (int i = 0; i < 20; i++) {
            at = instruction(random, code, at);
        }
        // LA 0,0(4) / S 0,X'100'(13) / LA 2,0 / LA 3,1 / ST 0,X'FF0'(12) / D 2,X'FF0'(12): a divide exception,
        // in a hot run, once R4 counts down to the word at X'100'; then BCT 4,0(0,13) / LPSW X'200' (the done PSW).
        int[] tail = {0x41004000, 0x5B00D100, 0x41200000, 0x41300001, 0x5000CFF0, 0x5D20CFF0, 0x4640D000, 0x82000200};
        for (int word : tail) {
            int bytes = word >>> 16 == 0 ? 2 : 4;
            for (int k = bytes - 1; k >= 0; k--) {
                code[at++] = (byte) (word >>> (8 * k));
            }
        }
        int faultAt = 1 + random.nextInt(LOOPS / 2);
        for (int k = 0; k < 4; k++) {
            code[0x100 + k] = (byte) (faultAt >>> (24 - 8 * k));
        }
        m.bytes(CODE, code);
        m.cpu.loadPsw(m.startPsw(CODE));
        return m;
    }

    /**
     * One random instruction: valid register numbers for its kind, storage operands based on
     * register 12 (no index) in the data area.
     */
    private static int instruction(SplittableRandom random, byte[] code, int at) {
        Opcode op = OPERATIONS.get(random.nextInt(OPERATIONS.size()));
        int length = op.format().length();
        code[at] = (byte) op.code();
        int[] firsts = op.feature() == Feature.EXTENDED_FLOAT ? EXTENDED_REGISTERS
                : op.feature() == Feature.FLOAT ? FLOATING_REGISTERS : EVEN_REGISTERS;
        int[] seconds = op.feature() == Feature.BASE ? REGISTERS : firsts;
        int r1 = firsts[random.nextInt(firsts.length)];
        int r2 = seconds[random.nextInt(seconds.length)];
        if (length == 2) {
            code[at + 1] = (byte) (r1 << 4 | r2);
            return at + 2;
        }
        int second = isStorageToStorage(op.format()) ? random.nextInt(16)
                : op.format() == Format.RS ? r1 << 4 | r2 : r1 << 4;
        code[at + 1] = (byte) (op.format() == Format.SI ? random.nextInt(256) : second);
        int displacement = random.nextInt(0x1000 - 0x40);
        code[at + 2] = (byte) (0xC0 | displacement >>> 8);
        code[at + 3] = (byte) displacement;
        if (length == 6) {
            int displacement2 = random.nextInt(0x1000 - 0x40);
            code[at + 4] = (byte) (0xC0 | displacement2 >>> 8);
            code[at + 5] = (byte) displacement2;
        }
        return at + length;
    }

    private static boolean isStorageToStorage(Format format) {
        return format.length() == 6;
    }
}
