package vm370.s370.bench;

import static vm370.s370.isa.Opcode.A;
import static vm370.s370.isa.Opcode.AH;
import static vm370.s370.isa.Opcode.AD;
import static vm370.s370.isa.Opcode.ALR;
import static vm370.s370.isa.Opcode.AP;
import static vm370.s370.isa.Opcode.AR;
import static vm370.s370.isa.Opcode.BAL;
import static vm370.s370.isa.Opcode.BC;
import static vm370.s370.isa.Opcode.BCR;
import static vm370.s370.isa.Opcode.BCT;
import static vm370.s370.isa.Opcode.BXLE;
import static vm370.s370.isa.Opcode.C;
import static vm370.s370.isa.Opcode.CL;
import static vm370.s370.isa.Opcode.CLC;
import static vm370.s370.isa.Opcode.CLI;
import static vm370.s370.isa.Opcode.CP;
import static vm370.s370.isa.Opcode.D;
import static vm370.s370.isa.Opcode.IC;
import static vm370.s370.isa.Opcode.L;
import static vm370.s370.isa.Opcode.LA;
import static vm370.s370.isa.Opcode.LD;
import static vm370.s370.isa.Opcode.LH;
import static vm370.s370.isa.Opcode.LM;
import static vm370.s370.isa.Opcode.LPSW;
import static vm370.s370.isa.Opcode.LR;
import static vm370.s370.isa.Opcode.LTR;
import static vm370.s370.isa.Opcode.MR;
import static vm370.s370.isa.Opcode.MVC;
import static vm370.s370.isa.Opcode.MVI;
import static vm370.s370.isa.Opcode.N;
import static vm370.s370.isa.Opcode.O;
import static vm370.s370.isa.Opcode.SLL;
import static vm370.s370.isa.Opcode.SLR;
import static vm370.s370.isa.Opcode.SR;
import static vm370.s370.isa.Opcode.SRDA;
import static vm370.s370.isa.Opcode.SRL;
import static vm370.s370.isa.Opcode.ST;
import static vm370.s370.isa.Opcode.STD;
import static vm370.s370.isa.Opcode.STC;
import static vm370.s370.isa.Opcode.STH;
import static vm370.s370.isa.Opcode.STM;
import static vm370.s370.isa.Opcode.TM;
import static vm370.s370.isa.Opcode.X;
import static vm370.s370.isa.Opcode.ZAP;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import vm370.s370.cpu.Cpu;
import vm370.s370.isa.CodeBuffer;
import vm370.s370.isa.Opcode;
import vm370.s370.storage.MainStorage;

/**
 * {@code vm370 bench cpu}: a fixed, CPU-bound S/370 instruction mix (loads and stores, fixed-point
 * and logical arithmetic, compares and branches, BCT and BXLE loops, a subroutine call, MVC and CLC
 * of short strings, packed decimal ZAP/AP/CP and long floating point LD/AD/STD) run in supervisor
 * state with DAT off for a few seconds; prints the mix and, last,
 * the millions of instructions per second. A program check or wait ends it as a failure.
 */
public final class CpuBenchmark {

    private static final int CODE = 0x2000;
    private static final int DATA = 0x3000;
    private static final int BASE = 12;
    private static final int DATA_BASE = 11;
    private static final long WAIT_PSW = 0x0002_0000_0000_0BADL;

    private final Map<String, Integer> mix = new TreeMap<>();
    private final Cpu cpu = new Cpu(new MainStorage(1 << 20));
    private final byte[] code;
    private final byte[] data;
    private int loopInstructions;

    public CpuBenchmark() {
        code = buildLoop().toBytes();
        data = new CodeBuffer(DATA).word(0x12345678).word(0x01010101).word(0)
                .word(0x7FFFFFF0).word(0x00F0F0F0).halfwords(0x0123, 0).word(0xC1C2C3C4).word(7)
                .fill(32, 0).fill(64, 0x40).word(0).halfwords(0x001C, 0x025C)
                .doubleword(0x4110_0000_0000_0000L).doubleword(0x4120_0000_0000_0000L).doubleword(0).toBytes();
        loadInto(cpu);
    }

    /**
     * Puts the mix into a CPU's storage (at least 16K) and makes it ready to run: the same program
     * {@code bench vm} runs in a virtual machine, to compare. On the CPU's thread.
     */
    public void loadInto(Cpu target) {
        MainStorage storage = target.storage();
        storage.writeBytes(CODE, code, 0, code.length);
        storage.writeBytes(DATA, data, 0, data.length);
        storage.write(104, 8, WAIT_PSW);
        storage.write(96, 8, WAIT_PSW);
        target.gpr[BASE] = CODE;
        target.gpr[DATA_BASE] = DATA;
        target.gpr[10] = 1000;
        target.loadPsw(CODE);
    }

    private CodeBuffer buildLoop() {
        CodeBuffer c = new CodeBuffer(CODE);
        int loop = c.here() - CODE;
        counted(c, () -> c.rx(L, 1, 0, 0, DATA_BASE).rx(A, 1, 4, 0, DATA_BASE).rx(ST, 1, 8, 0, DATA_BASE)
                .rr(LR, 2, 1).rr(SR, 2, 3).rr(AR, 3, 2).rx(N, 1, 12, 0, DATA_BASE).rx(O, 1, 16, 0, DATA_BASE)
                .rx(X, 1, 16, 0, DATA_BASE).rx(CL, 1, 4, 0, DATA_BASE).rx(C, 2, 0, 0, DATA_BASE));
        int skipAt = c.here() - CODE + 8;
        counted(c, () -> c.rx(BC, 8, skipAt, 0, BASE).rx(LA, 4, 1, 0, 4).rs(SLL, 4, 0, 1, 0).rs(SRL, 4, 0, 1, 0)
                .rx(LH, 5, 20, 0, DATA_BASE).rx(AH, 5, 20, 0, DATA_BASE).rx(STH, 5, 22, 0, DATA_BASE)
                .rx(IC, 6, 24, 0, DATA_BASE).rx(STC, 6, 25, 0, DATA_BASE).si(CLI, 25, DATA_BASE, 0x40)
                .si(TM, 25, DATA_BASE, 0x01).si(MVI, 26, DATA_BASE, 0x5C).rr(ALR, 7, 1).rr(SLR, 7, 2)
                .rr(LR, 9, 1).rr(MR, 8, 9).rr(LTR, 9, 9).rr(LR, 8, 1).rs(SRDA, 8, 0, 32, 0)
                .rx(D, 8, 28, 0, DATA_BASE)
                .ss2(ZAP, 4, 128, DATA_BASE, 2, 132, DATA_BASE).ss2(AP, 4, 128, DATA_BASE, 2, 134, DATA_BASE)
                .ss2(CP, 4, 128, DATA_BASE, 2, 134, DATA_BASE)
                .rx(LD, 0, 136, 0, DATA_BASE).rx(AD, 0, 144, 0, DATA_BASE).rx(STD, 0, 152, 0, DATA_BASE)
                .ss(MVC, 8, 64, DATA_BASE, 96, DATA_BASE).ss(CLC, 8, 64, DATA_BASE, 96, DATA_BASE));
        int failAt = 0x400;
        int subroutineAt = 0x300;
        counted(c, () -> c.rx(BC, 7, failAt, 0, BASE).rs(LM, 14, 15, 0, DATA_BASE).rs(STM, 14, 15, 32, DATA_BASE)
                .rx(LA, 0, 0, 0, 0).rx(LA, 2, 1, 0, 0).rx(LA, 3, 3, 0, 0));
        int inner = c.here() - CODE;
        counted(c, () -> c.rs(BXLE, 0, 2, inner, BASE).rx(BAL, 13, subroutineAt, 0, BASE)
                .rx(BCT, 10, loop, 0, BASE).rx(LA, 10, 1000, 0, 0).rx(BC, 15, loop, 0, BASE));
        c.align(8).fill(subroutineAt - (c.here() - CODE), 0);
        counted(c, () -> c.rx(LA, 5, 5, 0, 5).rr(BCR, 15, 13));
        c.fill(failAt - (c.here() - CODE), 0).si(LPSW, 0x408, BASE, 0).align(8).doubleword(WAIT_PSW);
        return c;
    }

    /** Emits instructions and counts them by mnemonic for the printed mix (the BXLE loop runs 4 times). */
    private void counted(CodeBuffer c, Runnable emit) {
        int start = c.here() - c.origin();
        emit.run();
        byte[] all = c.toBytes();
        for (int at = start; at < all.length; ) {
            int first = all[at] & 0xFF;
            Opcode op = opcodeOf(first);
            mix.merge(op.mnemonic(), 1, Integer::sum);
            loopInstructions++;
            at += op.format().length();
        }
    }

    private static Opcode opcodeOf(int first) {
        for (Opcode op : Opcode.values()) {
            if (op.code() == first) {
                return op;
            }
        }
        throw new IllegalStateException("operation code: " + Integer.toHexString(first) + " (expected: one of the mix)");
    }

    /** Runs the mix: a warm-up, then {@code seconds} of the thread's CPU time (at most four times that elapsed) measured; prints the mix and, last, {@code MIPS: N}. */
    public long run(PrintStream out, double seconds) {
        out.println("CPU mix per loop (" + loopInstructions + " instructions, BXLE inner loop 4x; DAT off, key 0):");
        StringBuilder line = new StringBuilder();
        mix.forEach((name, count) -> line.append(' ').append(name).append(count > 1 ? "x" + count : ""));
        out.println(line.toString().trim());
        measure(2.0);
        Measurement m = measure(seconds);
        out.printf("%,d instructions in %.2f s elapsed, %.2f s of CPU time on the CPU's thread (%d MIPS elapsed)%n",
                m.instructions, m.elapsedSeconds, m.cpuSeconds, Math.round(m.instructions / m.elapsedSeconds / 1e6));
        long mips = Math.round(m.instructions / m.cpuSeconds / 1e6);
        out.println("MIPS: " + mips);
        return mips;
    }

    /** One measured run; MIPS are reckoned on the thread's CPU time, as other work shares this machine's cores. */
    private record Measurement(long instructions, double elapsedSeconds, double cpuSeconds) { }

    private Measurement measure(double seconds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long startCount = cpu.instructionCount();
        long startCpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long cpuDeadline = startCpu + (long) (seconds * 1e9);
        long wallDeadline = start + (long) (seconds * 4e9);
        long now;
        do {
            cpu.run(5_000_000);
            if (cpu.waitState()) {
                throw new IllegalStateException("benchmark program stopped: PSW " + Long.toHexString(cpu.currentPsw()));
            }
            now = System.nanoTime();
        } while (threads.getCurrentThreadCpuTime() < cpuDeadline && now < wallDeadline);
        return new Measurement(cpu.instructionCount() - startCount, (now - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - startCpu) / 1e9);
    }
}
