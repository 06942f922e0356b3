package vm370.s370.cpu;

/**
 * A run of decoded instructions of one 2K block compiled to JVM bytecode by {@link RunCompiler}: the
 * instructions from offset {@link #start}, in sequence and on across predicted branches within the
 * block, as one method the JIT optimizes whole. Kept by the {@link CodeCache} beside the slots it
 * came from, and forgotten with them or when any byte from {@link #low} to {@link #end} is stored into.
 */
abstract class CompiledRun {

    /** Offset in the block of the first instruction, where the run is entered. */
    final int start;
    /** Offset in the block of the run's lowest instruction (below {@link #start} when a branch went back). */
    final int low;
    /** Offset in the block just past the highest instruction's bytes. */
    final int end;
    /** Instructions in the run: the most one {@link #execute} runs, so a batch never overruns. */
    final int length;
    /** The next run of the same block, for the cache's check of stores (owned by the CPU's thread). */
    CompiledRun next;

    CompiledRun(int start, int low, int end, int length) {
        this.start = start;
        this.low = low;
        this.end = end;
        this.length = length;
    }

    /**
     * Executes the run from its first instruction, in the block at logical address {@code blockAddress},
     * going round again while it branches back to its start and another pass fits in {@code budget}
     * instructions (at least {@link #length}), exactly as the loop would one instruction at a time: length code and next address set before
     * each handler, a return after any instruction that branched or set {@link Cpu#attention}, and
     * the instructions run counted by then. A program check is taken (the interruption stored) before it returns.
     */
    abstract void execute(Cpu cpu, int blockAddress, int budget);
}
