package vm370.s370.cpu;

import static org.objectweb.asm.Opcodes.*;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import vm370.s370.isa.Opcode;
import vm370.s370.isa.Semantics;

/**
 * Compiles a run of decoded instructions into a hidden class extending {@link CompiledRun}: per
 * instruction, the loop's own steps (length code, next address, the handler with the instruction as
 * a constant, the branch and attention check) in straight-line bytecode, and the count on leaving. Each handler
 * is a class-data constant, so the JIT inlines it and folds its register numbers and displacements;
 * that, and no table dispatch, is where the speed comes from. Bytecode by ASM (org.ow2.asm): the
 * JDK's ClassFile API is not in release 21. The package comment says why running them is exact.
 */
final class RunCompiler {

    /** Instructions compiled into one run at most: longer methods stop the JIT inlining handlers. */
    static final int MAX_INSTRUCTIONS = 32;

    private static final String CPU = Type.getInternalName(Cpu.class);
    private static final String RUN = Type.getInternalName(CompiledRun.class);
    private static final String SEMANTICS = Type.getInternalName(Semantics.class);
    private static final String INTERRUPTION = Type.getInternalName(ProgramInterruption.class);
    private static final Handle CLASS_DATA_AT = new Handle(H_INVOKESTATIC, "java/lang/invoke/MethodHandles", "classDataAt",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;I)Ljava/lang/Object;", false);
    /**
     * Locals of {@code execute}: this, the CPU, the block's logical address, the budget of instructions,
     * the running instruction's offset and index in the run, the instructions of the passes done
     * before this one, and a scratch (the next address, the caught interruption).
     */
    private static final int LOCAL_CPU = 1;
    private static final int LOCAL_BLOCK = 2;
    private static final int LOCAL_BUDGET = 3;
    private static final int LOCAL_OFFSET = 4;
    private static final int LOCAL_INDEX = 5;
    private static final int LOCAL_DONE = 6;
    private static final int LOCAL_CHECK = 7;

    private RunCompiler() {
    }

    /** True when nothing after this instruction can run in sequence: an unconditional branch, a call, SVC. */
    static boolean endsRun(long instruction) {
        int first = (int) (instruction >>> 40) & 0xFF;
        int r1 = (int) (instruction >>> 36) & 0xF;
        int r2 = (int) (instruction >>> 32) & 0xF;
        return first == Opcode.BC.code() && r1 == 15
                || first == Opcode.BCR.code() && r1 == 15 && r2 != 0
                || first == Opcode.BALR.code() && r2 != 0
                || first == Opcode.BAL.code() || first == Opcode.SVC.code();
    }

    /**
     * The logical address a branch instruction at {@code address} is expected to go to, reckoned from
     * the registers now, or -1: always for an unconditional branch, BAL, BALR, BCT and BCTR (loops
     * go round more often than not), for BC, BCR, BXH and BXLE when it goes backwards (a loop). The
     * run checks the guess after the branch: a wrong one only ends the run there.
     */
    static int predictedTarget(long instruction, int[] gpr, int address) {
        int first = (int) (instruction >>> 40) & 0xFF;
        int r1 = (int) (instruction >>> 36) & 0xF;
        int r2 = (int) (instruction >>> 32) & 0xF;
        int target;
        boolean always;
        if (first == Opcode.BC.code() || first == Opcode.BAL.code() || first == Opcode.BCT.code()) {
            int b = (int) (instruction >>> 28) & 0xF;
            target = ((int) (instruction >>> 16) & 0xFFF) + (r2 == 0 ? 0 : gpr[r2]) + (b == 0 ? 0 : gpr[b]);
            always = first != Opcode.BC.code() || r1 == 15;
            if (first == Opcode.BC.code() && r1 == 0) {
                return -1;
            }
        } else if (first == Opcode.BCR.code() || first == Opcode.BALR.code() || first == Opcode.BCTR.code()) {
            if (r2 == 0 || first == Opcode.BCR.code() && r1 == 0) {
                return -1;
            }
            target = gpr[r2];
            always = first != Opcode.BCR.code() || r1 == 15;
        } else if (first == Opcode.BXH.code() || first == Opcode.BXLE.code()) {
            int b = (int) (instruction >>> 28) & 0xF;
            target = ((int) (instruction >>> 16) & 0xFFF) + (b == 0 ? 0 : gpr[b]);
            always = false;
        } else {
            return -1;
        }
        target &= 0xFFFFFF;
        return (target & 1) == 0 && (always || target <= address) ? target : -1;
    }

    /**
     * The run of {@code count} decoded entries ({@link CodeCache#entry}) of a block: the instruction
     * at {@code offsets[i]}, after which the run goes back to its first instruction if it branched
     * there and {@code loopsBack[i]}, or else goes on only if the next address is the block's
     * {@code expected[i]} (its next instruction's offset). Every entry is a general instruction within the block.
     */
    static CompiledRun compile(long[] entries, int[] offsets, int[] expected, boolean[] loopsBack, int count) {
        List<Semantics> handlers = new ArrayList<>();
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        w.visit(V21, ACC_FINAL | ACC_SUPER, RUN + "$Block", null, RUN, null);
        int low = offsets[0];
        int end = 0;
        for (int i = 0; i < count; i++) {
            low = Math.min(low, offsets[i]);
            end = Math.max(end, offsets[i] + CodeCache.length(entries[i]));
        }
        constructor(w, offsets[0], low, end, count);
        MethodVisitor m = w.visitMethod(0, "execute", "(L" + CPU + ";II)V", null, null);
        m.visitCode();
        Label first = new Label();
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label caught = new Label();
        Label exit = new Label();
        m.visitTryCatchBlock(tryStart, tryEnd, caught, INTERRUPTION);
        m.visitInsn(ICONST_0);
        m.visitVarInsn(ISTORE, LOCAL_DONE);
        m.visitLabel(first);
        for (int i = 0; i < count; i++) {
            m.visitIntInsn(SIPUSH, offsets[i]);
            m.visitVarInsn(ISTORE, LOCAL_OFFSET);
            m.visitIntInsn(SIPUSH, i);
            m.visitVarInsn(ISTORE, LOCAL_INDEX);
            if (i == 0) {
                m.visitLabel(tryStart);
            }
            int next = offsets[i] + CodeCache.length(entries[i]);
            instruction(m, handlers, CodeCache.instruction(entries[i]), offsets[i], next);
            boolean last = i == count - 1;
            if (!last || loopsBack[i]) {
                // Leave when an interruption may be due or the code was stored into.
                m.visitVarInsn(ALOAD, LOCAL_CPU);
                m.visitFieldInsn(GETFIELD, CPU, "attention", "Z");
                m.visitJumpInsn(IFNE, exit);
            }
            if (loopsBack[i]) {
                loopBack(m, first, exit, offsets[0], i, count);
            }
            if (!last) {
                // Leave after a branch other than the one expected.
                m.visitVarInsn(ALOAD, LOCAL_CPU);
                m.visitFieldInsn(GETFIELD, CPU, "instructionAddress", "I");
                if (expected[i] == next) {
                    m.visitVarInsn(ILOAD, LOCAL_CHECK);
                } else {
                    nextAddress(m, expected[i]);
                }
                m.visitJumpInsn(IF_ICMPNE, exit);
            }
        }
        m.visitLabel(tryEnd);
        m.visitLabel(exit);
        countExecuted(m);
        m.visitInsn(RETURN);
        // A program check: counted and taken as the loop takes it, with the checking instruction's address.
        m.visitLabel(caught);
        m.visitVarInsn(ASTORE, LOCAL_CHECK);
        countExecuted(m);
        m.visitVarInsn(ALOAD, LOCAL_CPU);
        m.visitVarInsn(ALOAD, LOCAL_CHECK);
        m.visitVarInsn(ILOAD, LOCAL_BLOCK);
        m.visitVarInsn(ILOAD, LOCAL_OFFSET);
        m.visitInsn(IADD);
        m.visitMethodInsn(INVOKEVIRTUAL, CPU, "programCheck", "(L" + INTERRUPTION + ";I)V", false);
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        w.visitEnd();
        return define(w.toByteArray(), handlers);
    }

    /** One instruction as the loop runs it: its length code, the next sequential address, the handler. */
    private static void instruction(MethodVisitor m, List<Semantics> handlers, long instruction, int offset, int next) {
        m.visitVarInsn(ALOAD, LOCAL_CPU);
        m.visitInsn(ICONST_0 + ((next - offset) >>> 1));
        m.visitFieldInsn(PUTFIELD, CPU, "ilc", "I");
        nextAddress(m, next);
        m.visitVarInsn(ISTORE, LOCAL_CHECK);
        m.visitVarInsn(ALOAD, LOCAL_CPU);
        m.visitVarInsn(ILOAD, LOCAL_CHECK);
        m.visitFieldInsn(PUTFIELD, CPU, "instructionAddress", "I");
        // The handler, a constant the JIT inlines, with the instruction as a constant.
        m.visitLdcInsn(handlerConstant(handlers, handlerOf(instruction)));
        m.visitVarInsn(ALOAD, LOCAL_CPU);
        m.visitLdcInsn(instruction);
        m.visitMethodInsn(INVOKEINTERFACE, SEMANTICS, "execute", "(L" + CPU + ";J)V", true);
    }

    /**
     * After instruction {@code index}: when it branched to the run's first instruction, goes round
     * again if another whole pass fits in the budget (the instruction limit, the next event), and
     * leaves otherwise; when it did not, falls through.
     */
    private static void loopBack(MethodVisitor m, Label first, Label exit, int start, int index, int count) {
        Label notBack = new Label();
        m.visitVarInsn(ALOAD, LOCAL_CPU);
        m.visitFieldInsn(GETFIELD, CPU, "instructionAddress", "I");
        nextAddress(m, start);
        m.visitJumpInsn(IF_ICMPNE, notBack);
        m.visitVarInsn(ILOAD, LOCAL_DONE);
        m.visitIntInsn(SIPUSH, index + 1 + count);
        m.visitInsn(IADD);
        m.visitVarInsn(ILOAD, LOCAL_BUDGET);
        m.visitJumpInsn(IF_ICMPGT, exit);
        m.visitIincInsn(LOCAL_DONE, index + 1);
        m.visitJumpInsn(GOTO, first);
        m.visitLabel(notBack);
    }

    /**
     * Adds the instructions run, the passes done and this one's up to and including the one at
     * {@link #LOCAL_INDEX}, to the CPU's count: once on leaving rather than per instruction. Exact wherever it is read, as no general
     * instruction reads the count (only the loop between instructions, and the scheduler from
     * privileged ones, which are never in a run).
     */
    private static void countExecuted(MethodVisitor m) {
        m.visitVarInsn(ALOAD, LOCAL_CPU);
        m.visitInsn(DUP);
        m.visitFieldInsn(GETFIELD, CPU, "instructionCount", "J");
        m.visitVarInsn(ILOAD, LOCAL_DONE);
        m.visitVarInsn(ILOAD, LOCAL_INDEX);
        m.visitInsn(IADD);
        m.visitInsn(I2L);
        m.visitInsn(LADD);
        m.visitInsn(LCONST_1);
        m.visitInsn(LADD);
        m.visitFieldInsn(PUTFIELD, CPU, "instructionCount", "J");
    }

    /** The instruction's next sequential address: the block's address plus an offset, wrapping at 16M past the block's end. */
    private static void nextAddress(MethodVisitor m, int next) {
        m.visitVarInsn(ILOAD, LOCAL_BLOCK);
        m.visitIntInsn(SIPUSH, next);
        m.visitInsn(IADD);
        if (next == 2048) {
            m.visitLdcInsn(0xFFFFFF);
            m.visitInsn(IAND);
        }
    }

    private static void constructor(ClassWriter w, int start, int low, int end, int count) {
        MethodVisitor m = w.visitMethod(0, "<init>", "()V", null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitIntInsn(SIPUSH, start);
        m.visitIntInsn(SIPUSH, low);
        m.visitIntInsn(SIPUSH, end);
        m.visitIntInsn(SIPUSH, count);
        m.visitMethodInsn(INVOKESPECIAL, RUN, "<init>", "(IIII)V", false);
        m.visitInsn(RETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
    }

    private static Semantics handlerOf(long instruction) {
        return DispatchTable.HANDLERS[(int) (instruction >>> 40) & 0xFF];
    }

    /** The class-data constant for a handler, each distinct handler once. */
    private static ConstantDynamic handlerConstant(List<Semantics> handlers, Semantics handler) {
        int index = handlers.indexOf(handler);
        if (index < 0) {
            index = handlers.size();
            handlers.add(handler);
        }
        return new ConstantDynamic("_", "L" + SEMANTICS + ";", CLASS_DATA_AT, index);
    }

    /** Defines the class, unloadable once the cache forgets the run, and makes its one instance. */
    private static CompiledRun define(byte[] bytes, List<Semantics> handlers) {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, List.copyOf(handlers), true);
            return (CompiledRun) lookup.findConstructor(lookup.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (Throwable e) {
            throw new IllegalStateException("compiling an instruction run", e);
        }
    }
}
