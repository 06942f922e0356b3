/**
 * The Control Program: one real machine shared out as many virtual ones. {@code ControlProgram}
 * holds the parts: configuration ({@code config}), real processors ({@code dispatch}), real storage
 * ({@code paging}), virtual machines ({@code vm}), their devices ({@code vio}), trap and emulate
 * and DIAGNOSE ({@code privileged}), and commands ({@code command}). Guests see {@code guest} only.
 */
package vm370.cp;
