/** The Lanterna 3270 emulator behind {@code vm370 terminal}: painting, the key map, the status line. */
package vm370.terminals.emulator;
