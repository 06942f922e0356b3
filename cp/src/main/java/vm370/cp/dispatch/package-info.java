/**
 * Dispatching and scheduling: the real processors handed out to virtual machines.
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
