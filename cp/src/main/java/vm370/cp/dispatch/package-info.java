/**
 * Dispatching and scheduling: the real processors handed out to virtual machines.
 *
 * <p><b>Who gets a processor when a machine becomes ready.</b> A machine that was waiting (for a
 * page read, an I/O completion, an external or VMCF interruption, a timer) and finds every
 * processor busy does not wait for a slice to end when it ranks before a running machine, as
 * VM/370's dispatcher re-dispatched by priority at the next interruption: an I/O- or paging-bound
 * (interactive, Q1) machine got the processor back from a CPU-bound (Q2) one at once. The rank is
 * the queues' order: SET PRIORITY first, then virtual time (processor time used, divided by the
 * SET SHARE), the runner's slice so far counted. The running machine that ranks last is marked
 * preempted and its virtual CPU is asked to return early ({@code Cpu.returnSoon}); at its next
 * instruction batch (about 2,000 instructions) {@link vm370.cp.dispatch.Dispatcher#yieldProcessor}
 * reads the flag, with no lock, and gives the processor up. Starvation stays impossible: at equal
 * priority a machine preempts only while it is behind the runner in virtual time by more than an
 * eighth of a slice, so one that takes the processor often uses its lead up and the CPU-bound
 * machine then keeps its whole slice; and a machine waking from dormancy is credited at most half
 * a slice before the others' virtual time, enough to preempt a CPU-bound machine at once, too
 * little to monopolize. Only SET PRIORITY is absolute, as it already is in the queues.
 *
 * <p><b>Never wait holding a processor for something that needs one.</b> A machine's thread
 * that blocks (a lock, a future) keeps its processor; the dispatcher does not know it waits. If
 * what it waits for can only come from a machine that needs a processor to run, and the
 * processors are all held so, CP stops. Two rules keep that from happening:
 * <ul>
 *   <li>A machine gives its processor up for a page read only when its program's own instruction
 *       faulted, never in CP's work for it, which may hold locks (see {@code vm370.cp.paging}).</li>
 *   <li>CP's work on a machine's thread that waits for another machine's thread
 *       ({@code VirtualMachine.call}, as COUPLE does to find the other user's CTCA) first gives
 *       its processor up ({@link vm370.cp.dispatch.Dispatcher#heldByThisThread}), and takes one
 *       again after; it holds no CP lock while it waits.</li>
 * </ul>
 */
package vm370.cp.dispatch;
