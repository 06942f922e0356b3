/**
 * Spool files and their durable store: attributes ({@link vm370.spool.file.SpoolFile}), records
 * packed into blocks, and the H2 database that keeps every closed file across a crash.
 */
package vm370.spool.file;
