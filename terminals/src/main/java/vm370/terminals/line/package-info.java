/** Line-mode telnet (NVT) clients presented as typewriter (3215-style) consoles. Internal. */
package vm370.terminals.line;
