/**
 * The central processing unit: PSW, registers, the instruction loop, interruptions, and the
 * instruction handlers grouped as the Principles of Operation groups them.
 *
 * <p>Time: device timing is counted in executed instructions ({@code EventScheduler}); the TOD clock,
 * CPU timer, clock comparator and the interval timer at location 80 follow the injected
 * {@code Clock}, read at most every 2,048 instructions and at every wait. In an enabled wait the
 * CPU lets the clock run to the next timer event (a manual clock jumps there), so tests are exact.
 *
 * <p>The decoded-instruction cache ({@code CodeCache}). Fetching an instruction, finding its length
 * and checking its operation code cost as much as running a simple instruction, so the loop
 * ({@code Cpu.runBatch}) does it once per instruction in storage, not once per execution: for every
 * halfword of an absolute 2K block it keeps the instruction starting there, with its length, as one
 * {@code long}. Within a block the loop then reads that slot, sets the next address and calls the
 * handler. Why this is exact:
 * <ul>
 * <li>A slot holds only what the bytes say (the instruction, its length, "no checks needed"), so it
 *     is keyed by absolute address and stays right whatever DAT, prefixing, keys or the PSW do. Those
 *     are checked where they always were: a block is entered only through a TLB fetch entry, which
 *     exists only after translation, prefixing and fetch protection; anything that empties the TLB
 *     (LPSW, SSK, LCTL, PTLB, SPX, a frame paged out) also sets {@code attention}, which ends the run
 *     at the next instruction boundary, so the next instruction's fetch is checked again.</li>
 * <li>When bytes change, their slots are emptied before the next instruction. A block with decoded
 *     instructions is marked in {@code MainStorage} ({@code watchCode}); every store into a marked
 *     block, by any path (this CPU's checked stores, channels, IPL, CP, a frame released), is
 *     reported to the CPUs' caches, which empty the slots of every instruction the store may
 *     overlap. This CPU's inline store paths never hold a marked block (its TLB keeps such a
 *     block's store entry apart), so its stores there take the checked path, which reports them
 *     without translating again. Self-modifying code, even a
 *     store into the very next instruction, therefore runs as the PoO's conceptual sequence says.</li>
 * <li>Only instructions that need no decode-time check are cached: privileged, two-byte, unassigned
 *     operation codes and an instruction crossing the block's end take the checked path every time,
 *     as do the first instruction of a block not yet in the TLB and every instruction while PER is
 *     active. EXECUTE fetches its target from storage each time.</li>
 * <li>Interruptions, timers and the instruction count are unchanged: the count is kept per
 *     instruction, and the loop returns to the interruption checks whenever {@code attention} is
 *     set or the batch (at most to the next scheduled event) is done, as before.</li>
 * </ul>
 * A multiprocessor (CPUs sharing one storage) does not use the cache: another CPU's fast store
 * entries made before a block was marked would store there unreported until it empties its TLB.
 *
 * <p>Compiled runs ({@code CompiledRun}, {@code RunCompiler}). Each slot counts how often the loop
 * executes it; at 256 the loop compiles the run of cached instructions from there (to the block's
 * end, a checked instruction, an unconditional branch, or 32 instructions) into a hidden class whose
 * one method does, per instruction, what the loop does: set the length code and next address, call
 * the handler (inlined by the JIT, the instruction a constant), and return when the instruction
 * branched or set {@code attention}. So everything above holds for runs too, and:
 * <ul>
 * <li>A run is kept with its block's slots and forgotten with them; a store into any of its bytes
 *     forgets it and sets {@code attention}, so a run storing into its own next instruction returns
 *     before executing it. A block whose runs keep being forgotten gets no more.</li>
 * <li>It depends on the bytes alone: the same run serves every virtual address of its block (it is
 *     given the block's logical address), every key and PSW.</li>
 * <li>The loop enters a run only if all its instructions fit before the instruction limit or the
 *     next scheduled event, so events and limits fall between the same instructions as before. The
 *     count is added when the run returns, and before a program check is taken; nothing that a
 *     general instruction calls reads it.</li>
 * </ul>
 */
package vm370.s370.cpu;
