/**
 * The directory source text (z/VM USER DIRECT form, VM/370 DMKDIR statements): reading card
 * images into statements, parsing them into the model, and writing the model back as source.
 */
package vm370.directory.statement;
