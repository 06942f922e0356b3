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
     * Locals of {@code execute}: this, the CPU, the block's logical address, the running instruction's
     * offset and index in the run, and a scratch (the next address, the caught interruption).
     */
    private static final int LOCAL_CPU = 1;
    private static final int LOCAL_BLOCK = 2;
    private static final int LOCAL_OFFSET = 3;
    private static final int LOCAL_INDEX = 4;
    private static final int LOCAL_CHECK = 5;

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
     * The run of {@code count} decoded entries ({@link CodeCache#entry}) that lie one after another
     * from offset {@code start} of a block. Every entry is a general instruction within the block.
     */
    static CompiledRun compile(long[] entries, int count, int start) {
        List<Semantics> handlers = new ArrayList<>();
        ClassWriter w = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        w.visit(V21, ACC_FINAL | ACC_SUPER, RUN + "$Block", null, RUN, null);
        int end = start;
        for (int i = 0; i < count; i++) {
            end += CodeCache.length(entries[i]);
        }
        constructor(w, start, end, count);
        MethodVisitor m = w.visitMethod(0, "execute", "(L" + CPU + ";I)V", null, null);
        m.visitCode();
        Label tryStart = new Label();
        Label tryEnd = new Label();
        Label caught = new Label();
        Label exit = new Label();
        m.visitTryCatchBlock(tryStart, tryEnd, caught, INTERRUPTION);
        int offset = start;
        for (int i = 0; i < count; i++) {
            long instruction = CodeCache.instruction(entries[i]);
            int length = CodeCache.length(entries[i]);
            int next = offset + length;
            m.visitIntInsn(SIPUSH, offset);
            m.visitVarInsn(ISTORE, LOCAL_OFFSET);
            m.visitIntInsn(SIPUSH, i);
            m.visitVarInsn(ISTORE, LOCAL_INDEX);
            if (i == 0) {
                m.visitLabel(tryStart);
            }
            // The loop's steps: its length code, the next sequential address (the count is added on leaving).
            m.visitVarInsn(ALOAD, LOCAL_CPU);
            m.visitInsn(ICONST_0 + (length >>> 1));
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
            if (i < count - 1) {
                // Leave after a branch, or when an interruption may be due or the code was stored into.
                m.visitVarInsn(ALOAD, LOCAL_CPU);
                m.visitFieldInsn(GETFIELD, CPU, "attention", "Z");
                m.visitJumpInsn(IFNE, exit);
                m.visitVarInsn(ALOAD, LOCAL_CPU);
                m.visitFieldInsn(GETFIELD, CPU, "instructionAddress", "I");
                m.visitVarInsn(ILOAD, LOCAL_CHECK);
                m.visitJumpInsn(IF_ICMPNE, exit);
            }
            offset = next;
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

    /**
     * Adds the instructions run, up to and including the one at {@link #LOCAL_INDEX}, to the CPU's
     * count: once on leaving rather than per instruction. Exact wherever it is read, as no general
     * instruction reads the count (only the loop between instructions, and the scheduler from
     * privileged ones, which are never in a run).
     */
    private static void countExecuted(MethodVisitor m) {
        m.visitVarInsn(ALOAD, LOCAL_CPU);
        m.visitInsn(DUP);
        m.visitFieldInsn(GETFIELD, CPU, "instructionCount", "J");
        m.visitVarInsn(ILOAD, LOCAL_INDEX);
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

    private static void constructor(ClassWriter w, int start, int end, int count) {
        MethodVisitor m = w.visitMethod(0, "<init>", "()V", null, null);
        m.visitCode();
        m.visitVarInsn(ALOAD, 0);
        m.visitIntInsn(SIPUSH, start);
        m.visitIntInsn(SIPUSH, end);
        m.visitIntInsn(SIPUSH, count);
        m.visitMethodInsn(INVOKESPECIAL, RUN, "<init>", "(III)V", false);
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
