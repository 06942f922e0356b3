/** Benchmarks of CP: what running in a virtual machine costs. */
package vm370.cp.bench;
