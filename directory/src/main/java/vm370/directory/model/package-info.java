/**
 * The compiled CP directory as immutable values: user entries, profiles, the statements inside
 * them (minidisks, links, spool devices...), passwords and the DASD volumes minidisks live on.
 */
package vm370.directory.model;
