/**
 * TN3270 (RFC 1576) and TN3270E (RFC 2355): the server's negotiation and sessions, the 3270
 * terminal CP is given, LU names, and the client side used by the emulator and the load
 * generator. Internal: CP sees only the interfaces of {@code vm370.terminals}.
 */
package vm370.terminals.tn3270;
