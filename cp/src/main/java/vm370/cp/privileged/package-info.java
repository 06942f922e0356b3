/** Trap and emulate: privileged instructions and DIAGNOSE simulated for virtual machines. */
package vm370.cp.privileged;
