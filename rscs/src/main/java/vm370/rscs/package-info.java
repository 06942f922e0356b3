/**
 * RSCS, the Remote Spooling Communications Subsystem: a guest system IPLed in the RSCS service
 * machine, moving files and messages between users and between systems (nodes).
 *
 * <p>It uses CP only as any guest does, through {@code vm370.cp.guest}: it reads the files users
 * send it from its virtual reader (DIAGNOSE 14), writes files into users' readers through its
 * virtual punch and printer (channel programs, after {@code SPOOL ... TO user}, {@code TAG DEV} and
 * {@code CLOSE} by DIAGNOSE 08), takes commands by SMSG (VMCF, DIAGNOSE X'68') and answers with MSG
 * (DIAGNOSE 08), reads {@code RSCS CONFIG} on its 191 disk with CMS's file system over DIAGNOSE
 * X'250', and idles in an enabled wait that its CPU timer or the operator's attention ends.
 *
 * <p>The honest boundary: the TCP sockets of its NJE links are the RSCS machine's own network
 * stack, opened by its Java code (as z/VM's RSCS uses the TCPIP machine's), not devices of the
 * virtual machine. Every file and message still moves through CP's spool or CP's MSG: a file is in
 * RSCS's reader, held, until the next node acknowledged it, and an arriving file is acknowledged
 * only once it is closed in a reader here.
 */
package vm370.rscs;
