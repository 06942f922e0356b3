/** RSCS's side of CP: DIAGNOSE 08 and 14, VMCF (DIAGNOSE X'68') for SMSG, its reader, punch and printer, its console and its idle wait. */
package vm370.rscs.spool;
