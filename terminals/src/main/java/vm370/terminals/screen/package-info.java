/**
 * The one 3270 screen model, used by the host (a mirror of each terminal) and by the emulator:
 * the buffer with its fields, the operator's keyboard, and the terminal types (models 2-5).
 */
package vm370.terminals.screen;
