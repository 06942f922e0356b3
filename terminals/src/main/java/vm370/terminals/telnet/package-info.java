/**
 * Telnet (RFC 854) below TN3270 and line mode: a byte-at-a-time decoder, framing for output,
 * and the connection whose stalled writes the server's watchdog can see. Internal.
 */
package vm370.terminals.telnet;
