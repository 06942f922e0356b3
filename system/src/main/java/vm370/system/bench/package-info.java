/** Benchmarks of whole systems: {@code vm370 bench logon} IPLs a system and drives it over TN3270. */
package vm370.system.bench;
