/**
 * CP at the terminal: the logo, LOGON and the password, the user's console on a 3270 as DMKGRF
 * draws it (output area, input area, status area with MORE... and HOLDING) or on a line-mode
 * typewriter terminal, PA1 and {@code #CP}, the TERMINAL settings, disconnect and reconnect, and
 * the system operator's console. {@link vm370.cp.console.ConsoleSessions} is the entry point.
 */
package vm370.cp.console;
