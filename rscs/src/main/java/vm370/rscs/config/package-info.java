/** The RSCS CONFIG file: its statements, and reading it from the 191 disk through DIAGNOSE X'250'. */
package vm370.rscs.config;
