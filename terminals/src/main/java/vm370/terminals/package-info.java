/**
 * What CP sees of its users' terminals: {@link vm370.terminals.Terminal} (a 3270 display or a
 * line-mode typewriter console) and the {@link vm370.terminals.TerminalServer} that accepts
 * TN3270(E) and telnet connections and hands each terminal to CP's handler. Below it:
 * {@code datastream} (the 3270 data stream), {@code screen} (the one screen model), and the
 * internal {@code telnet}, {@code tn3270} and {@code line} protocol layers; beside it the
 * {@code emulator} and the {@code bench} load generator.
 */
package vm370.terminals;
