/**
 * What CP sees of its users' terminals: {@link vm370.terminals.Terminal} (a 3270 display or a
 * line-mode typewriter console) and the {@link vm370.terminals.TerminalServer} that accepts
 * TN3270(E) and telnet connections and hands each terminal to CP's handler. Below it:
 * {@code datastream} (the 3270 data stream), {@code screen} (the one screen model), and the
 * internal {@code telnet}, {@code tn3270} and {@code line} protocol layers; beside it the
 * {@code emulator} and the {@code bench} load generator.
 *
 * <p>A handler in outline (each terminal runs on a virtual thread of its own):
 * <pre>{@code
 * TerminalServer server = TerminalServer.start(TerminalServerConfig.defaults(), terminal -> {
 *     switch (terminal) {
 *         case Display3270Terminal d -> {
 *             d.write(WriteBuilder.eraseWrite(d.type().columns())
 *                     .at(0, 0).field(FieldAttribute.PROTECTED_INTENSIFIED).text("VM/370 ONLINE")
 *                     .at(2, 0).field(FieldAttribute.UNPROTECTED).insertCursor().build());
 *             if (d.read() instanceof DisplayInput.Attention a) {
 *                 Field typed = d.screen().fieldAt(2 * 80 + 1);   // the mirror holds what was typed
 *             }
 *         }
 *         case LineTerminal l -> l.writeLine("VM/370 ONLINE");
 *     }
 * });
 * }</pre>
 */
package vm370.terminals;
