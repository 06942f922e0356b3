/** RSCS's side of CP: DIAGNOSE 08, 14 and X'100', its reader, punch and printer, its console and its idle wait. */
package vm370.rscs.spool;
