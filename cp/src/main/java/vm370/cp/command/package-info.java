/** CP commands: parsing with VM/370's abbreviations, privilege classes, responses and messages. */
package vm370.cp.command;
