/**
 * Paging: CP's real storage as a pool of 4K frames backing every virtual machine's storage, page
 * stealing from machines that are not running, and the paging file (DMKPTR, DMKPAG).
 *
 * <p><b>Page wait and locks.</b> A page read back from the paging file may make its machine give
 * its real processor to another machine for the read ({@link vm370.cp.paging.PageWait}); the
 * machine queues for a processor again after it. That is safe only if nothing the faulting thread
 * holds is wanted by the machine that runs meanwhile: that machine would wait for it holding the
 * processor, the page waiter could never get one back, and with {@code PROCESSORS 1} CP would
 * stop. So the rule is:
 * <ul>
 *   <li>A machine gives its processor up for a page read only when <em>its program's own
 *       instruction</em> faulted ({@code Cpu.executingProgram()}). Its thread then holds nothing but
 *       its own storage lock, which no other machine waits for: a steal only tries it.</li>
 *   <li>A fault in CP's work for the machine is read holding the processor, whatever that work
 *       is: a channel program on a virtual device (minidisk, spool, CTCA, console), DIAGNOSE,
 *       a privileged instruction simulated, work posted to the machine (VMCF/SMSG delivery, a CP
 *       command: DISPLAY, STORE, DUMP), a guest system written in Java, TRACE. That work may hold a
 *       device's, the spool's or another machine's lock, and no one need know which.</li>
 * </ul>
 * The rule is decided at the fault, not by each piece of CP code, so new CP code is safe without
 * thinking about paging. VM/370 had the same shape: its CP ran disabled and locked the pages it
 * worked on (CCW translation), and only a virtual machine's own fault put it in page wait.
 */
package vm370.cp.paging;
