/**
 * The central processing unit: PSW, registers, the instruction loop, interruptions, and the
 * instruction handlers grouped as the Principles of Operation groups them.
 *
 * <p>Time: device timing is counted in executed instructions ({@code EventScheduler}); the TOD clock,
 * CPU timer, clock comparator and the interval timer at location 80 follow the injected
 * {@code Clock}, read at most every 2,048 instructions and at every wait. In an enabled wait the
 * CPU lets the clock run to the next timer event (a manual clock jumps there), so tests are exact.
 */
package vm370.s370.cpu;
