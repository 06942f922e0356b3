/** The directory kept in H2: one table per kind of row, replaced whole by DIRECTXA in one transaction. */
package vm370.directory.store;
