/**
 * CP's debugging aids for a virtual machine: TRACE and ADSTOP watch the machine's CPU through its
 * {@link vm370.s370.cpu.ExecutionMonitor} and write trace lines to the terminal or the virtual printer.
 */
package vm370.cp.trace;
