/** The node table (node to link) and the TAG text that names a file's destination. */
package vm370.rscs.route;
