/**
 * RSCS's links to adjacent nodes over TCPNJE: the listener, the connector with its growing wait
 * between tries, sessions (signon, reading, a writer thread), the sender of files and messages and
 * the receiver that puts files together. These threads never touch the virtual machine: they post
 * {@link vm370.rscs.link.LinkEvent}s that RSCS's main loop acts on.
 */
package vm370.rscs.link;
