/**
 * The spool queues: the in-memory view of every closed file (readers, printer and punch queues),
 * spool ids, spool limits, and the accounts that charge files and records to users.
 */
package vm370.spool.queue;
