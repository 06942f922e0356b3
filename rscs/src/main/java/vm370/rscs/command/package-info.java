/** RSCS commands (from the console, by SMSG, from other nodes) and RSCS's DMT messages. */
package vm370.rscs.command;
