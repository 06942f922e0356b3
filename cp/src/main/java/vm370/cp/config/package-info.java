/** The real machine's configuration: the SYSTEM CONFIG file. */
package vm370.cp.config;
