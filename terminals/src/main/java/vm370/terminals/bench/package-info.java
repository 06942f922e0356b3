/**
 * {@code vm370 bench tn3270}: the TN3270E load generator and its echo host application (also the
 * emulator's demo host). Not CP's logon.
 */
package vm370.terminals.bench;
