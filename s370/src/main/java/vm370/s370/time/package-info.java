/** Simulated time: the instruction-counting event scheduler, the TOD clock and the timers. */
package vm370.s370.time;
