/**
 * Spooled virtual unit-record devices (reader, punch, printer) at the record level, and the CCW
 * command codes they understand. CP's virtual devices drive them from the guest's channel programs.
 */
package vm370.spool.device;
