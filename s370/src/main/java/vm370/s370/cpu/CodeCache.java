package vm370.s370.cpu;

import java.util.Arrays;
import vm370.s370.storage.MainStorage;

/**
 * The instructions a CPU has decoded, per absolute 2K block of storage: for each halfword of the
 * block, the instruction that starts there as one {@code long} (see {@link #entry}), or 0 when it is
 * not decoded yet, and the {@link CompiledRun}s made from the hottest. Decoding depends on the bytes
 * alone, so entries survive changes of translation, keys and PSW; they are forgotten when the bytes
 * change, which storage reports for every watched block ({@link MainStorage#watchCode}). The package
 * comment explains why that makes it exact. Owned by the CPU's thread; its arrays exist only while the CPU runs.
 */
final class CodeCache implements MainStorage.CodeWatcher {

    /** Halfword slots in a 2K block. */
    static final int SLOTS = 1024;
    /** Set in every decoded entry, so a decoded entry is negative and an empty slot (0) is not. */
    static final long DECODED = 1L << 63;
    /** A slot whose instruction takes the checked path every time (privileged, unassigned, across a block end). */
    static final long CHECKED = 1;
    /** Blocks held at most; one more empties the cache (simpler than choosing a victim, and rare). */
    private static final int MAX_BLOCKS = 64;
    /**
     * A decoded entry counts its executions by the loop in bits 51-61 ({@link #HEAT} each); at
     * {@link #HOT} the loop compiles a run from it, after which bit 62 ({@link #COMPILED}) says a run
     * starts there. Entries stay negative, so {@code entry < HOT} is the one test of the common case.
     */
    static final long HEAT = 1L << 51;
    private static final long HEAT_BITS = 0x7FFL << 51;
    static final long HOT = DECODED | 256 * HEAT;
    /** Heat of an entry where no run can start (it would be too short, or its block is stored into too often). */
    static final long NEVER = DECODED | HEAT_BITS;
    static final long COMPILED = DECODED | 1L << 62;
    /** Runs of a block forgotten because of stores, after which the block gets no more: code that keeps changing. */
    private static final int MAX_FORGOTTEN_RUNS = 8;

    private final Cpu cpu;
    private final MainStorage storage;
    /** Slots by absolute block number; null for a block not decoded. */
    private long[][] blocks;
    private final int[] held = new int[MAX_BLOCKS];
    private int heldCount;
    /** Compiled runs by absolute block and starting slot; null for a block with none. */
    private CompiledRun[][] runs;
    /** The runs of each block as a list ({@link CompiledRun#next}), for the check of each store. */
    private CompiledRun[] blockRuns;
    /** Runs forgotten per block since it was decoded. */
    private byte[] forgottenRuns;

    CodeCache(Cpu cpu, MainStorage storage) {
        this.cpu = cpu;
        this.storage = storage;
        storage.addCodeWatcher(this);
    }

    /** A decoded entry: the marker, the length in bytes at bits 48-50, and the instruction's bytes left-aligned in 48 bits. */
    static long entry(long instruction, int length) {
        return DECODED | (long) length << 48 | instruction;
    }

    /** The length in bytes of a decoded entry's instruction. */
    static int length(long entry) {
        return (int) (entry >>> 48) & 7;
    }

    /** The instruction of a decoded entry. */
    static long instruction(long entry) {
        return entry & 0xFFFF_FFFF_FFFFL;
    }

    /**
     * The slots of the absolute block {@code block}, created empty when missing. A block decoded
     * for the first time is marked in storage so that stores into it are reported; the CPU then
     * empties its TLB, whose fast store entries for the block would not report them. Null on a
     * multiprocessor: another CPU's fast store entries for a newly marked block would not report
     * stores until that CPU empties its TLB, so there every instruction takes the checked path.
     */
    long[] slots(int block) {
        if (storage.sharedByCpus()) {
            return null;
        }
        if (blocks == null) {
            int count = storage.size() / MainStorage.KEY_BLOCK_SIZE;
            blocks = new long[count][];
            runs = new CompiledRun[count][];
            blockRuns = new CompiledRun[count];
            forgottenRuns = new byte[count];
        }
        long[] s = blocks[block];
        if (s == null) {
            if (heldCount == MAX_BLOCKS) {
                forgetAll();
            }
            s = new long[SLOTS];
            blocks[block] = s;
            held[heldCount++] = block;
            if (storage.watchCode(block << 11)) {
                cpu.purgeTlb();
            }
        }
        return s;
    }

    /**
     * Forgets every instruction decoded from the bytes stored: each slot whose instruction may
     * overlap them, and each compiled run holding them. A run forgotten sets the CPU's attention,
     * so that a run storing into its own later instructions stops before them.
     */
    @Override
    public void codeStored(int address, int length) {
        if (blocks == null || length <= 0) {
            return;
        }
        // An instruction is at most 6 bytes and never crosses a 2K block here, so one starting up
        // to 4 bytes before the store (in the same block) may overlap it.
        int first = Math.max(address - 4, 0);
        int last = address + length - 1;
        for (int block = first >>> 11; block <= last >>> 11 && block < blocks.length; block++) {
            long[] s = blocks[block];
            if (s != null) {
                int from = Math.max(first, block << 11) & 0x7FF;
                int to = Math.min(last, (block << 11) + 0x7FF) & 0x7FF;
                Arrays.fill(s, from >>> 1, (to >>> 1) + 1, 0L);
                if (blockRuns[block] != null) {
                    forgetRuns(block, s, Math.max(address, block << 11) & 0x7FF, to);
                }
            }
        }
    }

    /** Forgets the runs of a block that hold any byte from offset {@code from} to {@code to}. */
    private void forgetRuns(int block, long[] s, int from, int to) {
        CompiledRun kept = null;
        for (CompiledRun r = blockRuns[block]; r != null; ) {
            CompiledRun next = r.next;
            if (r.low <= to && r.end > from) {
                runs[block][r.start >>> 1] = null;
                s[r.start >>> 1] &= ~(COMPILED & ~DECODED | HEAT_BITS);
                if (forgottenRuns[block] < MAX_FORGOTTEN_RUNS) {
                    forgottenRuns[block]++;
                }
                cpu.attention = true;
            } else {
                r.next = kept;
                kept = r;
            }
            r = next;
        }
        blockRuns[block] = kept;
    }

    /** The run that starts at a slot of an absolute block whose entry is marked {@link #COMPILED}. */
    CompiledRun run(int block, int slot) {
        return runs[block][slot];
    }

    /** True when runs may still be compiled in the block: it has not had too many forgotten by stores. */
    boolean mayCompile(int block) {
        return forgottenRuns[block] < MAX_FORGOTTEN_RUNS;
    }

    /** Keeps a run compiled from a block's slots, and marks its first slot. */
    void install(int block, long[] s, CompiledRun run) {
        if (runs[block] == null) {
            runs[block] = new CompiledRun[SLOTS];
        }
        runs[block][run.start >>> 1] = run;
        run.next = blockRuns[block];
        blockRuns[block] = run;
        s[run.start >>> 1] |= COMPILED;
    }

    /** Forgets everything decoded (the cache is full). */
    private void forgetAll() {
        for (int i = 0; i < heldCount; i++) {
            blocks[held[i]] = null;
            runs[held[i]] = null;
            blockRuns[held[i]] = null;
            forgottenRuns[held[i]] = 0;
        }
        heldCount = 0;
    }

    /** Forgets everything and frees the arrays: the CPU will wait a while (an idle virtual machine). */
    void release() {
        blocks = null;
        runs = null;
        blockRuns = null;
        forgottenRuns = null;
        heldCount = 0;
    }
}
