/** Benchmarks of CP: virtual machines, trap and emulate. */
package vm370.cp.bench;
