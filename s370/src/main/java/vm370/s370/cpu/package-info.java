/**
 * The central processing unit: PSW, registers, the instruction loop, interruptions, and the
 * instruction handlers grouped as the Principles of Operation groups them.
 */
package vm370.s370.cpu;
