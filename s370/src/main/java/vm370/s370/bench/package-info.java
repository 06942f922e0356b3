/** Benchmarks of the machine: the CPU instruction mix behind {@code vm370 bench cpu}. */
package vm370.s370.bench;
