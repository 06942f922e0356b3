/**
 * The logic of CP's spool commands (SPOOL, CLOSE, CHANGE, ORDER, PURGE, TRANSFER, TAG, QUERY, DRAIN,
 * START): operands parsed with VM/370's minimum abbreviations, answered with VM/370's responses and
 * DMKxxxnnnE messages. CP's command processor passes the operands through.
 */
package vm370.spool.command;
