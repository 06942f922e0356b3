/**
 * CP at the terminal: the logo, LOGON and the password, the user's console on a 3270 as DMKGRF
 * draws it (output area, input area, status area with MORE... and HOLDING) or on a line-mode
 * typewriter terminal, PA1 and {@code #CP}, the TERMINAL settings, disconnect and reconnect, DIAL
 * to a machine's display or line, and the system operator's console.
 * {@link vm370.cp.console.ConsoleSessions} is the entry point:
 * <pre>{@code
 * ConsoleSessions sessions = new ConsoleSessions(system.cp(), system.commands(), var);
 * TerminalServer server = TerminalServer.start(TerminalServerConfig.defaults(), sessions.handler());
 * OperatorConsole operator = sessions.operatorConsole(line -> System.out.println(line));
 * operator.enter("QUERY NAMES");
 * // SHUTDOWN: server.close(); sessions.close(); system.close();
 * }</pre>
 */
package vm370.cp.console;
